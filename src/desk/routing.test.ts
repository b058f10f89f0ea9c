/** Routing rules and teams as data: an administrator edits them; cases follow them; team cases stay within the team. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';

let t: TestApp;
const c: Record<string, StaffClient> = {};
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
  for (const [who, roles] of [['admin', ['admin']], ['ana', ['advisor']], ['ben', ['advisor']], ['oscar', ['state-officer']]] as const) {
    const a = await seedAccount(t.db, { email: `${who}@example.org`, roles: [...roles], states: who === 'oscar' ? ['26'] : [], locale: 'en' });
    c[who] = new StaffClient(t.app);
    assert.equal((await c[who]!.login(`${who}@example.org`, undefined, a.totpSecret ?? undefined)).status, 303);
  }
});
after(() => t.close());

async function ask(fields: Record<string, string>) {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/requests', payload: { service_code: 'orientation', consent: true, name: 'Iris', email: 'iris@example.org', message: 'We plan a 30 MW solar park in Sonora.', locale: 'en', ...fields } });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().folio as string;
}

test('only an administrator edits routing; bad input is named; a rule sends matching cases to its team, whose members alone (with the state’s officers) read them', async () => {
  assert.equal((await c.ana!.get('/staff/desk/routing')).status, 403);
  const page = await c.admin!.get('/staff/desk/routing');
  assert.equal(page.status, 200);
  assert.ok(page.body.includes('No rules: routing by state and the general queue apply.'));
  const bad = await c.admin!.post('/staff/desk/routing/teams', { id: 'Energy Team', nameEs: '', nameEn: 'Energy' });
  assert.equal(bad.status, 400);
  assert.ok(bad.body.includes('Identifier: use lower case letters, digits and hyphens.') && bad.body.includes('Name in Spanish: is required.'));
  await c.admin!.get('/staff/desk/routing');
  const shortRetention = await c.admin!.post('/staff/desk/routing/teams', { id: 'energy', nameEs: 'Energía', nameEn: 'Energy', retentionDays: '7' });
  assert.equal(shortRetention.status, 400);
  assert.ok(shortRetention.body.includes('Retention: a whole number of days from 30 to 3650, or empty.'));
  await c.admin!.get('/staff/desk/routing');
  assert.equal((await c.admin!.post('/staff/desk/routing/teams', { id: 'energy', nameEs: 'Energía', nameEn: 'Energy', retentionDays: '90' })).status, 303);
  assert.ok((await c.admin!.get('/staff/desk/routing')).body.includes('personal data kept 90 days after closing'));
  await c.admin!.get('/staff/desk/routing');
  assert.equal((await c.admin!.post('/staff/desk/routing/teams', { id: 'energy', nameEs: 'Otra', nameEn: 'Other' })).status, 409);
  await c.admin!.get('/staff/desk/routing');
  const notAdvisor = await c.admin!.post('/staff/desk/routing/members', { memberTeam: 'energy', email: 'oscar@example.org' });
  assert.equal(notAdvisor.status, 400);
  assert.ok(notAdvisor.body.includes('E-mail: must be an active advisor’s.'));
  await c.admin!.get('/staff/desk/routing');
  assert.equal((await c.admin!.post('/staff/desk/routing/members', { memberTeam: 'energy', email: 'ana@example.org' })).status, 303);
  await c.admin!.get('/staff/desk/routing');
  const badRule = await c.admin!.post('/staff/desk/routing/rules', { position: 'first', scianPrefix: '2', team: 'energy' });
  assert.equal(badRule.status, 400);
  assert.ok(badRule.body.includes('Order: a whole number from 1 to 10000.') && badRule.body.includes('Sector: 2 to 6 digits.'));
  await c.admin!.get('/staff/desk/routing');
  assert.equal((await c.admin!.post('/staff/desk/routing/rules', { position: '10', scianPrefix: '2211', team: 'energy' })).status, 303);
  const actions = (await t.db.query<{ action: string }>(`SELECT action FROM audit_event WHERE entity_type = 'desk-routing' ORDER BY id`)).map((r) => r.action);
  assert.deepEqual(actions, ['desk-routing.team-created', 'desk-routing.member-added', 'desk-routing.rule-added']);

  const solar = await ask({ scian: '221113', state: '26' });
  const other = await ask({ scian: '336390' });
  const [row] = await t.db.query<{ team_id: string; assignee: string }>(`SELECT c.team_id, a.email AS assignee FROM desk_case c JOIN staff_account a ON a.id = c.assignee_id WHERE folio = $1`, [solar]);
  assert.deepEqual(row, { team_id: 'energy', assignee: 'ana@example.org' });
  assert.equal((await c.ana!.get(`/staff/desk/${solar}`)).status, 200, 'a team member reads it');
  assert.equal((await c.oscar!.get(`/staff/desk/${solar}`)).status, 200, 'the Sonora officer reads a case of their state');
  assert.equal((await c.ben!.get(`/staff/desk/${solar}`)).status, 404, 'an advisor outside the team cannot read it by id');
  assert.ok(!(await c.ben!.get('/staff/desk')).body.includes(solar));
  assert.ok((await c.ben!.get('/staff/desk')).body.includes(other), 'the general queue is every advisor’s');
  await c.ben!.get('/staff/desk');
  assert.equal((await c.ben!.post(`/staff/desk/${solar}/reply`, { body: 'Hello' })).status, 404);

  // Deleting the rule: new cases go back to the general queue.
  const ruleId = /\/staff\/desk\/routing\/rules\/([0-9a-f-]{36})\/delete/.exec((await c.admin!.get('/staff/desk/routing')).body)![1]!;
  assert.equal((await c.admin!.post(`/staff/desk/routing/rules/${ruleId}/delete`)).status, 303);
  const after = await ask({ scian: '221113' });
  const [r2] = await t.db.query<{ team_id: string | null }>('SELECT team_id FROM desk_case WHERE folio = $1', [after]);
  assert.equal(r2!.team_id, null);
});
