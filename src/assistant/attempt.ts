/**
 * The assistant's attempt as plain text, for the handoff: attached to the case or chat the visitor
 * starts, so the advisor reads the question, what the assistant answered (or why it did not), and the
 * facts it cited with their links. Plain text because desk messages are plain text; absolute links
 * so they work from the back office and from e-mail.
 */
import type { Answer } from './schema.ts';
import { phrases } from './phrases/index.ts';

const absolute = (url: string, publicUrl: string) => (url.startsWith('/') ? publicUrl + url : url);

export function attemptText(question: string, a: Answer, publicUrl: string): string {
  const t = phrases(a.lang).attempt;
  const lines = [`${t.title}`, `${t.question}: ${question}`, `${t.answer}: ${a.answer}`];
  if (a.handoff) lines.push(`${t.handoff}: ${a.handoff.reason}`);
  if (a.facts.length) {
    lines.push(`${t.facts}:`);
    for (const f of a.facts) lines.push(`- ${f.text} <${absolute(f.citation.url, publicUrl)}>`);
  }
  return lines.join('\n');
}
