/** Realistic investor profiles through the engine and the legal check, on the shipped catalogue. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { buildPlan, type Plan } from './engine.ts';
import { Profile, type ProfileInput } from './profile.ts';

const plan = (p: ProfileInput): Plan => buildPlan(seedView(), Profile.parse(p));
const ids = (pl: Plan) => pl.procedures.map((x) => x.procedure.id);

function assertConsistent(pl: Plan) {
  const pos = new Map(ids(pl).map((id, i) => [id, i]));
  for (const x of pl.procedures) for (const a of x.after) assert.ok(pos.get(a)! < pos.get(x.procedure.id)!, `${a} before ${x.procedure.id}`);
  const at = new Map(pl.procedures.map((x) => [x.procedure.id, x]));
  const cp = pl.criticalPath.reduce((n, id) => n + at.get(id)!.duration.max, 0);
  assert.ok(Math.abs(cp - pl.totals.durationDays.max) < 1e-6, 'critical path length = plan duration');
  // Optional procedures (OEA certification, trademark) are shown apart, outside the required totals.
  const costMin = pl.procedures.filter((x) => !x.optional).reduce((n, x) => n + x.cost.min, 0);
  assert.ok(Math.abs(costMin - pl.totals.costMXN.min) < 0.06, 'cost total = sum of the required procedures');
}

test('100 % foreign-owned medical-device maker exporting from Baja California', () => {
  const pl = plan({ scian: '339112', state: '02', foreignPct: 100, employees: 300, foreignStaff: 4, imports: true, exports: true, temporaryImports: true, facility: 'build', healthProducts: true, restrictedZone: true });
  assertConsistent(pl);
  for (const id of ['incorporation-deed', 'sat-rfc-company', 'rnie-registration', 'imss-employer-registration', 'inm-work-visa', 'se-immex', 'sat-importers-register', 'cofepris-sanitary-registration', 'mun-construction-licence', 'state-payroll-tax', 'sre-restricted-zone-notice']) {
    assert.ok(ids(pl).includes(id), id);
  }
  assert.equal(pl.foreignInvestment.status, 'allowed');
  assert.equal(pl.foreignInvestment.rnie.required, true);
  assert.ok(pl.obligations.some((p) => p.id === 'rnie-quarterly-notice'), 'recurring RNIE notice listed apart');
  assert.ok(!ids(pl).includes('cdmx-laudf'));
  assert.ok(ids(pl).indexOf('incorporation-deed') < ids(pl).indexOf('sat-rfc-company'));
  assert.ok(pl.documents.some((d) => d.producedBy === 'incorporation-deed' && d.inPlan));
});

test('Mexican-majority agro-food plant in Sinaloa', () => {
  const pl = plan({ scian: '311411', state: '25', foreignPct: 30, employees: 120, facility: 'build', waterUse: true, exports: true });
  assertConsistent(pl);
  assert.equal(pl.foreignInvestment.status, 'allowed');
  assert.ok(ids(pl).includes('conagua-water-concession'));
  assert.ok(ids(pl).includes('rnie-registration'), '30 % foreign still registers');
  assert.ok(!ids(pl).includes('se-immex'));
});

test('software company in Jalisco: offices only, no site permits to build', () => {
  const pl = plan({ scian: '513210', state: '14', foreignPct: 100, employees: 25, foreignStaff: 2 });
  assertConsistent(pl);
  assert.equal(pl.foreignInvestment.status, 'allowed');
  assert.ok(!ids(pl).includes('mun-construction-licence'));
  assert.ok(!ids(pl).includes('cofepris-sanitary-registration'));
  assert.ok(ids(pl).includes('inm-employer-certificate'));
});

test('solar plant ≥ 0.7 MW in Sonora', () => {
  const pl = plan({ scian: '221113', state: '26', foreignPct: 100, employees: 10, facility: 'build', powerMW: 30, federalEnvironmentalWorks: true });
  assertConsistent(pl);
  assert.ok(ids(pl).includes('cne-generation-permit'));
  assert.ok(ids(pl).includes('semarnat-mia'));
  assert.equal(pl.foreignInvestment.status, 'allowed');
  const small = plan({ scian: '221113', state: '26', powerMW: 0.5 });
  assert.ok(!ids(small).includes('cne-generation-permit'), 'below 0.7 MW no CNE permit');
});

test('acquisition of an auto-parts company above the art. 9 threshold needs the CNIE', () => {
  const pl = plan({ scian: '336390', state: '05', foreignPct: 80, entry: 'acquisition', acquisitionAssetsMXN: 30e9, employees: 900, imports: true, exports: true });
  assertConsistent(pl);
  assert.equal(pl.foreignInvestment.status, 'approval-required');
  assert.equal(pl.foreignInvestment.requiresCNIE, true);
  assert.ok(pl.foreignInvestment.articles.some((a) => a.article === '9'));
  assert.ok(ids(pl).includes('cnie-resolution'));
  assert.ok(!ids(pl).includes('incorporation-deed'), 'an acquisition does not incorporate a new company');
  const below = plan({ scian: '336390', state: '05', foreignPct: 80, entry: 'acquisition', acquisitionAssetsMXN: 1e9 });
  assert.equal(below.foreignInvestment.status, 'allowed');
  assert.ok(!ids(below).includes('cnie-resolution'));
});

test('newspaper printer with 60 % foreign capital is capped at 49 % (art. 7 III q)', () => {
  const pl = plan({ scian: '513112', state: '09', foreignPct: 60 });
  assertConsistent(pl);
  const f = pl.foreignInvestment;
  assert.equal(f.status, 'capped');
  assert.equal(f.maxForeignPct, 49);
  assert.equal(f.permitted, false);
  assert.equal(f.neutralInvestment.available, true);
  assert.ok(f.articles.some((a) => a.article === '7' && a.fraction?.includes('q)') && a.reformedOn === '1996-12-24'));
});

test('a foreign company branch in Nuevo León registers the branch, not a new company', () => {
  const pl = plan({ scian: '541510', state: '19', foreignPct: 100, entry: 'branch', employees: 12 });
  assertConsistent(pl);
  assert.ok(ids(pl).includes('se-foreign-branch-authorisation'));
  assert.ok(!ids(pl).includes('se-company-name'));
  assert.ok(ids(pl).indexOf('se-foreign-branch-authorisation') < ids(pl).indexOf('rpc-registration'));
});

test('domestic trucking with foreign capital is reserved to Mexicans (art. 6 I)', () => {
  const pl = plan({ scian: '484129', state: '11', foreignPct: 40 });
  assertConsistent(pl);
  assert.equal(pl.foreignInvestment.status, 'reserved-mexicans');
  assert.equal(pl.foreignInvestment.permitted, false);
  assert.equal(pl.foreignInvestment.neutralInvestment.available, true);
});

test('oil extraction is reserved to the State (art. 5 I); private education above 49 % needs the CNIE (art. 8 IV)', () => {
  assert.equal(plan({ scian: '211111', state: '27', foreignPct: 10 }).foreignInvestment.status, 'reserved-state');
  const school = plan({ scian: '611311', state: '21', foreignPct: 70 });
  assert.equal(school.foreignInvestment.status, 'approval-required');
  assert.ok(ids(school).includes('cnie-resolution'));
  assert.equal(plan({ scian: '611311', state: '21', foreignPct: 40 }).foreignInvestment.status, 'allowed');
});

test('the plan for a CDMX plant uses the CDMX environmental licence', () => {
  const pl = plan({ scian: '325412', state: '09', facility: 'build', healthProducts: true, employees: 50 });
  assertConsistent(pl);
  assert.ok(ids(pl).includes('cdmx-laudf'));
});
