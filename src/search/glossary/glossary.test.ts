import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossary } from './index.ts';
import { seedCatalogue } from '../../catalogue/content/index.ts';
import { fold } from '../normalise.ts';

test('the glossary has at least 150 bilingual pairs with unique ids', () => {
  assert.ok(glossary.length >= 150, `${glossary.length} pairs`);
  assert.equal(new Set(glossary.map((t) => t.id)).size, glossary.length, 'ids are unique');
  for (const t of glossary) assert.match(t.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, t.id);
});

test('every pair has a headword and a one- or two-sentence definition in both languages', () => {
  for (const t of glossary) {
    for (const l of ['es', 'en'] as const) {
      assert.ok(t[l].trim(), `${t.id}: ${l} headword`);
      const d = t.definition[l];
      assert.ok(d.length >= 20 && d.length <= 320, `${t.id}: ${l} definition length ${d.length}`);
      assert.match(d, /[.)]$/, `${t.id}: ${l} definition ends a sentence`);
      assert.ok(!t.aliases[l].some((a) => fold(a) === fold(t[l])), `${t.id}: ${l} alias repeats the headword`);
    }
  }
});

test('headwords are unique within each language, so the page never lists a term twice', () => {
  for (const l of ['es', 'en'] as const) {
    const seen = new Map<string, string>();
    for (const t of glossary) {
      const k = fold(t[l]);
      assert.ok(!seen.has(k), `${l} headword "${t[l]}" in ${seen.get(k)} and ${t.id}`);
      seen.set(k, t.id);
    }
  }
});

test('the procedures a term links to exist in the catalogue', () => {
  const ids = new Set(seedCatalogue.procedures.map((p) => p.id));
  for (const t of glossary) for (const p of t.procedures) assert.ok(ids.has(p), `${t.id} → unknown procedure ${p}`);
});

test('the pairs the issue names are there', () => {
  const pair = (es: string, en: string) =>
    glossary.some((t) => [t.es, ...t.aliases.es].some((x) => fold(x) === fold(es)) && [t.en, ...t.aliases.en].some((x) => fold(x) === fold(en)));
  assert.ok(pair('RFC', 'tax ID'));
  assert.ok(pair('acta constitutiva', 'articles of incorporation'));
  assert.ok(pair('maquiladora', 'contract manufacturing'));
  assert.ok(pair('e.firma', 'electronic signature'));
});
