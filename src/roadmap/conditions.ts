/** Evaluates a procedure's `appliesWhen` (data, not code) against a profile. */
import type { Condition } from '../catalogue/schema.ts';

export type Facts = Record<string, number | string | boolean>;

export function evaluate(c: Condition, facts: Facts, scian: string): boolean {
  if ('always' in c) return true;
  if ('all' in c) return c.all.every((x) => evaluate(x, facts, scian));
  if ('any' in c) return c.any.some((x) => evaluate(x, facts, scian));
  if ('not' in c) return !evaluate(c.not, facts, scian);
  if ('scianIn' in c) return c.scianIn.some((prefix) => scian.startsWith(prefix));
  const v = facts[c.fact];
  if (v === undefined) return false;
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'ne':
      return v !== c.value;
    case 'gt':
      return typeof v === 'number' && typeof c.value === 'number' && v > c.value;
    case 'gte':
      return typeof v === 'number' && typeof c.value === 'number' && v >= c.value;
    case 'lt':
      return typeof v === 'number' && typeof c.value === 'number' && v < c.value;
    case 'lte':
      return typeof v === 'number' && typeof c.value === 'number' && v <= c.value;
    case 'in':
      return (c.value as string[]).includes(String(v));
  }
}
