import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeOnto } from './merge.ts';

const base = { title: { es: 'Licencia', en: 'Licence' }, steps: [{ cost: 100, office: 'a' }, { cost: 0, office: 'b' }], url: 'https://x.gob.mx' };

test('changes to different parts are combined: the draft’s on top of the newer version', () => {
  const draft = structuredClone(base);
  draft.steps[0]!.cost = 150;
  const current = structuredClone(base);
  current.title.en = 'Single licence';
  current.steps[1]!.office = 'c';
  assert.deepEqual(mergeOnto(base, draft, current), {
    ok: true,
    doc: { title: { es: 'Licencia', en: 'Single licence' }, steps: [{ cost: 150, office: 'a' }, { cost: 0, office: 'c' }], url: 'https://x.gob.mx' },
  });
});

test('the same part changed on both sides is a conflict, named by its path; the same change on both is not', () => {
  const draft = structuredClone(base);
  draft.steps[0]!.cost = 150;
  const current = structuredClone(base);
  current.steps[0]!.cost = 120;
  assert.deepEqual(mergeOnto(base, draft, current), { ok: false, conflicts: [['steps', 0, 'cost']] });
  current.steps[0]!.cost = 150;
  assert.equal(mergeOnto(base, draft, current).ok, true);
});

test('a list that gained or lost items on one side is one part: editing an item of it on the other side conflicts', () => {
  const draft = structuredClone(base);
  draft.steps[1]!.cost = 50;
  const current = structuredClone(base);
  current.steps.push({ cost: 10, office: 'd' });
  assert.deepEqual(mergeOnto(base, draft, current), { ok: false, conflicts: [['steps']] });
  // A new step in the draft while the newer version only changed the title: the draft's list wins.
  const grown = structuredClone(base);
  grown.steps.push({ cost: 10, office: 'd' });
  const retitled = { ...structuredClone(base), title: { es: 'Licencia única', en: 'Licence' } };
  assert.deepEqual(mergeOnto(base, grown, retitled), { ok: true, doc: { ...grown, title: retitled.title } });
});

test('a field removed by the draft is removed from the result; one added is added', () => {
  const { url: _gone, ...withoutUrl } = structuredClone(base);
  const draft = { ...withoutUrl, phone: '55 1234 5678' };
  const current = { ...structuredClone(base), title: { es: 'Licencia', en: 'Permit' } };
  const r = mergeOnto(base, draft, current);
  assert.deepEqual(r, { ok: true, doc: { title: { es: 'Licencia', en: 'Permit' }, steps: base.steps, phone: '55 1234 5678' } });
});

test('properties: merging onto an unchanged version gives the draft; a draft without changes gives the newer version', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b'), tie('object'), tie('array')),
    object: fc.dictionary(fc.constantFrom('k', 'l', 'm'), tie('value'), { maxKeys: 3, noNullPrototype: true }),
    array: fc.array(tie('value'), { maxLength: 3 }),
  })).object;
  fc.assert(
    fc.property(json, json, (b, other) => {
      assert.deepEqual(mergeOnto(b, other, b), { ok: true, doc: other });
      assert.deepEqual(mergeOnto(b, b, other), { ok: true, doc: other });
    }),
  );
});
