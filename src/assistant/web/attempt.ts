/**
 * The assistant's attempt as the advisor reads it in the case: the question, the answer, the facts
 * with their sources, and why it handed over — plain text, in the case's language. Written by the
 * server from the engine's own answer (the visitor sends only the question and its context), so a
 * visitor cannot put words in the assistant's mouth.
 */
import type { Locale } from '../../i18n/locale.ts';
import type { Answer } from '../schema.ts';
import { assistantUiMessages } from './locales/index.ts';

export function attemptNote(locale: Locale, question: string, a: Answer): string {
  const h = assistantUiMessages(locale).handoff;
  const facts = a.facts.length
    ? a.facts.map((f) => `- ${f.text}${f.unconfirmed ? ` (${assistantUiMessages(locale).page.unconfirmed})` : ''} [${f.citation.url}]`).join('\n')
    : h.attemptNone;
  return [
    `${h.attempt}`,
    `${h.attemptQuestion}: ${question}`,
    `${h.attemptAnswer}: ${a.answer || h.attemptNone}`,
    `${h.attemptFacts}:\n${facts}`,
    ...(a.handoff ? [`${h.attemptReason}: ${h.reasons[a.handoff.reason]}`] : []),
  ].join('\n');
}
