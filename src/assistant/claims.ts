/**
 * The unsupported-claim check: every number and every proper name in an answer must occur in the text
 * of its facts. Numbers are digit groups ("1,234.5", "16-A" gives 16); proper names are capitalised
 * words that do not open a sentence, and acronyms anywhere. Run on every answer the service gives and
 * by the evaluation.
 */
import type { Answer } from './schema.ts';

const NUMBER = /\d+(?:[.,]\d+)*/g;
const WORD = /[\p{L}][\p{L}\p{N}'’.-]*/gu;

/** The numbers and proper names of a text. */
export function claimsOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) out.add(m[0]);
  // URLs are claims as a whole: taken out (and checked) before words are split.
  const urls = text.match(/https?:\/\/\S+|\/(?:es|en)\/\S+/g) ?? [];
  for (const u of urls) out.add(u.replace(/[.,;)]+$/, ''));
  let rest = text;
  for (const u of urls) rest = rest.replace(u, ' ');
  for (const m of rest.matchAll(WORD)) {
    const w = m[0].replace(/[.’'-]+$/, '');
    if (!/^\p{Lu}/u.test(w)) continue;
    const before = rest.slice(0, m.index).trimEnd();
    const opensSentence = before === '' || /[.!?:¿¡«“"(]$/.test(before);
    const acronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w);
    // "I" is a pronoun, not a name.
    if (w !== 'I' && (acronym || !opensSentence)) out.add(w);
  }
  return [...out];
}

/** The claims of an answer that none of its facts supports (empty when every claim is backed). */
export function unsupportedClaims(answer: Pick<Answer, 'answer' | 'facts'>): string[] {
  const support = answer.facts.map((f) => `${f.text} ${f.citation.url}`).join('\n');
  return claimsOf(answer.answer).filter((c) => !support.includes(c));
}
