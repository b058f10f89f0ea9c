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
    // Term ids per group; entries and statistics in typed arrays, postings as views
    // of one buffer per group: allocation and GC were most of a rebuild, and a
    // rebuild is what stands between a publish and its being found (ADR 012).
    const ids: Record<Group, Map<string, number>> = { es: new Map(), en: new Map(), code: new Map() };
    const lengths = fields.map(() => new Float64Array(count));
    const totals = fields.map(() => 0);
    // Entries in document order: field, term id (in the field's group), document, tf.
    const entries = new Entries();
    const tf: number[] = [];
    const seen: number[] = [];
    for (let d = 0; d < count; d++) {
      for (let fi = 0; fi < fields.length; fi++) {
        const f = fields[fi]!;
        const group = ids[f.group];
        const list = terms(d, f);
        lengths[fi]![d] = list.length;
        totals[fi]! += list.length;
        seen.length = 0;
        for (const t of list) {
          let id = group.get(t);
          if (id === undefined) group.set(t, (id = group.size));
          if (!tf[id]) {
            seen.push(id);
            tf[id] = 0;
          }
          tf[id]!++;
        }
        for (const id of seen) {
          entries.push(fi, id, d, tf[id]!);
          tf[id] = 0;
        }
      }
    }
    const e = entries.done();
    const avg = totals.map((t) => Math.max(1, t / Math.max(1, count)));
    // Document frequency, then inverse document frequency, per field and term id (once, not per posting).
    const idfs = fields.map((f) => new Float64Array(ids[f.group].size));
    for (let k = 0; k < e.length; k++) idfs[e.field[k]!]![e.term[k]!]!++;
    for (const byId of idfs) for (let id = 0; id < byId.length; id++) byId[id] = idf(byId[id]!, count);
    return selections.map((names) => {
      const inSel = fields.map((f) => names.includes(f.name));
      const vocab: Record<Group, SearchableMap<Postings>> = { es: new SearchableMap(), en: new SearchableMap(), code: new SearchableMap() };
      for (const g of ['es', 'en', 'code'] as const) {
        const size = ids[g].size;
        // Room per term: its entries in this selection (a term in two fields of a document takes one posting).
        const start = new Int32Array(size + 1);
        for (let k = 0; k < e.length; k++) {
          const f = fields[e.field[k]!]!;
          if (f.group === g && inSel[e.field[k]!]) start[e.term[k]! + 1]!++;
        }
        for (let id = 0; id < size; id++) start[id + 1]! += start[id]!;
        const end = start.slice(0, size);
        const docs = new Int32Array(start[size]!);
        const sums = new Float64Array(start[size]!);
        for (let k = 0; k < e.length; k++) {
          const fi = e.field[k]!;
          const f = fields[fi]!;
          if (f.group !== g || !inSel[fi]) continue;
          const id = e.term[k]!;
          const d = e.doc[k]!;
          const impact = f.boost * idfs[fi]![id]! * tfNorm(e.tf[k]!, lengths[fi]![d]!, avg[fi]!);
          const at = end[id]!;
          // Entries are in document order, so a term's postings come out ascending.
          if (at > start[id]! && docs[at - 1] === d) sums[at - 1]! += impact;
          else {
            docs[at] = d;
            sums[at] = impact;
            end[id]!++;
          }
        }
        const impacts = Float32Array.from(sums);
        for (const [t, id] of ids[g]) {
          if (end[id]! > start[id]!) vocab[g].set(t, { docs: docs.subarray(start[id]!, end[id]!), impacts: impacts.subarray(start[id]!, end[id]!) });
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

/** A growable table of (field, term, document, tf) rows in typed arrays. */
class Entries {
  private capacity = 1 << 14;
  private rows = 0;
  private cols = Entries.alloc(this.capacity);

  private static alloc(n: number) {
    return { field: new Uint8Array(n), term: new Int32Array(n), doc: new Int32Array(n), tf: new Int32Array(n) };
  }

  push(field: number, term: number, doc: number, tf: number): void {
    if (this.rows === this.capacity) {
      this.capacity *= 2;
      const next = Entries.alloc(this.capacity);
      next.field.set(this.cols.field);
      next.term.set(this.cols.term);
      next.doc.set(this.cols.doc);
      next.tf.set(this.cols.tf);
      this.cols = next;
    }
    const r = this.rows++;
    this.cols.field[r] = field;
    this.cols.term[r] = term;
    this.cols.doc[r] = doc;
    this.cols.tf[r] = tf;
  }

  done(): { length: number; field: Uint8Array; term: Int32Array; doc: Int32Array; tf: Int32Array } {
    return { length: this.rows, ...this.cols };
  }
}
