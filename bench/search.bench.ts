/**
 * Search suite: the in-memory index against PostgreSQL full-text search on
 * the same 10 000 documents (the real catalogue padded with synthetic ones),
 * in the same run. Queries are the judged relevance set; type-ahead inputs are
 * those queries cut after every character, as typed.
 *
 * Server time: ours is measured in process around search + presenting the top
 * 10 (snippets included), on one thread; PostgreSQL's around the query, from a
 * client on the same machine (loopback), sequentially and with 4 concurrent
 * connections (it may use both cores; Node uses one). Throughput compares ours
 * with PostgreSQL's better figure.
 */
import { Worker } from 'node:worker_threads';
import { pgAdminUrl } from '../tests/helpers/db.ts';
import { seedDocuments } from '../src/search/eval/seed-index.ts';
import { judgedQueries } from '../src/search/eval/judged-queries.ts';
import { evaluate } from '../src/search/eval/evaluate.ts';
import { glossary } from '../src/search/glossary/index.ts';
import { SearchIndex, synonymFields } from '../src/search/search-index.ts';
import { Preparer } from '../src/search/prepare.ts';
import type { SearchDoc } from '../src/search/documents.ts';
import { presentHit, presentSuggestion } from '../src/search/presenters.ts';
import { padCorpus, prefixesOf } from './search-corpus.ts';
import { prefixQuery, SEARCH_HEADLINE_SQL, SEARCH_SQL, startPgFts, SUGGEST_SQL } from './search-pg.ts';

export interface SearchRow {
  system: string;
  operation: 'search' | 'suggest';
  concurrency: number;
  p50: number;
  p99: number;
  qps: number;
}

export interface Relevance {
  hitAt1: number;
  hitAt5: number;
  mrr: number;
}

export interface SearchSuiteResult {
  docs: number;
  buildMs: number;
  /** Median rebuild after a publish that changes one document (unchanged documents' preparation reused). */
  rebuildMs: number;
  rows: SearchRow[];
  relevance: { ours: Relevance; pg: Relevance };
}

const BASE = 'http://localhost:3000';
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const summary = (system: string, operation: SearchRow['operation'], concurrency: number, times: number[], wallMs: number): SearchRow => {
  const sorted = [...times].sort((a, b) => a - b);
  return { system, operation, concurrency, p50: pct(sorted, 0.5), p99: pct(sorted, 0.99), qps: (times.length / wallMs) * 1000 };
};

/** Runs fn over the inputs, round after round, for `seconds`; one at a time. */
function measureSync(seconds: number, inputs: string[], fn: (s: string) => unknown): { times: number[]; wallMs: number } {
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; performance.now() - start < seconds * 1000; i++) {
    const t = performance.now();
    fn(inputs[i % inputs.length]!);
    times.push(performance.now() - t);
  }
  return { times, wallMs: performance.now() - start };
}

/** The same with `concurrency` requests in flight at once. */
async function measureAsync(seconds: number, concurrency: number, inputs: string[], fn: (s: string) => Promise<unknown>) {
  const times: number[] = [];
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() - start < seconds * 1000) {
        const t = performance.now();
        await fn(inputs[next++ % inputs.length]!);
        times.push(performance.now() - t);
      }
    }),
  );
  return { times, wallMs: performance.now() - start };
}

export async function searchSuite(seconds: number, size = 10_000): Promise<SearchSuiteResult> {
  const docs = padCorpus(await seedDocuments(), size);
  const preparer = new Preparer(glossary);
  const t0 = performance.now();
  const index = new SearchIndex(docs, glossary, preparer);
  const buildMs = performance.now() - t0;
  const rebuildMs = rebuildAfterPublish(docs, preparer);
  const queries = judgedQueries.map((q) => q.q);
  const prefixes = prefixesOf(queries);
  const search = (q: string) => index.search(q).top(10).map((h) => presentHit(h, 'en', BASE));
  const suggest = (q: string) => index.suggest(q, 8).map((h) => presentSuggestion(h, 'en', BASE));
  measureSync(Math.min(2, seconds), queries, search); // warm up (JIT)
  measureSync(Math.min(2, seconds), prefixes, suggest);
  const ours = (op: 'search' | 'suggest') => {
    const m = op === 'search' ? measureSync(seconds, queries, search) : measureSync(seconds, prefixes, suggest);
    return summary('in-memory impact index', op, 1, m.times, m.wallMs);
  };
  const rows = [ours('search'), await oursOnCores(size, seconds, 2), ours('suggest')];

  const syn = synonymFields(docs, glossary);
  const fts = await startPgFts(pgAdminUrl() ?? 'postgres://postgres@127.0.0.1:5432/postgres', docs, (d) => {
    const s = syn.get(d.id)!;
    return { es: s.synEs, en: s.synEn };
  });
  try {
    const pgSearch = (sql: string) => (q: string) => fts.pool.query(sql, [q]);
    const tsPrefixes = prefixes.map(prefixQuery).filter((p): p is string => p !== null);
    const pgSuggest = (q: string) => fts.pool.query(SUGGEST_SQL, [q]);
    await measureAsync(Math.min(2, seconds), 4, queries, pgSearch(SEARCH_SQL)); // warm up (caches)
    for (const [label, op, sql, inputs] of [
      ['PostgreSQL FTS (websearch_to_tsquery, unaccent)', 'search', SEARCH_SQL, queries],
      ['PostgreSQL FTS + ts_headline', 'search', SEARCH_HEADLINE_SQL, queries],
      ['PostgreSQL FTS (to_tsquery prefix, titles)', 'suggest', SUGGEST_SQL, tsPrefixes],
    ] as const) {
      const run = sql === SUGGEST_SQL ? pgSuggest : pgSearch(sql);
      for (const concurrency of [1, 4]) {
        const m = await measureAsync(seconds, concurrency, [...inputs], run);
        rows.push(summary(label, op, concurrency, m.times, m.wallMs));
      }
    }
    const pgRelevance = await relevanceOf(async (q) => (await fts.pool.query<{ id: string }>(SEARCH_SQL, [q])).rows.map((r) => r.id));
    const ev = evaluate(index, judgedQueries);
    return { docs: docs.length, buildMs, rebuildMs, rows, relevance: { ours: ev, pg: pgRelevance } };
  } finally {
    await fts.close();
  }
}

/**
 * What a publish costs the index: the median of 7 rebuilds, each after one
 * document's text changed (as SearchService does after a publish: same
 * preparer, so unchanged documents are not re-analysed). The first is a warm-up.
 */
function rebuildAfterPublish(docs: SearchDoc[], preparer: Preparer): number {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const next = docs.slice();
    const d = next[i]!;
    next[i] = { ...d, fields: { ...d.fields, textEn: `${d.fields.textEn} New requirement ${i}.` } };
    const t = performance.now();
    new SearchIndex(next, glossary, preparer);
    if (i > 0) times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[times.length >> 1]!;
}

/**
 * The same search on `cores` worker threads at once, each with its own index
 * (as `cores` web processes would have): the machine's throughput, to set
 * beside PostgreSQL's, which uses every core.
 */
async function oursOnCores(size: number, seconds: number, cores: number): Promise<SearchRow> {
  // Workers do not inherit --import hooks on Node 20: register tsx in the worker, then load the TypeScript entry.
  const entry = new URL('./search-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  const workers = Array.from({ length: cores }, () => new Worker(boot, { eval: true, workerData: { size, seconds } }));
  try {
    await Promise.all(workers.map((w) => new Promise((ok, fail) => w.once('message', ok).once('error', fail))));
    const results = await Promise.all(
      workers.map((w) => new Promise<{ times: number[]; wallMs: number }>((ok, fail) => { w.once('message', ok).once('error', fail); w.postMessage('go'); })),
    );
    const times = results.flatMap((r) => r.times);
    return summary('in-memory impact index, one per core', 'search', cores, times, Math.max(...results.map((r) => r.wallMs)));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function relevanceOf(top10: (q: string) => Promise<string[]>): Promise<Relevance> {
  const ranks: (number | null)[] = [];
  for (const j of judgedQueries) {
    const at = (await top10(j.q)).findIndex((id) => j.relevant.includes(id));
    ranks.push(at < 0 ? null : at + 1);
  }
  const share = (f: (r: number | null) => number) => ranks.reduce<number>((n, r) => n + f(r), 0) / ranks.length;
  return { hitAt1: share((r) => (r === 1 ? 1 : 0)), hitAt5: share((r) => (r !== null && r <= 5 ? 1 : 0)), mrr: share((r) => (r ? 1 / r : 0)) };
}

/** Markdown tables for `npm run bench`. */
export function printSearch(r: SearchSuiteResult, seconds: number): void {
  const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const best = (system: string, op: string) => Math.max(...r.rows.filter((x) => x.system.startsWith(system) && x.operation === op && !x.system.includes('headline')).map((x) => x.qps));
  console.log(`\n## Search: in-memory index vs PostgreSQL full-text search (${f(r.docs)} documents, ${seconds} s per row)\n`);
  console.log(`In-memory index build: ${f(r.buildMs)} ms from scratch; after a publish that changes one document, ${f(r.rebuildMs)} ms (median of 7; ${f(r.rebuildMs / r.buildMs, 2)}× the build from scratch).`);
  console.log(`Latency is server time (ours in process incl. snippets; PostgreSQL per query over loopback).\n`);
  console.log('| system | operation | concurrency | p50 ms | p99 ms | queries/s | throughput vs PostgreSQL FTS |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const x of r.rows) {
    const ratio = x.system.startsWith('in-memory') ? `${f(x.qps / best('PostgreSQL', x.operation), 1)}×` : '';
    console.log(`| ${x.system} | ${x.operation} | ${x.concurrency} | ${f(x.p50, 3)} | ${f(x.p99, 3)} | ${f(x.qps)} | ${ratio} |`);
  }
  const headline = Math.max(...r.rows.filter((x) => x.system.includes('headline')).map((x) => x.qps));
  const oneCore = r.rows.find((x) => x.system === 'in-memory impact index' && x.operation === 'search')!;
  console.log(`\nLike for like (results with highlighted snippets): one core ${f(oneCore.qps / headline, 1)}× PostgreSQL FTS + ts_headline.`);
  const rel = (x: Relevance) => `hit@1 ${f(x.hitAt1, 3)} · hit@5 ${f(x.hitAt5, 3)} · MRR ${f(x.mrr, 3)}`;
  console.log(`Relevance on the same ${f(r.docs)} documents (judged queries): in-memory ${rel(r.relevance.ours)}; PostgreSQL FTS ${rel(r.relevance.pg)}.`);
  console.log('Goals: suggest p99 ≤ 5 ms; search ≥ 5× PostgreSQL FTS throughput.');
}
