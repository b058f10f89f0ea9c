import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCycle, validateCatalogue, CatalogueError } from './validate.ts';
import { seedCatalogue } from './content/index.ts';
import { loadScian } from './scian.ts';

test('the shipped catalogue is valid and meets the coverage the guide promises', async () => {
  const scian = new Set((await loadScian()).map((s) => s.code));
  const c = validateCatalogue(seedCatalogue, scian);
  assert.ok(c.procedures.filter((p) => p.level === 'federal').length >= 35);
  assert.ok(c.procedures.filter((p) => p.level !== 'federal').length >= 8);
  assert.equal(c.states.length, 32);
  assert.ok(c.sectors.length >= 12);
  for (const p of c.procedures) {
    assert.ok(p.steps.every((s) => s.costs.length > 0), `${p.id}: every step states a cost`);
    assert.ok(p.legalBasis.length > 0 && p.sources.length > 0, `${p.id}: legal basis and sources`);
  }
});

test('findCycle reports a prerequisite cycle and accepts a DAG', () => {
  assert.equal(findCycle([{ id: 'a', prerequisites: [] }, { id: 'b', prerequisites: ['a'] }]), null);
  assert.deepEqual(findCycle([{ id: 'a', prerequisites: ['c'] }, { id: 'b', prerequisites: ['a'] }, { id: 'c', prerequisites: ['b'] }]), ['a', 'c', 'b', 'a']);
});

test('validation names every broken reference', () => {
  const broken = structuredClone(seedCatalogue);
  broken.procedures[0]!.authority = 'no-such-authority';
  broken.sectors[0]!.scian = ['999999'];
  broken.procedures[1]!.title = { es: 'Solo español' } as never;
  try {
    validateCatalogue(broken, new Set(['111110']));
    assert.fail('expected an error');
  } catch (e) {
    assert.ok(e instanceof CatalogueError);
    const text = e.problems.join('\n');
    assert.match(text, /unknown authority no-such-authority/);
    assert.match(text, /999999 is not a SCIAN 2023 code/);
    assert.match(text, /title\.en/);
  }
});
