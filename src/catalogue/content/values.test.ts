import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uma, umaRange, UMA_2026 } from './values.ts';
import { Cost } from '../schema.ts';

test('UMA amounts are computed from the 2026 value and the formula says so', () => {
  assert.equal(UMA_2026, 117.31);
  assert.equal(uma(30), 3519.3);
  const c = Cost.parse(umaRange({ es: 'Multa', en: 'Fine' }, 30, 100, [{ law: 'lie', article: '38' }]));
  assert.equal(c.kind, 'variable');
  if (c.kind !== 'variable') return;
  assert.equal(c.minMXN, 3519.3);
  assert.equal(c.maxMXN, 11731);
  assert.match(c.formula.en, /30 to 100 UMA × MXN 117\.31 \(2026 UMA\) = MXN 3,519\.30 to 11,731\.00/);
  assert.match(c.formula.es, /UMA 2026/);
});
