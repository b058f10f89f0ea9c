/**
 * Turns a query into lookups. Each content word is a group, searched three
 * ways at once: Spanish-stemmed in the Spanish fields, English-stemmed in the
 * English fields, and as typed in the code field (acronyms, homoclaves, SCIAN
 * codes). Cross-lingual synonyms are in the index already (synonyms.ts), so a
 * query does not expand: its cost stays proportional to the words typed.
 *
 * A word the index knows is taken as typed. The last word is also a prefix
 * (it may be incomplete: search as you type); an unknown word may be misspelt
 * or cut short, so it is matched fuzzily (and, in full search, as a prefix).
 */
import { isAnyStopWord, stem, tokenize } from './normalise.ts';
import type { Group } from './impact-index.ts';

export interface Leaf {
  group: Group;
  term: string;
  prefix: boolean;
  fuzzy: number;
  /** The query word (group) it stands for, as a bit. */
  bit: number;
}

export interface PlanOptions {
  /** 'search': unknown words are prefixes too; 'type-ahead': only the last word is. */
  mode: 'search' | 'type-ahead';
  /** Whether the index has this processed term in a group. */
  known: (group: Group, term: string) => boolean;
}

export interface Plan {
  leaves: Leaf[];
  groupCount: number;
}

/** At most 12 words (a 200-character query has room for more): one bit per group. */
const MAX_WORDS = 12;

/** Typo tolerance by word length: none for short words, where one edit makes another word. */
const fuzzyFor = (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0);

/** The content words of a query; stop words only when there is nothing else. */
export function queryWords(text: string): string[] {
  const all = tokenize(text);
  const content = all.filter((w) => !isAnyStopWord(w));
  return content.length ? content : all;
}

export function planQuery(text: string, opts: PlanOptions): Plan | null {
  const words = queryWords(text).slice(0, MAX_WORDS);
  if (!words.length) return null;
  const leaves: Leaf[] = [];
  words.forEach((w, g) => {
    const isLast = g === words.length - 1;
    const forms: [Group, string][] = [['es', stem(w, 'es')], ['en', stem(w, 'en')], ['code', w]];
    const known = forms.some(([group, term]) => opts.known(group, term));
    const prefix = (isLast && w.length >= 2) || (!known && opts.mode === 'search' && w.length >= 4);
    for (const [group, term] of forms) {
      // While typing, the last word is incomplete: a prefix, not a typo. Codes are never fuzzy.
      const fuzzy = known || group === 'code' || (opts.mode === 'type-ahead' && isLast) ? 0 : fuzzyFor(term);
      leaves.push({ group, term, prefix, fuzzy, bit: 1 << g });
    }
  });
  return { leaves, groupCount: words.length };
}
