/** The structured form: values from a document, fields back onto it, cost rows added and removed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { applyFields, costRows, valuesOf } from './procedure-form.ts';

const lau = () => structuredClone(seedView().procedure('semarnat-lau')!) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test('unchanged values give back the same document', () => {
  const doc = lau();
  const v = valuesOf(doc, { es: 'a', en: 'b' }, 3);
  assert.equal(v.revision, '3');
  assert.equal(costRows(v, 0), doc.steps[0].costs.length + 1, 'one blank row to add a cost');
  const r = applyFields(doc, v);
  assert.deepEqual(r.errors, {});
  assert.deepEqual(r.doc, doc);
  assert.deepEqual(r.reason, { es: 'a', en: 'b' });
});

test('a new cost is added from the blank row; a removed one goes; errors map back to the form rows', () => {
  const doc = lau();
  doc.steps[0].costs = [{ kind: 'free' }, { kind: 'fixed', concept: { es: 'A', en: 'A' }, amountMXN: 5, legalBasis: [{ law: 'lfd' }] }];
  const v = valuesOf(doc, { es: '', en: '' }, null);
  v['steps.0.costs.0.remove'] = 'on';
  Object.assign(v, { 'steps.0.costs.2.kind': 'variable', 'steps.0.costs.2.concept.es': 'B', 'steps.0.costs.2.concept.en': 'B', 'steps.0.costs.2.formula.es': 'f', 'steps.0.costs.2.formula.en': 'f', 'steps.0.costs.2.minMXN': '1,000' });
  v['steps.0.costs.1.amountMXN'] = '7.5';
  const r = applyFields(doc, v);
  assert.deepEqual(r.doc.steps[0].costs, [
    { kind: 'fixed', concept: { es: 'A', en: 'A' }, amountMXN: 7.5, legalBasis: [{ law: 'lfd' }] },
    { kind: 'variable', concept: { es: 'B', en: 'B' }, formula: { es: 'f', en: 'f' }, minMXN: 1000, maxMXN: null },
  ]);
  assert.deepEqual(r.toField(['steps', 0, 'costs', 1, 'minMXN']), ['steps', 0, 'costs', 2, 'minMXN'], 'document row 1 is form row 2');
});

test('numbers are checked while reading the form', () => {
  const doc = lau();
  const v = valuesOf(doc, { es: '', en: '' }, null);
  v['steps.0.timeframe.waiting.min'] = 'soon';
  v['steps.0.costs.0.year'] = '2027.5';
  v['steps.0.timeframe.waiting.max'] = '';
  const r = applyFields(doc, v);
  assert.deepEqual(r.errors, { 'steps.0.timeframe.waiting.min': { key: 'number' }, 'steps.0.timeframe.waiting.max': { key: 'required' }, 'steps.0.costs.0.year': { key: 'integer' } });
});
