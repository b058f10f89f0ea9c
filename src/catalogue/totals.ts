/**
 * Totals of a procedure: cost in MXN and duration in business days, each a
 * [min, max] range. A cost whose maximum is unknown makes the total's maximum
 * unknown (null) rather than silently low.
 */
import type { Cost, Duration, Step } from './schema.ts';

export interface Range {
  min: number;
  max: number | null;
}

export function costRange(c: Cost): Range {
  switch (c.kind) {
    case 'free':
      return { min: 0, max: 0 };
    case 'fixed':
      return { min: c.amountMXN, max: c.amountMXN };
    case 'variable':
      return { min: c.minMXN ?? 0, max: c.maxMXN };
  }
}

/** Business days; calendar days count 5/7, hours count as 8-hour working days. */
export function toBusinessDays(value: number, unit: Duration['unit']): number {
  if (unit === 'business-days') return value;
  if (unit === 'calendar-days') return (value * 5) / 7;
  return value / 8;
}

const add = (a: Range, b: Range): Range => ({ min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max });
const round1 = (n: number) => Math.round(n * 10) / 10;

export function stepDuration(s: Step): Range {
  const d = (x: Duration | undefined): Range =>
    x ? { min: toBusinessDays(x.min, x.unit), max: toBusinessDays(x.max, x.unit) } : { min: 0, max: 0 };
  return add(d(s.timeframe.waiting), d(s.timeframe.untilNextStep));
}

export function stepCost(s: Step): Range {
  return s.costs.map(costRange).reduce(add, { min: 0, max: 0 });
}

export function procedureTotals(steps: Step[]): { costMXN: Range; durationDays: Range } {
  const zero: Range = { min: 0, max: 0 };
  const cost = steps.map(stepCost).reduce(add, zero);
  const time = steps.map(stepDuration).reduce(add, zero);
  return {
    costMXN: { min: round1(cost.min), max: cost.max === null ? null : round1(cost.max) },
    durationDays: { min: round1(time.min), max: time.max === null ? null : round1(time.max) },
  };
}
