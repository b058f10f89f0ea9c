/**
 * An inverted index with precomputed impacts (ADR 012). For each term of each
 * language group (the Spanish fields, the English fields, the code field) it
 * keeps the documents that contain it and, per document, the term's BM25+
 * score summed over the group's fields with their boosts — computed once per
 * catalogue revision. A query then only adds numbers from typed arrays into a
 * score array. At 10 000 documents minisearch's own scorer, which rebuilds that
 * sum from maps for every posting of every query, managed ~70 searches/s here;
 * this, ~4 500 (ADR 012).
 *
 * The vocabulary of each group is a minisearch SearchableMap (a radix tree),
 * which gives prefix and typo-tolerant (Levenshtein) term lookups.
 */
import SearchableMap from 'minisearch/SearchableMap';

export type Group = 'es' | 'en' | 'code';
export interface FieldSpec {
  name: string;
  group: Group;
  boost: number;
}

export interface Postings {
  /** Document numbers, ascending. */
  docs: Int32Array;
  /** The term's score in each of those documents. */
  impacts: Float32Array;
}

/** BM25+ as minisearch computes it (k 1.2, b 0.7, d 0.5): idf × tfNorm. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const idf = (df: number, n: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
const tfNorm = (tf: number, len: number, avg: number) => D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg));

export class ImpactIndex {
  readonly size: number;
  private readonly vocab: Record<Group, SearchableMap<Postings>>;

  private constructor(size: number, vocab: Record<Group, SearchableMap<Postings>>) {
    this.size = size;
    this.vocab = vocab;
  }

  /**
   * Builds one index per field selection (e.g. every field; titles only) in one
   * pass over the documents: a field's statistics (document frequencies, lengths)
   * are the same in every index it belongs to; only the sums differ.
   * `terms(doc, field)`: the processed terms of a field of a document, in order.
   */
  static build(count: number, fields: FieldSpec[], terms: (doc: number, field: FieldSpec) => string[], selections: string[][]): ImpactIndex[] {
    // Term ids per group; tf scratch reused across documents (few allocations: GC was a third of the build).
    const ids: Record<Group, Map<string, number>> = { es: new Map(), en: new Map(), code: new Map() };
    const idOf = (g: Group, t: string) => {
      let id = ids[g].get(t);
      if (id === undefined) ids[g].set(t, (id = ids[g].size));
      return id;
    };
    const df = fields.map(() => [] as number[]);
    const lengths = fields.map(() => new Float64Array(count));
    const totals = fields.map(() => 0);
    // Entries in document order: field, term id, document, tf.
    const eField: number[] = [];
    const eTerm: number[] = [];
    const eDoc: number[] = [];
    const eTf: number[] = [];
    const tf: number[] = [];
    const seen: number[] = [];
    for (let d = 0; d < count; d++) {
      fields.forEach((f, fi) => {
        const list = terms(d, f);
        lengths[fi]![d] = list.length;
        totals[fi]! += list.length;
        seen.length = 0;
        for (const t of list) {
          const id = idOf(f.group, t);
          if (!tf[id]) seen.push(id);
          tf[id] = (tf[id] ?? 0) + 1;
        }
        for (const id of seen) {
          eField.push(fi);
          eTerm.push(id);
          eDoc.push(d);
          eTf.push(tf[id]!);
          df[fi]![id] = (df[fi]![id] ?? 0) + 1;
          tf[id] = 0;
        }
      });
    }
    const avg = totals.map((t) => Math.max(1, t / Math.max(1, count)));
    // Inverse document frequency per field and term, once (not per posting).
    const idfs = df.map((byId) => byId.map((n) => idf(n, count)));
    return selections.map((names) => {
      const inSel = fields.map((f) => names.includes(f.name));
      // Per group and term id: documents (ascending, since entries are in document order) and summed impacts.
      const docs: Record<Group, number[][]> = { es: [], en: [], code: [] };
      const sums: Record<Group, number[][]> = { es: [], en: [], code: [] };
      for (let e = 0; e < eTerm.length; e++) {
        const fi = eField[e]!;
        if (!inSel[fi]) continue;
        const f = fields[fi]!;
        const id = eTerm[e]!;
        const d = eDoc[e]!;
        const impact = f.boost * idfs[fi]![id]! * tfNorm(eTf[e]!, lengths[fi]![d]!, avg[fi]!);
        const ds = (docs[f.group][id] ??= []);
        const ss = (sums[f.group][id] ??= []);
        if (ds[ds.length - 1] === d) ss[ss.length - 1]! += impact;
        else {
          ds.push(d);
          ss.push(impact);
        }
      }
      const vocab: Record<Group, SearchableMap<Postings>> = { es: new SearchableMap(), en: new SearchableMap(), code: new SearchableMap() };
      for (const g of ['es', 'en', 'code'] as const) {
        for (const [t, id] of ids[g]) {
          const ds = docs[g][id];
          if (ds) vocab[g].set(t, { docs: Int32Array.from(ds), impacts: Float32Array.from(sums[g][id]!) });
        }
      }
      return new ImpactIndex(count, vocab);
    });
  }

  has(group: Group, term: string): boolean {
    return this.vocab[group].has(term);
  }

  /**
   * The terms a query term stands for, with their weights: itself (1), terms
   * it is a prefix of (weight fading with the extra length) and terms within
   * `fuzzy` edits (weight fading with the distance), as minisearch weighs them.
   */
  expand(group: Group, term: string, prefix: boolean, fuzzy: number): { term: string; weight: number; postings: Postings }[] {
    const map = this.vocab[group];
    const out: { term: string; weight: number; postings: Postings }[] = [];
    const exact = map.get(term);
    if (exact) out.push({ term, weight: 1, postings: exact });
    const seen = new Set([term]);
    if (prefix) {
      for (const [t, postings] of map.atPrefix(term)) {
        if (seen.has(t)) continue;
        seen.add(t);
        out.push({ term: t, weight: (0.375 * t.length) / (t.length + 0.3 * (t.length - term.length)), postings });
      }
    }
    if (fuzzy > 0) {
      // Most typos are one edit away: look two edits away only when one finds nothing (it costs far more).
      let near = map.fuzzyGet(term, Math.min(1, fuzzy));
      if (fuzzy > 1 && ![...near.keys()].some((t) => !seen.has(t))) near = map.fuzzyGet(term, fuzzy);
      for (const [t, [postings, distance]] of near) {
        if (seen.has(t)) continue;
        seen.add(t);
        out.push({ term: t, weight: (0.45 * t.length) / (t.length + distance), postings });
      }
    }
    return out;
  }
}
