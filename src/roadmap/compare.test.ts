/** Compare states (issue 10, item 8): the API and the page, on the real app (PGlite), with and without errors. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';
import { seedView } from '#tests/helpers/catalogue.ts';
import { buildPlan } from './engine.ts';
import { Profile } from './profile.ts';
import { encodeRoadmapId } from './roadmap-id.ts';

const PROFILE = { scian: '336390', foreignPct: 100, employees: 300, facility: 'build', imports: true, temporaryImports: true, startDate: '2027-01-04' };
let t: TestApp;
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
});
after(() => t.close());

test('POST /api/v1/roadmaps/compare: one column per state, each the figures of that state’s own plan', async () => {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps/compare', payload: { profile: PROFILE, states: ['19', '14', '09'], lang: 'en' } });
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json();
  assertMatchesSchema('RoadmapComparison', body);
  assert.deepEqual(body.states.map((s: { state: string }) => s.state), ['19', '14', '09']);
  const view = seedView();
  for (const col of body.states) {
    // Computed independently: the plan of the same profile in that state.
    const plan = buildPlan(view, Profile.parse({ ...PROFILE, state: col.state }));
    assert.equal(col.procedures, plan.procedures.filter((x) => !x.optional).length, col.state);
    assert.deepEqual(col.durationDays, plan.totals.durationDays);
    assert.deepEqual(col.costMXN, plan.totals.costMXN);
    assert.equal(col.roadmapId, encodeRoadmapId(Profile.parse({ ...PROFILE, state: col.state })));
    assert.equal(col.payrollTax.ratePct, view.states.get(col.state)!.payrollTax.ratePct);
    assert.ok(col.url.endsWith(`/en/roadmap/${col.roadmapId}`));
  }
  // Mexico City has its own land-use certificate; the columns really differ by state.
  const cdmx = body.states.find((s: { state: string }) => s.state === '09');
  assert.ok(cdmx.criticalPath.length > 0);
});

test('compare refuses bad input with the field named and computes nothing', async () => {
  const cases: [unknown, string][] = [
    [{ profile: PROFILE, states: ['19'] }, 'states'],
    [{ profile: PROFILE, states: ['19', '19'] }, 'states'],
    [{ profile: PROFILE, states: ['19', '14', '09', '02', '05'] }, 'states'],
    [{ profile: PROFILE, states: ['19', '33'] }, 'states'],
    [{ profile: { ...PROFILE, foreignPct: 120 }, states: ['19', '14'] }, 'profile.foreignPct'],
    [{ profile: { ...PROFILE, scian: '999999' }, states: ['19', '14'] }, 'profile.scian'],
    [{ states: ['19', '14'] }, 'profile'],
    [{ profile: PROFILE, states: ['19', '14'], extra: 1 }, 'extra'],
  ];
  for (const [payload, field] of cases) {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps/compare', payload: payload as object });
    assert.equal(r.statusCode, 400, JSON.stringify(payload));
    assert.ok(r.json().error.fields.some((f: { field: string }) => f.field === field), `${JSON.stringify(payload)} → ${r.body}`);
  }
});

test('the compare page works without JavaScript in both languages, from the form on the plan page', async () => {
  const id = encodeRoadmapId(Profile.parse({ ...PROFILE, state: '19' }));
  const plan = await t.app.inject({ url: `/en/roadmap/${id}` });
  assert.ok(plan.body.includes('action="/en/roadmap/compare"'), 'the plan page carries the compare form');
  assert.ok(plan.body.includes(`name="id" value="${id}"`));
  const en = await t.app.inject({ url: `/en/roadmap/compare?id=${id}&states=14&states=&states=09` });
  assert.equal(en.statusCode, 200);
  for (const s of ['<h1>Compare states</h1>', '<th scope="col">Nuevo León</th>', '<th scope="col">Jalisco</th>', '<th scope="col">Ciudad de México</th>', 'Critical path (business days)', 'Payroll tax (ISN)', 'shortest']) assert.ok(en.body.includes(s), s);
  assert.ok(en.body.includes('hreflang="es" href="http') && en.body.includes(`/es/plan-de-inversion/comparar?id=${id}&amp;states=14&amp;states=09`), 'the language toggle keeps the comparison');
  const es = await t.app.inject({ url: `/es/plan-de-inversion/comparar?id=${id}&states=14` });
  assert.equal(es.statusCode, 200);
  assert.ok(es.body.includes('<h1>Comparar estados</h1>') && es.body.includes('Ruta crítica (días hábiles)'));
  const none = await t.app.inject({ url: `/es/plan-de-inversion/comparar?id=${id}` });
  assert.equal(none.statusCode, 400);
  assert.ok(none.body.includes('Estados deben ser de 2 a 4 estados distintos'));
  const bogus = await t.app.inject({ url: `/en/roadmap/compare?id=r1nope&states=14` });
  assert.equal(bogus.statusCode, 404);
});
