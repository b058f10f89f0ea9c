/**
 * The in-memory search index of one catalogue revision (ADR 012): two impact
 * indexes over the same documents — every field, for search; titles and codes
 * only, for type-ahead suggestions — plus the documents themselves.
 *
 * Ranking: BM25+ per field (titles weigh most, then glossary synonyms, then
 * text), summed over the query's words. Documents matching every word (common
 * words aside) are the results; only when fewer than a few pages of them exist
 * are documents matching some words added, scaled by the square of the share
 * they match. Then a weight per kind of result (procedures first, SCIAN last).
 */
import type { Level } from '../catalogue/schema.ts';
import type { GlossaryTerm } from './glossary/term.ts';
import { planQuery, type PlanOptions } from './query-plan.ts';
import { ImpactIndex, type FieldSpec, type Postings } from './impact-index.ts';
import { Preparer } from './prepare.ts';
import { DOC_TYPES, type DocType, type SearchDoc } from './documents.ts';
import { timed } from '../metrics/process.ts';

const TYPE_WEIGHT: Record<DocType, number> = {
  procedure: 1.5, sector: 1.3, glossary: 1, authority: 1.2, state: 1.2, law: 1, step: 0.8, scian: 0.6,
  // US ↔ MX certification pairs (issue 14) answer "what is X in Mexico"; weighed low so that generic words
  // ("permit", "registration") still lead to procedures: at 1.1 eval:search MRR fell to 0.869, at 0.5 it is 0.903 as before.
  certification: 0.5,
};
export const SEARCH_FIELDS: FieldSpec[] = [
  { name: 'titleEs', group: 'es', boost: 3 }, { name: 'textEs', group: 'es', boost: 1 }, { name: 'synEs', group: 'es', boost: 1.5 },
  { name: 'titleEn', group: 'en', boost: 3 }, { name: 'textEn', group: 'en', boost: 1 }, { name: 'synEn', group: 'en', boost: 1.5 },
  { name: 'code', group: 'code', boost: 2.5 },
];
const TITLE_FIELDS = SEARCH_FIELDS.filter((f) => f.name.startsWith('title') || f.name === 'code');
const LEVEL_CODE: Record<Level, number> = { federal: 0, state: 1, municipal: 2 };
/** A word found in more than this share of the documents is not required for a complete match. */
const COMMON = 0.1;
/** Fewer documents than this (a few pages) match every word: documents matching some are added. */
const ENOUGH = 30;

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** Index terms the query matched (for highlighting): shared by every hit of the query. */
  terms: ReadonlySet<string>;
}

export interface SearchFilters {
  type?: DocType | undefined;
  level?: Level | undefined;
}

export interface SearchOutcome {
  /** How many documents match (after every filter). */
  total: number;
  /** Matches after the level filter, before the type filter: the counts per type on the results page. */
  byType: Map<DocType, number>;
  /** The best n matches (of one type, if given), best first. */
  top(n: number, type?: DocType): Hit[];
}

/**
 * Each document's synonym fields as text (every name of the glossary terms it
 * mentions; see Preparer.synonymsOf): what the index holds, for other engines
 * (the benchmark's PostgreSQL baseline indexes the same text).
 */
export function synonymFields(docs: SearchDoc[], glossary: readonly GlossaryTerm[]): Map<string, { synEs: string; synEn: string }> {
  const preparer = new Preparer(glossary);
  const terms = preparer.synonymsOf(docs, preparer.prepare(docs));
  return new Map(docs.map((d, i) => {
    const f = preparer.synonyms.fieldsFor(terms[i]!);
    return [d.id, { synEs: f.es.join(' '), synEn: f.en.join(' ') }];
  }));
}

export class SearchIndex {
  private readonly docs: SearchDoc[];
  private readonly full: ImpactIndex;
  private readonly titles: ImpactIndex;
  /** Per-query scratch space, reused: scores and matched-word masks by document number. */
  private readonly scores: Float64Array;
  private readonly masks: Int32Array;
  private readonly touched: Int32Array;
  /** Each document's type weight, by number (a typed array: read for every candidate). */
  private readonly weights: Float64Array;
  /** Each document's type (index in DOC_TYPES) and level (LEVEL_CODE, -1 for none), for filters and counts. */
  private readonly types: Uint8Array;
  private readonly levels: Int8Array;

  /** `preparer`: keeps per-document work between rebuilds (pass the same one each time). */
  constructor(docs: SearchDoc[], glossary: readonly GlossaryTerm[], preparer = new Preparer(glossary)) {
    this.docs = docs;
    const prepared = preparer.prepare(docs);
    const syn = preparer.synonymsOf(docs, prepared);
    const synTerms = (d: number, lang: 'es' | 'en') => syn[d]!.flatMap((t) => preparer.synonyms.indexTerms(t, lang));
    const terms = (d: number, f: FieldSpec) =>
      f.name === 'synEs' ? synTerms(d, 'es') : f.name === 'synEn' ? synTerms(d, 'en') : Preparer.fieldTerms(prepared[d]!, f);
    [this.full, this.titles] = ImpactIndex.build(docs.length, SEARCH_FIELDS, terms, [SEARCH_FIELDS, TITLE_FIELDS].map((fs) => fs.map((f) => f.name))) as [ImpactIndex, ImpactIndex];
    this.scores = new Float64Array(docs.length);
    this.masks = new Int32Array(docs.length);
    this.touched = new Int32Array(docs.length);
    this.weights = Float64Array.from(docs, (d) => TYPE_WEIGHT[d.type]);
    this.types = Uint8Array.from(docs, (d) => DOC_TYPES.indexOf(d.type));
    this.levels = Int8Array.from(docs, (d) => (d.level ? LEVEL_CODE[d.level] : -1));
  }

  get size(): number {
    return this.docs.length;
  }

  search(text: string, filters: SearchFilters = {}): SearchOutcome {
    return timed('search', () => this.find(text, filters));
  }

  private find(text: string, filters: SearchFilters): SearchOutcome {
    const r = this.run(this.full, text, 'search');
    const level = filters.level ? LEVEL_CODE[filters.level] : -1;
    const type = filters.type ? DOC_TYPES.indexOf(filters.type) : -1;
    const counts = new Int32Array(DOC_TYPES.length);
    const keep: number[] = [];
    for (let i = 0; i < r.docs.length; i++) {
      const d = r.docs[i]!;
      if (level >= 0 && this.levels[d] !== level) continue;
      counts[this.types[d]!]!++;
      if (type < 0 || this.types[d] === type) keep.push(i);
    }
    const byType = new Map<DocType, number>();
    DOC_TYPES.forEach((t, i) => counts[i] && byType.set(t, counts[i]!));
    return { total: keep.length, byType, top: (n, only) => this.best(r, keep, n, only) };
  }

  /** Type-ahead: the best titles for what has been typed so far (the last word as a prefix). */
  suggest(text: string, limit = 8): Hit[] {
    const r = this.run(this.titles, text, 'type-ahead');
    return this.best(r, Array.from(r.docs.keys()), limit);
  }

  /** The n best of the candidates (indexes into r), by a bounded selection: results are thousands, pages show ten. */
  private best(r: Ranked, candidates: number[], n: number, only?: DocType): Hit[] {
    const type = only ? DOC_TYPES.indexOf(only) : -1;
    const top: number[] = [];
    for (const i of candidates) {
      if (type >= 0 && this.types[r.docs[i]!] !== type) continue;
      if (top.length === n && r.scores[i]! <= r.scores[top[n - 1]!]!) continue;
      let at = top.length === n ? n - 1 : top.length;
      while (at > 0 && r.scores[top[at - 1]!]! < r.scores[i]!) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = i;
      if (top.length > n) top.length = n;
    }
    // A word is marked where it is one of the query's matched terms: a document's
    // own matches are those of its words, so one set serves every hit.
    r.terms ??= new Set(r.matched.map((m) => m.term));
    return top.map((i) => ({ doc: this.docs[r.docs[i]!]!, score: r.scores[i]!, terms: r.terms! }));
  }

  private run(index: ImpactIndex, text: string, mode: PlanOptions['mode']): Ranked {
    const plan = planQuery(text, { mode, known: (g, t) => index.has(g, t) });
    const matched: Ranked['matched'] = [];
    if (!plan) return { docs: new Int32Array(0), scores: new Float64Array(0), matched };
    const { scores, masks, touched } = this;
    let count = 0;
    let common = 0;
    for (const leaf of plan.leaves) {
      for (const { term, weight, postings } of index.expand(leaf.group, leaf.term, leaf.prefix, leaf.fuzzy)) {
        matched.push({ term, postings });
        const { docs, impacts } = postings;
        if (docs.length > COMMON * index.size) common |= leaf.bit;
        for (let k = 0; k < docs.length; k++) {
          const d = docs[k]!;
          if (masks[d] === 0) touched[count++] = d;
          scores[d]! += weight * impacts[k]!;
          masks[d]! |= leaf.bit;
        }
      }
    }
    // "Complete" = every word that is not common; common words ("empresa") only add score.
    const all = ((1 << plan.groupCount) - 1) & ~common || (1 << plan.groupCount) - 1;
    let complete = 0;
    for (let i = 0; i < count; i++) if ((masks[touched[i]!]! & all) === all) complete++;
    const onlyComplete = complete >= ENOUGH || plan.groupCount === 1;
    const out = { docs: new Int32Array(onlyComplete ? complete : count), scores: new Float64Array(onlyComplete ? complete : count), matched };
    for (let i = 0, j = 0; i < count; i++) {
      const d = touched[i]!;
      if (!onlyComplete || (masks[d]! & all) === all) {
        const coverage = popcount(masks[d]!) / plan.groupCount;
        out.docs[j] = d;
        out.scores[j++] = scores[d]! * coverage * coverage * this.weights[d]!;
      }
      // Leave the scratch space clean for the next query.
      scores[d] = 0;
      masks[d] = 0;
    }
    return out;
  }
}

/** Candidates of one query: document numbers and their final scores (unsorted), and the terms that matched. */
interface Ranked {
  docs: Int32Array;
  scores: Float64Array;
  matched: { term: string; postings: Postings }[];
  terms?: Set<string>;
}

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}
