/** The search index on the seed catalogue (no database: the index only reads a catalogue view). */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedIndex } from './eval/seed-index.ts';
import type { SearchIndex } from './search-index.ts';
import { highlight, plain, snippet } from './snippet.ts';

describe('search index', () => {
  let index: SearchIndex;
  before(async () => {
    index = await seedIndex();
  });
  const top = (q: string, n = 5, filters = {}) => index.search(q, filters).top(n).map((h) => h.doc.id);

  test('indexes every kind of document', () => {
    const found = index.search('registro');
    const types = new Set(found.top(found.total).map((h) => h.doc.type));
    for (const t of ['procedure', 'step', 'glossary', 'authority', 'law']) assert.ok(types.has(t as never), t);
    assert.ok(top('componentes electronicos', 10, { type: 'scian' }).includes('scian:334410'));
    assert.ok(top('jalisco').includes('state:14'));
    assert.ok(top('autopartes').includes('sector:automotive-auto-parts'));
  });

  test('ignores accents and case, and tolerates typos', () => {
    assert.deepEqual(top('INVERSIÓN extranjera', 3), top('inversion extranjera', 3));
    assert.ok(top('licencia de construcion').includes('procedure:mun-construction-licence'));
    assert.ok(top('regsitro patronal').includes('procedure:imss-employer-registration'));
  });

  test('stems each language: singular finds plural and the other way round', () => {
    assert.ok(top('licencias de funcionamiento').includes('procedure:mun-operating-licence'));
    assert.ok(top('importers registers').includes('procedure:sat-importers-register'));
  });

  test('matches prefixes, for search as you type', () => {
    assert.ok(top('maquilad').includes('procedure:se-immex'));
    assert.equal(index.suggest('cofep')[0]?.doc.title.es.includes('COFEPRIS') ?? false, true);
  });

  test('crosses languages through the glossary', () => {
    // The RFC term comes first; the procedure sits 6th since the 1,075 SCIAN classes got English titles
    // (longer English titles shift BM25's length normalisation; eval:search is unchanged: MRR 0.903 vs 0.904).
    assert.equal(top('tax ID', 1)[0], 'glossary:rfc', 'tax ID → RFC');
    assert.ok(top('tax ID', 6).includes('procedure:sat-rfc-company'));
    assert.ok(top('articles of incorporation').includes('procedure:incorporation-deed'));
    assert.ok(top('contract manufacturing').includes('procedure:se-immex'), 'contract manufacturing → maquiladora / IMMEX');
    assert.ok(top('electronic signature').includes('procedure:sat-efirma-company'));
    assert.ok(top('solar farm', 10).includes('scian:221113'), 'a SCIAN class found in English through the glossary');
  });

  test('SCIAN classes carry their English titles (NAICS 2022 or ours), found and shown in English', () => {
    const [hit] = index.search('tequila manufacturing', { type: 'scian' }).top(1);
    assert.equal(hit?.doc.id, 'scian:312144');
    assert.equal(hit!.doc.hasEnglish, true);
    assert.match(hit!.doc.title.en, /^312144 [A-Z].*Manufacturing/);
    assert.notEqual(hit!.doc.title.en, hit!.doc.title.es);
    assert.match(hit!.doc.body.en, /English title (from NAICS 2022|translated by Ventanilla)\.$/);
  });

  test('ranks documents matching every word above those matching some', () => {
    const [first] = index.search('registro inversion extranjera').top(1);
    assert.ok(['procedure:rnie-registration', 'glossary:rnie'].includes(first!.doc.id), first!.doc.id);
  });

  test('filters by type and level, and counts matches per type before the type filter', () => {
    const all = index.search('licencia');
    const municipal = index.search('licencia', { level: 'municipal' });
    assert.ok(municipal.total > 0 && municipal.top(municipal.total).every((h) => h.doc.level === 'municipal'));
    const procedures = index.search('licencia', { type: 'procedure' });
    assert.ok(procedures.top(procedures.total).every((h) => h.doc.type === 'procedure'));
    assert.equal(procedures.total, all.byType.get('procedure'));
    assert.equal([...all.byType.values()].reduce((a, b) => a + b, 0), all.total);
    const best = all.top(all.total);
    assert.ok(best.every((h, i) => i === 0 || best[i - 1]!.score >= h.score), 'best first');
    assert.deepEqual(all.top(3, 'procedure').map((h) => h.doc.id), best.filter((h) => h.doc.type === 'procedure').slice(0, 3).map((h) => h.doc.id));
  });

  test('unknown words find nothing, without failing', () => {
    assert.equal(index.search('xqzwv').total, 0);
    assert.deepEqual(index.search('外国投资').top(10), []);
    assert.deepEqual(index.suggest('zzzz'), []);
  });

  test('suggestions are few, titles only, and follow the last word as a prefix', () => {
    const s = index.suggest('registro patr');
    assert.ok(s.length > 0 && s.length <= 8);
    assert.ok(s.some((h) => h.doc.id === 'procedure:imss-employer-registration'));
  });
});

test('snippets mark the matched words (folded and stemmed) and cut long texts around the first hit', () => {
  const terms = new Set(['licenci', 'rfc']);
  const segs = highlight('Las Licencias y el RFC.', 'es', terms);
  assert.deepEqual(segs.filter((s) => s.hit).map((s) => s.text), ['Licencias', 'RFC']);
  assert.equal(plain(segs), 'Las Licencias y el RFC.');
  const long = `${'palabra '.repeat(80)}licencia ${'otra '.repeat(80)}`;
  const cut = snippet(long, 'es', terms);
  assert.ok(plain(cut).length < 240, `${plain(cut).length}`);
  assert.ok(cut.some((s) => s.hit && s.text === 'licencia'));
  assert.equal(cut[0]!.text, '… ');
  assert.equal(plain(snippet('corto', 'es', terms)), 'corto');
});
