/**
 * The questionnaire does not trap people (issue 13, item 4): a sector without an activity shows that
 * sector's activities to pick from; numbers are understood as typed ("100%", "1,000", "1.000" for
 * people in Spanish); switching language keeps the answers; the municipality typed is shown on the plan.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { decodeRoadmapId } from './roadmap-id.ts';
import { lenientNumber } from './profile.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
});
after(() => t.close());
const get = (url: string) => t.app.inject({ url });

test('a sector without an activity: the sector’s activities to choose from, in the page’s language, not a bare “required”', async () => {
  for (const [path, phrase] of [['/en/roadmap', 'choose your activity from the list'], ['/es/plan-de-inversion', 'elija su actividad en la lista']] as const) {
    const r = await get(`${path}?go=1&sector=automotive-auto-parts&state=19`);
    assert.equal(r.statusCode, 400);
    assert.ok(r.body.includes(phrase), `${path}: ${phrase}`);
    assert.match(r.body, /type="radio" name="scian" value="336390"/, 'the sector’s classes are offered');
  }
});

test('numbers as people type them', async () => {
  const r = await get('/en/roadmap?go=1&scian=336390&state=19&foreignPct=100%25&employees=1%2C000&foreignStaff=5&projectUSD=%242%2C500%2C000');
  assert.equal(r.statusCode, 303, r.body.slice(0, 300));
  const p = decodeRoadmapId(r.headers.location!.split('/').pop()!)!;
  assert.equal(p.foreignPct, 100);
  assert.equal(p.employees, 1000);
  assert.equal(p.projectUSD, 2_500_000);
  const es = await get('/es/plan-de-inversion?go=1&scian=336390&state=19&foreignPct=49%2C5&employees=1.000');
  assert.equal(es.statusCode, 303);
  const q = decodeRoadmapId(es.headers.location!.split('/').pop()!)!;
  assert.equal(q.foreignPct, 49.5);
  assert.equal(q.employees, 1000);
  const bad = await get('/en/roadmap?go=1&scian=336390&state=19&employees=about%20ten');
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('must be a number'));
  assert.equal(lenientNumber('0.5'), '0.5', 'a dot is a decimal point outside whole-number fields');
  assert.equal(lenientNumber('1.000', true), '1000');
});

test('switching language keeps the answers; the municipality is on the plan', async () => {
  const r = await get('/en/roadmap?scian=336390&state=19&municipality=Apodaca&foreignPct=100');
  const toggle = /<a class="lang-toggle" href="([^"]+)"/.exec(r.body)![1]!.replace(/&amp;/g, '&');
  const u = new URL(toggle, 'http://x');
  assert.equal(u.pathname, '/es/plan-de-inversion');
  assert.equal(u.searchParams.get('municipality'), 'Apodaca');
  assert.equal(u.searchParams.get('scian'), '336390');
  assert.equal(u.searchParams.get('foreignPct'), '100');
  const es = await get(toggle);
  assert.match(es.body, /id="q-municipality" name="municipality" type="text" value="Apodaca"/, 'the Spanish form is filled in');
  const go = await get('/en/roadmap?go=1&scian=336390&state=19&municipality=Apodaca');
  const plan = await get(go.headers.location!);
  assert.ok(plan.body.includes('Apodaca, Nuevo León'));
});
