/**
 * One worker of the multi-core search measurement: like one more web process,
 * it builds its own index of the same corpus, then runs the judged queries for
 * the given time when told to start, and reports how many it answered.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { seedDocuments } from '../src/search/eval/seed-index.ts';
import { judgedQueries } from '../src/search/eval/judged-queries.ts';
import { glossary } from '../src/search/glossary/index.ts';
import { SearchIndex } from '../src/search/search-index.ts';
import { presentHit } from '../src/search/presenters.ts';
import { padCorpus } from './search-corpus.ts';

const { size, seconds } = workerData as { size: number; seconds: number };
const index = new SearchIndex(padCorpus(await seedDocuments(), size), glossary);
const queries = judgedQueries.map((q) => q.q);
const run = (ms: number) => {
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; performance.now() - start < ms; i++) {
    const t = performance.now();
    index.search(queries[i % queries.length]!).top(10).map((h) => presentHit(h, 'en', 'http://localhost:3000'));
    times.push(performance.now() - t);
  }
  return { times, wallMs: performance.now() - start };
};
run(Math.min(2, seconds) * 1000); // warm up (JIT, snippet layouts)
parentPort!.postMessage('ready');
parentPort!.once('message', () => parentPort!.postMessage(run(seconds * 1000)));
