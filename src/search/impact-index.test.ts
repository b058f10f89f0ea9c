import { test } from 'node:test';
import assert from 'node:assert/strict';
import MiniSearch from 'minisearch';
import { ImpactIndex, type FieldSpec } from './impact-index.ts';

const FIELDS: FieldSpec[] = [
  { name: 'title', group: 'es', boost: 3 },
  { name: 'text', group: 'es', boost: 1 },
  { name: 'code', group: 'code', boost: 2 },
];
const DOCS = [
  { id: 'a', title: 'registro patronal', text: 'registro ante el seguro social', code: 'imss' },
  { id: 'b', title: 'licencia de construccion', text: 'licencia municipal de obra', code: '' },
  { id: 'c', title: 'registro de marca', text: 'registro ante el impi de una marca', code: 'impi' },
];
const words = (s: string) => s.split(' ').filter(Boolean);
const build = () =>
  ImpactIndex.build(DOCS.length, FIELDS, (d, f) => words(DOCS[d]![f.name as 'title']), [['title', 'text', 'code'], ['title', 'code']]);

test('postings list documents in order, and a term sums its impact over the fields of its group', () => {
  const [full, titles] = build();
  const registro = full!.expand('es', 'registro', false, 0)[0]!;
  assert.deepEqual([...registro.postings.docs], [0, 2]);
  assert.ok(registro.postings.impacts.every((x) => x > 0));
  const titleOnly = titles!.expand('es', 'registro', false, 0)[0]!;
  assert.ok(titleOnly.postings.impacts[0]! < registro.postings.impacts[0]!, 'the text field adds to the full index only');
  assert.ok(full!.has('code', 'imss') && !full!.has('es', 'imss'));
});

test('scores agree with minisearch BM25+ on the same fields and boosts', () => {
  const [full] = build();
  const ms = new MiniSearch({ fields: ['title', 'text'], tokenize: words, processTerm: (t) => t });
  ms.addAll(DOCS);
  for (const term of ['registro', 'marca', 'licencia', 'social']) {
    const ours = full!.expand('es', term, false, 0)[0]!.postings;
    const theirs = ms.search(term, { boost: { title: 3, text: 1 } });
    for (const r of theirs) {
      const d = DOCS.findIndex((x) => x.id === r.id);
      const k = ours.docs.indexOf(d);
      assert.ok(Math.abs(ours.impacts[k]! - r.score) < 1e-4, `${term} in ${r.id}: ${ours.impacts[k]} vs ${r.score}`);
    }
  }
});

test('expands a term to prefixes and near misses, with lower weights', () => {
  const [full] = build();
  const prefix = full!.expand('es', 'lic', true, 0);
  assert.deepEqual(prefix.map((e) => e.term), ['licencia']);
  assert.ok(prefix[0]!.weight < 1);
  const typo = full!.expand('es', 'registor', false, 2);
  assert.deepEqual(typo.map((e) => e.term), ['registro']);
  assert.ok(typo[0]!.weight < 0.5);
  assert.deepEqual(full!.expand('es', 'zzz', true, 1), []);
});
