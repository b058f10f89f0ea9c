/** The advisors' inbox on the real app: scope by role and state, reply with canned answer and citation, notes, transfer, close. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';

let t: TestApp;
const staff: Record<string, StaffClient> = {};
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
  const people = { advisor: ['advisor', []], jalisco: ['state-officer', ['14']], nl: ['state-officer', ['19']], editor: ['editor', []] } as const;
  for (const [who, [role, states]] of Object.entries(people)) {
    await seedAccount(t.db, { email: `${who}@example.org`, roles: [role], states: [...states], totp: false, locale: 'en' });
    staff[who] = new StaffClient(t.app);
    assert.equal((await staff[who]!.login(`${who}@example.org`)).status, 303);
  }
});
after(() => t.close());

/** An investor sends a request through the public form; returns the folio and tracking path. */
async function ask(kind: 'meeting' | 'question', fields: Record<string, string>) {
  const investor = new StaffClient(t.app);
  const path = kind === 'meeting' ? '/en/ask/meeting' : '/en/ask/question';
  await investor.get(path);
  const r = await investor.post(path, { key: `k-${Math.random().toString(36).slice(2)}`, name: 'Eva Investor', email: 'eva@example.org', message: 'We want to set up a plant, where do we start?', consent: 'yes', ...fields });
  assert.equal(r.status, 303, r.body);
  return { investor, folio: /VU-\d{4}-\d{6}/.exec(r.location!)![0], track: r.location! };
}

test('role scope: a state officer sees and answers only their state’s cases; an editor has no inbox; an advisor sees all', async () => {
  const jal = await ask('meeting', { state: '14' });
  const fed = await ask('question', {});
  const jalList = await staff.jalisco!.get('/staff/desk');
  assert.equal(jalList.status, 200);
  assert.ok(jalList.body.includes(jal.folio) && !jalList.body.includes(fed.folio));
  const nlList = await staff.nl!.get('/staff/desk');
  assert.ok(!nlList.body.includes(jal.folio) && !nlList.body.includes(fed.folio));
  assert.equal((await staff.nl!.get(`/staff/desk/${jal.folio}`)).status, 404, 'another state’s case: existence not revealed');
  assert.equal((await staff.nl!.get(`/staff/desk/${fed.folio}`)).status, 404, 'a federal case is not an officer’s');
  await staff.nl!.get('/staff/desk');
  assert.equal((await staff.nl!.post(`/staff/desk/${jal.folio}/reply`, { body: 'Hi' })).status, 404);
  assert.equal((await staff.nl!.post(`/staff/desk/${jal.folio}/note`, { note: 'x' })).status, 404);
  assert.equal((await staff.editor!.get('/staff/desk')).status, 403);
  assert.equal((await staff.editor!.get(`/staff/desk/${fed.folio}`)).status, 404);
  const all = await staff.advisor!.get('/staff/desk?status=all');
  assert.ok(all.body.includes(jal.folio) && all.body.includes(fed.folio));
  // The menu shows the inbox to those who have one.
  assert.ok(jalList.body.includes('href="/staff/desk"'));
  assert.ok(!(await staff.editor!.get('/staff')).body.includes('href="/staff/desk"'));
});

test('the officer answers with a canned answer citing a procedure; the investor sees it (not the note), replies; an advisor transfers and closes', async () => {
  const c = await ask('meeting', { state: '14', preferredDates: 'Mondays' });
  const page = await staff.jalisco!.get(`/staff/desk/${c.folio}`);
  for (const s of ['Mondays', 'eva@example.org', 'Jalisco', 'Canned answer']) assert.ok(page.body.includes(s), s);
  const empty = await staff.jalisco!.post(`/staff/desk/${c.folio}/reply`, { canned: '', cite: '', body: '' });
  assert.equal(empty.status, 400);
  assert.ok(empty.body.includes('Message: write the text or choose a canned answer.'));
  assert.equal((await staff.jalisco!.post(`/staff/desk/${c.folio}/note`, { note: 'Known investor, met in Guadalajara.' })).status, 303);
  await staff.jalisco!.get(`/staff/desk/${c.folio}`);
  const sent = await staff.jalisco!.post(`/staff/desk/${c.folio}/reply`, { canned: 'procedure', cite: 'mun-land-use', body: 'We can meet next Monday.' });
  assert.equal(sent.status, 303);
  const track = await c.investor.get(c.track.replace('&new=1', ''));
  assert.ok(track.body.includes('The requirements, costs, time limits and legal basis of this procedure are in its catalogue page:'));
  assert.ok(track.body.includes('http://ventanilla.test/en/procedures/'), 'the cited procedure’s public link');
  assert.ok(track.body.includes('Waiting for you'));
  assert.ok(!track.body.includes('Guadalajara'), 'internal note never shown');
  const mails = await t.db.query<{ body_text: string }>('SELECT body_text FROM mail_outbox WHERE subject = $1', [`Answer to your request ${c.folio}`]);
  assert.equal(mails.length, 1);
  assert.ok(mails[0]!.body_text.includes('We can meet next Monday.'));
  const replied = await c.investor.post(`/en/track/${c.folio}/reply`, { token: new URL(`http://x${c.track}`).searchParams.get('token')!, message: 'Monday at 10 works.' });
  assert.equal(replied.status, 303);
  // Only advisors transfer: the officer's page has no assign form; the advisor moves it and closes it.
  assert.ok(!(await staff.jalisco!.get(`/staff/desk/${c.folio}`)).body.includes(`/staff/desk/${c.folio}/assign`));
  const adv = await staff.advisor!.get(`/staff/desk/${c.folio}`);
  const [{ id: advisorId }] = await t.db.query<{ id: string }>(`SELECT id FROM staff_account WHERE email = 'advisor@example.org'`) as [{ id: string }];
  assert.ok(adv.body.includes(`<option value="${advisorId}"`), 'the advisor is offered');
  assert.equal((await staff.advisor!.post(`/staff/desk/${c.folio}/assign`, { assignee: '00000000-0000-4000-8000-000000000000' })).status, 400);
  await staff.advisor!.get(`/staff/desk/${c.folio}`);
  assert.equal((await staff.advisor!.post(`/staff/desk/${c.folio}/assign`, { assignee: advisorId })).status, 303);
  await staff.advisor!.get(`/staff/desk/${c.folio}`);
  assert.equal((await staff.advisor!.post(`/staff/desk/${c.folio}/close`, { resolution: 'Meeting held.' })).status, 303);
  const closed = await c.investor.get(c.track.replace('&new=1', ''));
  assert.ok(closed.body.includes('The desk closed the request: Meeting held.'));
  const actions = (await t.db.query<{ action: string }>(`SELECT action FROM audit_event WHERE entity_type = 'case' AND after->>'folio' = $1 ORDER BY id`, [c.folio])).map((r) => r.action);
  assert.deepEqual(actions, ['case.created', 'case.noted', 'case.replied', 'case.investor-replied', 'case.assigned', 'case.closed']);
});

test('overdue cases stand out and come first; the overdue filter keeps only them', async () => {
  const late = await ask('question', {});
  const fresh = await ask('question', {});
  await t.db.query(`UPDATE desk_case SET first_response_due = now() - interval '1 hour' WHERE folio = $1`, [late.folio]);
  const list = await staff.advisor!.get('/staff/desk');
  assert.ok(list.body.indexOf(late.folio) < list.body.indexOf(fresh.folio), 'overdue first');
  assert.match(list.body, new RegExp(`${late.folio}</a> <span class="tag critical-tag">Overdue</span>`));
  const only = await staff.advisor!.get('/staff/desk?overdue=1');
  assert.ok(only.body.includes(late.folio) && !only.body.includes(fresh.folio));
  assert.equal((await staff.advisor!.get('/staff/desk?status=bogus')).status, 200, 'a bad filter falls back, never a 5xx');
});

test('a chat is answered from the same inbox: marked as chat, scoped by state, the answer reaches the waiting visitor at once and sends no mail', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'question', locale: 'en', state: '14', consent: true, email: 'chat@example.org', name: 'Chat Visitor' } });
  assert.equal(started.statusCode, 201, started.body);
  const chat = started.json() as { id: string; token: string };
  const auth = { authorization: `Bearer ${chat.token}` };
  await t.app.inject({ method: 'POST', url: `/api/v1/chat/conversations/${chat.id}/messages`, payload: { clientId: 'inbox-chat-0001', body: 'Is there a payroll tax in Jalisco?' }, headers: auth });
  const list = await staff.jalisco!.get('/staff/desk');
  assert.ok(new RegExp(`${chat.id}</a> <span class="tag">Chat</span>`).test(list.body), 'marked as a chat in the list');
  assert.equal((await staff.nl!.get(`/staff/desk/${chat.id}`)).status, 404, 'another state’s chat is not revealed');
  const mailsBefore = (await t.db.query(`SELECT 1 FROM mail_outbox WHERE to_address = 'chat@example.org'`)).length;
  const waiting = t.app.inject({ url: `/api/v1/chat/conversations/${chat.id}/messages?after=1&wait=20`, headers: auth });
  await new Promise((r) => setTimeout(r, 300));
  const t0 = Date.now();
  await staff.jalisco!.get(`/staff/desk/${chat.id}`);
  const sent = await staff.jalisco!.post(`/staff/desk/${chat.id}/reply`, { canned: '', cite: '', body: 'Yes: see the payroll tax on the Jalisco page.' });
  assert.equal(sent.status, 303, sent.body);
  const got = (await waiting).json();
  assert.deepEqual(got.messages.map((m: { from: string; text: string }) => [m.from, m.text]), [['staff', 'Yes: see the payroll tax on the Jalisco page.']]);
  assert.ok(Date.now() - t0 < 5000, 'delivered while the visitor waited');
  assert.equal((await t.db.query(`SELECT 1 FROM mail_outbox WHERE to_address = 'chat@example.org'`)).length, mailsBefore, 'no mail per chat line');
});
