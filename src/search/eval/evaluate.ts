/** Relevance metrics over a judged query set: hit@1, hit@5 and MRR (first relevant result, cut at 10). */
import type { SearchIndex } from '../search-index.ts';
import type { JudgedQuery } from './judged-queries.ts';

export interface QueryOutcome {
  query: JudgedQuery;
  /** 1-based rank of the first relevant result; null when none is in the top 10. */
  rank: number | null;
  top: string[];
}

export interface Evaluation {
  count: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  outcomes: QueryOutcome[];
}

export function evaluate(index: SearchIndex, queries: JudgedQuery[]): Evaluation {
  const outcomes = queries.map((query): QueryOutcome => {
    const top = index.search(query.q).top(10).map((h) => h.doc.id);
    const at = top.findIndex((id) => query.relevant.includes(id));
    return { query, rank: at < 0 ? null : at + 1, top };
  });
  const share = (f: (o: QueryOutcome) => number) => outcomes.reduce((n, o) => n + f(o), 0) / outcomes.length;
  return {
    count: outcomes.length,
    hitAt1: share((o) => (o.rank === 1 ? 1 : 0)),
    hitAt5: share((o) => (o.rank !== null && o.rank <= 5 ? 1 : 0)),
    mrr: share((o) => (o.rank ? 1 / o.rank : 0)),
    outcomes,
  };
}
