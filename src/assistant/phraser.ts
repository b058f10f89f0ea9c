/**
 * The phraser turns a draft (what the answer says, as slots filled from its facts) into words. The
 * template phraser is the only one: fixed sentences per intent and language. A generative model could
 * implement the same interface later; the service checks every phrasing with the unsupported-claim
 * check and falls back to the templates when a phrasing names a figure or a name no fact carries.
 */
import type { Locale } from '../i18n/locale.ts';
import type { Fact } from './schema.ts';
import { phrases, type Phrases } from './phrases/index.ts';

type Leads = Phrases['lead'];
type LeadKey = keyof Leads;
/** The first sentence of an answer: a template key and its slots (each slot copied from a fact). */
export type Lead = { [K in LeadKey]: { key: K; args: Leads[K] extends (...a: infer A) => string ? A : [] } }[LeadKey];

export interface Draft {
  lang: Locale;
  lead: Lead;
  /** Whether to say that part of it is unconfirmed, or that it varies by state. */
  notes: ('unconfirmed' | 'varies')[];
  facts: Fact[];
}

export interface Phraser {
  phrase(draft: Draft): string;
}

export const templatePhraser: Phraser = {
  phrase(d) {
    const t = phrases(d.lang);
    const template = t.lead[d.lead.key] as string | ((...a: string[]) => string);
    const lead = typeof template === 'function' ? template(...(d.lead.args as string[])) : template;
    const notes = d.notes.map((n) => (n === 'unconfirmed' ? t.unconfirmedNote : t.variesNote));
    return [lead, ...notes].join(' ');
  },
};
