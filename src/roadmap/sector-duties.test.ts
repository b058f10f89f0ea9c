/**
 * Sector duties the December 2026 audit corrected, through the engine on the shipped catalogue:
 * a medical-device plant files the COFEPRIS operating notice (LGS 200 Bis) and never the
 * health licence, which only medicine plants need (LGS 198 fr. II); a plant of 0.7 MW or more
 * meets the SENER social-impact authorisation and the grid interconnection besides the CNE permit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { buildPlan, type Plan } from './engine.ts';
import { Profile, type ProfileInput } from './profile.ts';

const plan = (p: ProfileInput): Plan => buildPlan(seedView(), Profile.parse(p));
const ids = (pl: Plan) => pl.procedures.map((x) => x.procedure.id);

test('a medical-device plant files the operating notice, appoints its responsable sanitario and certifies NOM-241, with no health licence', () => {
  const pl = ids(plan({ scian: '339112', state: '19', foreignPct: 100, employees: 200, facility: 'build', healthProducts: true }));
  for (const id of ['cofepris-operating-notice', 'cofepris-responsible-person-notice', 'cofepris-gmp-certificate', 'cofepris-sanitary-registration']) assert.ok(pl.includes(id), id);
  assert.ok(!pl.includes('cofepris-sanitary-licence'), 'device manufacturing is not in LGS art. 198');
});

test('a medicine plant needs the health licence and not the operating notice', () => {
  const pl = ids(plan({ scian: '325412', state: '15', foreignPct: 100, employees: 150, facility: 'build', healthProducts: true }));
  assert.ok(pl.includes('cofepris-sanitary-licence'));
  assert.ok(!pl.includes('cofepris-operating-notice'));
  assert.ok(!pl.includes('cofepris-gmp-certificate'), 'NOM-241 is the device standard');
  assert.ok(pl.includes('cofepris-medicine-registration'));
  assert.ok(!pl.includes('cofepris-sanitary-registration'), 'the device registration has other fees and times');
});

test('a 30 MW solar plant meets the SENER social-impact authorisation and the grid interconnection; a 0.5 MW one meets neither', () => {
  const big = ids(plan({ scian: '221113', state: '26', foreignPct: 100, employees: 10, facility: 'build', powerMW: 30 }));
  for (const id of ['cne-generation-permit', 'sener-social-impact', 'grid-interconnection-contract']) assert.ok(big.includes(id), id);
  const small = ids(plan({ scian: '221113', state: '26', powerMW: 0.5 }));
  for (const id of ['cne-generation-permit', 'sener-social-impact', 'grid-interconnection-contract']) assert.ok(!small.includes(id), id);
});

test('a plant being built meets the water connection and signage permit, with property tax as a yearly obligation; an office tenant meets none', () => {
  const built = plan({ scian: '336390', state: '05', foreignPct: 100, employees: 300, facility: 'build' });
  for (const id of ['mun-water-sewer-connection', 'mun-signage-permit']) assert.ok(ids(built).includes(id), id);
  assert.ok(built.obligations.some((p) => p.id === 'mun-property-tax'), 'predial is recurring, listed apart');
  const tenant = plan({ scian: '513210', state: '14', foreignPct: 100, employees: 25 });
  for (const id of ['mun-water-sewer-connection', 'mun-signage-permit']) assert.ok(!ids(tenant).includes(id), id);
  assert.ok(!tenant.obligations.some((p) => p.id === 'mun-property-tax'));
});
