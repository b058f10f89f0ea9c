/** Public URLs of the assistant's pages, and the hidden fields that carry a follow-up's context. */
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { AssistantContext } from '../schema.ts';

export const askPath = (locale: Locale) => pathFor({ page: 'assistant' }, locale);
/** "Ask a person": the handoff form posts here (/es/asistente/persona, /en/assistant/person). */
export const PERSON_SEGMENT = { es: 'persona', en: 'person' } as const satisfies Record<Locale, string>;
export const personPath = (locale: Locale) => `${askPath(locale)}/${PERSON_SEGMENT[locale]}`;

/** The context's fields as form fields (ctx_state, ctx_intent, …): a follow-up without JavaScript sends them back. */
export const CONTEXT_KEYS = ['state', 'sector', 'planId', 'procedureId', 'intent', 'previousQuestion'] as const satisfies readonly (keyof AssistantContext)[];
export const CONTEXT_FIELD = (k: (typeof CONTEXT_KEYS)[number]) => `ctx_${k}`;

/** Form or query values → the context (absent when nothing is set). Validation is the contract's (AssistantRequest). */
export function contextFrom(values: Record<string, unknown>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const k of CONTEXT_KEYS) {
    const v = values[CONTEXT_FIELD(k)];
    const s = Array.isArray(v) ? v.at(-1) : v;
    if (typeof s === 'string' && s !== '') out[k] = s;
  }
  return Object.keys(out).length ? out : undefined;
}

