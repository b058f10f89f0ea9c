/**
 * Per-document preparation for indexing — words, processed terms per field,
 * the glossary terms the document mentions — kept between rebuilds. A publish
 * changes a procedure or two: the next index reuses every unchanged document's
 * preparation and only counts and sums again. That halves a rebuild, which is
 * what makes a change searchable within the second (ADR 012).
 */
import type { GlossaryTerm } from './glossary/term.ts';
import { processWord, tokenize } from './normalise.ts';
import { Synonyms } from './synonyms.ts';
import type { FieldSpec } from './impact-index.ts';
import type { SearchDoc } from './documents.ts';

export type FieldName = keyof SearchDoc['fields'];

export interface Prepared {
  /** The indexed text, to tell whether a document changed (compared field by field: joining them cost a copy per document per rebuild). */
  texts: string[];
  words: Record<FieldName, string[]>;
  /** Processed terms per field, filled on first use. */
  terms: Partial<Record<FieldName, string[]>>;
  /** Glossary terms the document names (before the common-term cut). */
  mentions: Set<GlossaryTerm>;
}

const FIELD_NAMES: FieldName[] = ['titleEs', 'titleEn', 'textEs', 'textEn', 'code'];

export class Preparer {
  readonly synonyms: Synonyms;
  private cache = new Map<string, Prepared>();

  constructor(readonly glossary: readonly GlossaryTerm[]) {
    this.synonyms = new Synonyms(glossary);
  }

  /** The preparation of each document, reused when its text has not changed. */
  prepare(docs: SearchDoc[]): Prepared[] {
    const next = new Map<string, Prepared>();
    const out = docs.map((d) => {
      const p = this.one(d);
      next.set(d.id, p);
      return p;
    });
    this.cache = next; // documents gone from the catalogue leave the cache
    return out;
  }

  /**
   * Prepares the documents ahead of an index build (words, mentions and the fields' terms, about
   * half of a first build), a slice at a time, yielding to the event loop between slices: at start
   * the server answers meanwhile instead of waiting for the whole index (issue 9).
   */
  async warm(docs: SearchDoc[], fields: FieldSpec[], slice = 100): Promise<void> {
    for (let at = 0; at < docs.length; at += slice) {
      for (const d of docs.slice(at, at + slice)) {
        const p = this.one(d);
        this.cache.set(d.id, p);
        for (const f of fields) if (f.name in p.words) Preparer.fieldTerms(p, f);
      }
      await new Promise((r) => setImmediate(r));
    }
  }

  private one(d: SearchDoc): Prepared {
    const p = this.cache.get(d.id);
    if (p && FIELD_NAMES.every((f, i) => p.texts[i] === d.fields[f])) return p;
    const words = Object.fromEntries(FIELD_NAMES.map((f) => [f, tokenize(d.fields[f])])) as Prepared['words'];
    // A glossary entry already carries all its names: it mentions nothing else.
    const mentions = d.type === 'glossary' ? new Set<GlossaryTerm>() : this.synonyms.termsInWords([words.titleEs, words.textEs, words.titleEn, words.textEn]);
    return { texts: FIELD_NAMES.map((f) => d.fields[f]), words, terms: {}, mentions };
  }

  /**
   * The glossary terms each document's synonym fields hold: those it mentions,
   * minus terms that many documents mention ("trámite", "empresa", "estado"),
   * which would only add noise and length (more than 3 % of the documents).
   */
  synonymsOf(docs: SearchDoc[], prepared: Prepared[]): GlossaryTerm[][] {
    const df = new Map<GlossaryTerm, number>();
    for (const p of prepared) for (const t of p.mentions) df.set(t, (df.get(t) ?? 0) + 1);
    const max = Math.max(10, 0.03 * docs.filter((d) => d.type !== 'glossary').length);
    return prepared.map((p) => [...p.mentions].filter((t) => df.get(t)! <= max));
  }

  /** A field's processed terms: stemmed in its language (stop words out), codes only folded. */
  static fieldTerms(p: Prepared, field: FieldSpec): string[] {
    const name = field.name as FieldName;
    let out = p.terms[name];
    if (!out) {
      out = [];
      for (const w of p.words[name]) {
        const t = field.group === 'code' ? w : processWord(w, field.group);
        if (t) out.push(t);
      }
      p.terms[name] = out;
    }
    return out;
  }
}
