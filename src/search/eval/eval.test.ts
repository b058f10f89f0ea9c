/** The judged query set is broad enough, well formed, and the index meets the relevance goal on it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedQueries } from './judged-queries.ts';
import { seedDocuments } from './seed-index.ts';
import { evaluate } from './evaluate.ts';
import { SearchIndex } from '../search-index.ts';
import { glossary } from '../glossary/index.ts';

test('the judged set has ≥ 60 queries in both languages, with typos, accent-free and cross-lingual queries', () => {
  assert.ok(judgedQueries.length >= 60, `${judgedQueries.length}`);
  for (const lang of ['es', 'en']) assert.ok(judgedQueries.filter((q) => q.lang === lang).length >= 20, lang);
  for (const kind of ['typo', 'no-accents', 'cross-lingual'] as const) assert.ok(judgedQueries.filter((q) => q.kind === kind).length >= 5, kind);
  assert.equal(new Set(judgedQueries.map((q) => `${q.lang}|${q.q}`)).size, judgedQueries.length, 'no duplicate query');
});

test('every relevant document named in the judged set exists, and the set meets hit@5 ≥ 0.9', async () => {
  const docs = await seedDocuments();
  const ids = new Set(docs.map((d) => d.id));
  for (const q of judgedQueries) for (const id of q.relevant) assert.ok(ids.has(id), `"${q.q}": unknown document ${id}`);
  const e = evaluate(new SearchIndex(docs, glossary), judgedQueries);
  assert.ok(e.hitAt5 >= 0.9, `hit@5 ${e.hitAt5.toFixed(3)}`);
  assert.ok(e.mrr <= 1 && e.hitAt1 <= e.hitAt5);
});
