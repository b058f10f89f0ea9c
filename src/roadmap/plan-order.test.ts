/**
 * Issue 10, items 1, 2, 3 and 5: a plan respects every produced-document dependency, keeps
 * recommended work off the critical path and the required totals, never schedules two
 * alternatives, runs through the building permits when a facility is built, and counts whole
 * business days with calendar dates that skip weekends and LFT art. 74 rest days.
 * The property test draws a few hundred profiles from a seeded generator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { seedView } from '#tests/helpers/catalogue.ts';
import { dependenciesOf } from '#src/catalogue/dependencies.ts';
import { isBusinessDay } from '#src/calendar/business-days.ts';
import { buildPlan, type Plan } from './engine.ts';
import { ENTRIES, FACILITIES, Profile, RISKS, type ProfileInput } from './profile.ts';

const view = seedView();
const TODAY = '2026-12-03';
const plan = (p: ProfileInput): Plan => buildPlan(view, Profile.parse(p), TODAY);

const AUTO_PARTS_NL: ProfileInput = { scian: '336390', state: '19', foreignPct: 100, employees: 300, foreignStaff: 5, imports: true, exports: true, temporaryImports: true, facility: 'build' };
const SOFTWARE_CDMX: ProfileInput = { scian: '541510', state: '09', foreignPct: 100, employees: 10, foreignStaff: 2 };

/** Every invariant the issue asks of any plan. */
function assertSound(pl: Plan) {
  const at = new Map(pl.procedures.map((x) => [x.procedure.id, x]));
  for (const x of pl.procedures) {
    // No procedure starts before a procedure in the plan whose document (or completion) it needs —
    // unless that one is recommended and this one required (required work never waits for it).
    for (const d of dependenciesOf(x.procedure)) {
      const q = at.get(d.on);
      if (!q || (q.optional && !x.optional)) continue;
      assert.ok(x.start.min >= q.end.min && x.start.max >= q.end.max, `${x.procedure.id} starts before ${q.procedure.id} ends (${JSON.stringify(d.because)})`);
      assert.ok(x.startDate.latest >= q.endDate.latest, `${x.procedure.id} dated before ${q.procedure.id} ends`);
    }
    for (const n of [x.duration.min, x.duration.max, x.start.min, x.start.max, x.end.min, x.end.max]) assert.ok(Number.isInteger(n), `${x.procedure.id}: whole days (${n})`);
    for (const d of [x.startDate.earliest, x.startDate.latest, x.endDate.earliest, x.endDate.latest]) assert.ok(isBusinessDay(d), `${x.procedure.id}: ${d} is a business day`);
    assert.ok(x.endDate.latest >= x.startDate.latest && x.endDate.earliest >= x.startDate.earliest);
  }
  for (const id of pl.criticalPath) assert.ok(!at.get(id)!.optional, `${id}: recommended work is never critical`);
  const groups = new Map<string, string[]>();
  for (const x of pl.procedures) if (x.procedure.alternative) groups.set(x.procedure.alternative.group, [...(groups.get(x.procedure.alternative.group) ?? []), x.procedure.id]);
  for (const [g, ids] of groups) assert.equal(ids.length, 1, `alternatives of ${g} both scheduled: ${ids.join(', ')}`);
  const required = pl.procedures.filter((x) => !x.optional);
  const costMin = required.reduce((n, x) => n + x.cost.min, 0);
  assert.ok(Math.abs(costMin - pl.totals.costMXN.min) < 0.06, 'required total = sum of required procedures');
  const longest = Math.max(0, ...required.map((x) => x.end.max));
  assert.equal(pl.totals.durationDays.max, longest, 'the plan lasts as long as its required work');
  assert.ok(isBusinessDay(pl.startDate));
}

test('auto-parts plant in Nuevo León: the critical path runs through the building permits, not the trademark', () => {
  const pl = plan(AUTO_PARTS_NL);
  assertSound(pl);
  for (const id of ['mun-land-use', 'mun-construction-licence', 'mun-occupancy']) assert.ok(pl.criticalPath.includes(id), `${id} is critical: ${pl.criticalPath.join(' → ')}`);
  assert.ok(!pl.criticalPath.includes('impi-trademark'));
  const at = new Map(pl.procedures.map((x) => [x.procedure.id, x]));
  assert.equal(at.get('impi-trademark')?.optional, true, 'the trademark is recommended');
  // The operating licence waits for the land use and the occupancy it needs, and for the company's RFC.
  const licence = at.get('mun-operating-licence')!;
  for (const before of ['mun-land-use', 'mun-occupancy', 'sat-rfc-company', 'incorporation-deed']) {
    if (dependenciesOf(licence.procedure).some((d) => d.on === before)) assert.ok(licence.start.max >= at.get(before)!.end.max, before);
  }
  assert.ok(licence.start.max >= at.get('mun-occupancy')!.end.max, 'after the use-and-occupancy authorisation');
  assert.deepEqual(licence.insteadOf, ['mun-operating-licence-sare'], 'the fast track is mentioned, not scheduled');
  assert.equal(pl.assumptions.risk.value, 'medium-high');
  assert.equal(pl.assumptions.risk.derived, true);
});

test('software firm in Mexico City: the trademark is recommended, apart; totals count required work only', () => {
  const pl = plan(SOFTWARE_CDMX);
  assertSound(pl);
  const tm = pl.procedures.find((x) => x.procedure.id === 'impi-trademark')!;
  assert.equal(tm.optional, true);
  assert.ok(!pl.criticalPath.includes('impi-trademark'), 'never on the critical path');
  // assertSound shows the totals are the required work's alone, whatever the trademark lasts or costs.
  assert.ok(pl.totals.recommendedCostMXN.min >= tm.cost.min);
});

test('a low-risk activity gets the SARE fast track instead of the ordinary licence, never both', () => {
  const low = plan({ ...SOFTWARE_CDMX, risk: 'low' });
  const ids = low.procedures.map((x) => x.procedure.id);
  assert.ok(ids.includes('mun-operating-licence-sare') && !ids.includes('mun-operating-licence'));
  assert.deepEqual(low.procedures.find((x) => x.procedure.id === 'mun-operating-licence-sare')!.insteadOf, ['mun-operating-licence']);
  assert.equal(low.assumptions.risk.derived, false);
});

test('the start date is day 0 (moved to a business day); dates skip weekends and rest days', () => {
  const pl = plan({ ...SOFTWARE_CDMX, startDate: '2026-12-25' }); // Christmas, a Friday
  assert.equal(pl.startDate, '2026-12-28');
  const first = pl.procedures.find((x) => x.start.min === 0)!;
  assert.equal(first.startDate.earliest, '2026-12-28');
  assert.equal(plan(SOFTWARE_CDMX).startDate, '2026-12-04', 'by default: the next business day after today');
});

test('property: any profile gives a sound plan (300 seeded runs)', () => {
  const scian = fc.constantFrom('336390', '541510', '339112', '311812', '485510', '221111', '211110', '236211', '522110', '325412', '493111', '611111');
  const state = fc.integer({ min: 1, max: 32 }).map((n) => String(n).padStart(2, '0'));
  const profile = fc.record({
    scian,
    state,
    foreignPct: fc.integer({ min: 0, max: 100 }),
    entry: fc.constantFrom(...ENTRIES),
    employees: fc.integer({ min: 0, max: 2000 }),
    imports: fc.boolean(),
    exports: fc.boolean(),
    temporaryImports: fc.boolean(),
    facility: fc.constantFrom(...FACILITIES),
    restrictedZone: fc.boolean(),
    healthProducts: fc.boolean(),
    powerMW: fc.constantFrom(0, 0.5, 1, 50),
    federalEnvironmentalWorks: fc.boolean(),
    federalEmissionSource: fc.boolean(),
    waterUse: fc.boolean(),
    specialisedServices: fc.boolean(),
    risk: fc.constantFrom(...RISKS),
    startDate: fc.option(fc.date({ min: new Date('2026-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
  });
  fc.assert(
    fc.property(profile, (p) => assertSound(plan(p))),
    { numRuns: 300, seed: 20261203 },
  );
});
