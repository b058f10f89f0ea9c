/**
 * Cross-lingual synonyms from the glossary, applied when indexing: a document
 * that names a glossary term (in either language, under any alias) is also
 * indexed under every other name of that term. "Inscripción en el RFC" is then
 * found by "tax ID", a SCIAN class "…energía solar" by "solar farm". Expanding
 * documents once per catalogue revision, instead of every query, keeps a
 * query's cost proportional to its own words (ADR 012).
 */
import type { GlossaryTerm } from './glossary/term.ts';
import { processWord, stem, tokenize, type Lang } from './normalise.ts';

/** One name of a glossary term, as folded words. */
export interface Name {
  lang: Lang;
  words: string[];
}

interface Entry {
  term: GlossaryTerm;
  stems: string[];
}

export interface PhraseMatch {
  start: number;
  end: number;
  term: GlossaryTerm;
}

export class Synonyms {
  /** First stem → names starting with it, per language; longest first. */
  private readonly index: Record<Lang, Map<string, Entry[]>> = { es: new Map(), en: new Map() };
  private readonly names = new Map<string, Name[]>();
  private readonly processed = new Map<string, string[]>();

  constructor(terms: readonly GlossaryTerm[]) {
    for (const term of terms) {
      const names: Name[] = [];
      for (const lang of ['es', 'en'] as const) {
        for (const name of [term[lang], ...term.aliases[lang]]) {
          // Stop words stay: "by-laws" must not become "laws".
          const words = tokenize(name);
          if (!words.length) continue;
          names.push({ lang, words });
          const stems = words.map((w) => stem(w, lang));
          const list = this.index[lang].get(stems[0]!) ?? [];
          list.push({ term, stems });
          this.index[lang].set(stems[0]!, list);
        }
      }
      this.names.set(term.id, dedupe(names));
    }
    for (const byFirst of Object.values(this.index)) for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /**
   * Glossary names found in a sequence of words, longest first, left to right,
   * without overlaps. Words are compared stemmed in the name's language.
   */
  match(words: string[]): PhraseMatch[] {
    const stems: Record<Lang, string[]> = { es: words.map((w) => stem(w, 'es')), en: words.map((w) => stem(w, 'en')) };
    const out: PhraseMatch[] = [];
    for (let i = 0; i < words.length; ) {
      let best: PhraseMatch | undefined;
      for (const lang of ['es', 'en'] as const) {
        for (const e of this.index[lang].get(stems[lang][i]!) ?? []) {
          const n = e.stems.length;
          if (best && n <= best.end - best.start) break;
          if (e.stems.every((s, k) => stems[lang][i + k] === s)) best = { start: i, end: i + n, term: e.term };
        }
      }
      if (best) out.push(best);
      i = best ? best.end : i + 1;
    }
    return out;
  }

  /** Every name of a term, in both languages. */
  namesOf(term: GlossaryTerm): Name[] {
    return this.names.get(term.id) ?? [];
  }

  /** The glossary terms that texts mention, under any of their names. */
  termsIn(texts: string[]): Set<GlossaryTerm> {
    return this.termsInWords(texts.map(tokenize));
  }

  /** The same, for texts already split into words (tokenize). */
  termsInWords(lists: string[][]): Set<GlossaryTerm> {
    const found = new Set<GlossaryTerm>();
    for (const words of lists) for (const m of this.match(words)) found.add(m.term);
    return found;
  }

  /** The words of every name, per language, of the given terms: a document's synonym fields (already tokenized). */
  fieldsFor(terms: Iterable<GlossaryTerm>): { es: string[]; en: string[] } {
    const out = { es: [] as string[], en: [] as string[] };
    for (const term of terms) for (const n of this.namesOf(term)) out[n.lang].push(...n.words);
    return out;
  }

  /** A term's names in one language as index terms (stemmed, stop words out), worked out once per term. */
  indexTerms(term: GlossaryTerm, lang: Lang): string[] {
    const key = `${lang}|${term.id}`;
    let out = this.processed.get(key);
    if (!out) {
      out = [];
      for (const n of this.namesOf(term)) if (n.lang === lang) for (const w of n.words) { const t = processWord(w, lang); if (t) out.push(t); }
      this.processed.set(key, out);
    }
    return out;
  }
}

function dedupe(names: Name[]): Name[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = `${n.lang}|${n.words.join(' ')}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
