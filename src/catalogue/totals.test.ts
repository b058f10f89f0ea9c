import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costRange, procedureTotals, toBusinessDays } from './totals.ts';
import type { Step } from './schema.ts';

const step = (costs: Step['costs'], waiting: Step['timeframe']['waiting'], untilNextStep?: Step['timeframe']['untilNextStep']): Step => ({
  title: { es: 'x', en: 'x' },
  channel: { kind: 'online' },
  requirements: [],
  costs,
  timeframe: { waiting, tacitApproval: 'unknown', ...(untilNextStep ? { untilNextStep } : {}) },
  legalBasis: [],
});

test('cost ranges: free is zero, fixed is exact, variable may have an unknown maximum', () => {
  assert.deepEqual(costRange({ kind: 'free' }), { min: 0, max: 0 });
  assert.deepEqual(costRange({ kind: 'fixed', concept: { es: 'a', en: 'a' }, amountMXN: 2861 }), { min: 2861, max: 2861 });
  assert.deepEqual(costRange({ kind: 'variable', concept: { es: 'a', en: 'a' }, formula: { es: 'f', en: 'f' }, minMXN: null, maxMXN: null }), { min: 0, max: null });
});

test('durations convert to business days', () => {
  assert.equal(toBusinessDays(7, 'calendar-days'), 5);
  assert.equal(toBusinessDays(72, 'hours'), 9);
  assert.equal(toBusinessDays(3, 'business-days'), 3);
});

test('totals add every step, and an unknown maximum stays unknown', () => {
  const t = procedureTotals([
    step([{ kind: 'fixed', concept: { es: 'a', en: 'a' }, amountMXN: 100 }], { min: 1, max: 2, unit: 'business-days' }, { min: 7, max: 14, unit: 'calendar-days' }),
    step([{ kind: 'free' }], { min: 8, max: 16, unit: 'hours' }),
  ]);
  assert.deepEqual(t, { costMXN: { min: 100, max: 100 }, durationDays: { min: 7, max: 14 } });
  const u = procedureTotals([step([{ kind: 'variable', concept: { es: 'a', en: 'a' }, formula: { es: 'f', en: 'f' }, minMXN: 50, maxMXN: null }], { min: 1, max: 1, unit: 'business-days' })]);
  assert.deepEqual(u.costMXN, { min: 50, max: null });
});
