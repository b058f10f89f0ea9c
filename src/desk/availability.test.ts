/**
 * Who answers a chat (issue 12, items 2–3), on both databases: with nobody present a chat is an
 * offline case with a folio; an officer who sets "online" gets their state's chat at once, within
 * their capacity and languages, the next one queues and is given when a place frees; someone no
 * longer seen loses their chats to the queue; a waiting chat can be taken once; a case can be
 * transferred to a team (the visitor is told); the wait estimate is computed from real waits. The
 * staff socket: origin and session checked, live lines both ways with typing hints, another state's
 * chat not found, and access re-read on a live connection.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { WsClient } from '#tests/helpers/ws.ts';
import { SOCKET_PATH } from '#src/desk/chat-socket.ts';
import { STAFF_SOCKET_PATH } from '#src/desk/staff-socket.ts';
import { DESK_HOURS, isOpenIn } from '#src/calendar/business-hours.ts';
import { dispatchChats, waitEstimate } from '#src/desk/commands/availability.ts';
import { findCaseByFolio, listMessages } from '#src/desk/queries.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';

const CHAT = { topic: 'question', locale: 'en', state: '14', consent: true };
type Started = { id: string; token: string; status: string; queuePosition: number; mode: string; open: boolean; waitEstimate: unknown };

for (const target of dbTargets()) {
  describe(`chat availability and the staff socket (${target.name})`, () => {
    let t: TestApp;
    let base: string;
    let officer: StaffClient;
    let officerId: string;
    before(async () => {
      t = await buildTestApp(target, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000' } });
      base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
      officerId = (await seedAccount(t.db, { email: 'jal@example.org', roles: ['state-officer'], states: ['14'], locale: 'es' })).id;
      officer = new StaffClient(t.app);
      assert.equal((await officer.login('jal@example.org')).status, 303);
    });
    after(() => t.close());

    const start = async (body: object = CHAT): Promise<Started> => {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: body });
      assert.equal(r.statusCode, 201, r.body);
      assertMatchesSchema('ChatStarted', r.json());
      return r.json();
    };
    const caseOf = async (folio: string) => (await findCaseByFolio(t.db, folio))!;
    const online = async (who: StaffClient, fields: Record<string, string | string[]>) => {
      await who.get('/staff/desk/console');
      const r = await who.post('/staff/desk/console/presence', fields);
      assert.equal(r.status, 303, r.body.slice(0, 500));
    };
    const closeAll = async () => t.db.query(`UPDATE desk_case SET status = 'closed', closed_at = now() WHERE channel = 'chat'`);

    test('with nobody present the chat is offline: a case with a folio, waiting; no invented wait', async () => {
      const c = await start();
      assert.equal(c.mode, 'offline');
      assert.equal(c.open, false);
      assert.equal(c.status, 'received');
      assert.equal(c.waitEstimate, null);
      assert.equal((await caseOf(c.id)).details.mode, 'offline');
      await closeAll();
    });

    test('presence: bad answers are a 400 naming each field and change nothing; online, an officer gets their state’s chat within capacity and language', async () => {
      await officer.get('/staff/desk/console');
      const bad = await officer.post('/staff/desk/console/presence', { status: 'busy', maxChats: '0' });
      assert.equal(bad.status, 400);
      for (const s of ['Estado: elija una opción.', 'Chats simultáneos: un número entero de 1 a 10.', 'Idiomas: elija al menos uno.']) assert.ok(bad.body.includes(s), s);
      assert.equal((await t.db.query('SELECT 1 FROM desk_presence')).length, 0, 'nothing stored');

      await online(officer, { status: 'online', maxChats: '1', languages: ['es', 'en'] });
      const first = await start();
      assert.equal(first.status, 'assigned');
      assert.equal(first.mode, 'live');
      const c1 = await caseOf(first.id);
      assert.equal(c1.assigneeId, officerId);
      assert.match((await listMessages(t.db, c1.id, { includeInternal: false })).at(-1)!.body, /^jal is now handling your conversation\.$/);

      const second = await start();
      assert.equal(second.status, 'received', 'capacity 1: the second waits');
      assert.equal(second.queuePosition, 1);
      assert.equal(second.mode, isOpenIn(new Date(), DESK_HOURS) ? 'live' : 'offline', 'live only within the hours');
      const otherState = await start({ ...CHAT, state: '19' });
      assert.equal(otherState.status, 'received', 'another state’s officer never gets it');
      const console_ = (await officer.get('/staff/desk/console')).body;
      assert.ok(console_.includes(second.id) && !console_.includes(otherState.id), 'the console’s queue holds only the officer’s state’s chats');

      // A place frees: the waiting chat of the officer's state is given, the other state's is not.
      await officer.get(`/staff/desk/${first.id}`);
      assert.equal((await officer.post(`/staff/desk/${first.id}/close`, { resolution: 'Answered.' })).status, 303);
      await dispatchChats(t.db);
      assert.equal((await caseOf(second.id)).assigneeId, officerId);
      assert.equal((await caseOf(otherState.id)).assigneeId, null);
      await closeAll();
    });

    test('someone no longer seen loses their chats to the queue; a waiting chat is taken once; transfer to a team tells the visitor', async () => {
      await online(officer, { status: 'online', maxChats: '3', languages: ['en'] });
      const c = await start();
      assert.equal(c.status, 'assigned');
      // An open chat of another day (the visitor left without ending it) is not live: it stays with its person.
      const old = await start();
      await t.db.query(`UPDATE desk_case SET updated_at = now() - interval '2 hours' WHERE folio = $1`, [old.id]);
      await t.db.query(`UPDATE desk_presence SET seen_at = now() - interval '60 seconds' WHERE account_id = $1`, [officerId]);
      const r = await dispatchChats(t.db);
      assert.equal((await caseOf(old.id)).assigneeId, officerId);
      assert.deepEqual(r.released, [(await caseOf(c.id)).id]);
      const back = await caseOf(c.id);
      assert.equal(back.status, 'received');
      assert.equal(back.assigneeId, null);
      assert.match((await listMessages(t.db, back.id, { includeInternal: false })).at(-1)!.body, /back in the queue/);

      // Taken from the console; a second take by someone else is refused.
      await online(officer, { status: 'away', maxChats: '3', languages: ['en'] });
      await officer.get('/staff/desk/console');
      assert.equal((await officer.post(`/staff/desk/${c.id}/take`)).status, 303);
      assert.equal((await caseOf(c.id)).assigneeId, officerId);
      await seedAccount(t.db, { email: 'adv@example.org', roles: ['advisor'], locale: 'en' });
      const advisor = new StaffClient(t.app);
      await advisor.login('adv@example.org');
      await advisor.get('/staff/desk/console');
      assert.equal((await advisor.post(`/staff/desk/${c.id}/take`)).status, 409);

      // Transfer: an advisor may, an officer may not (no "assign" right).
      await t.db.query(`INSERT INTO desk_team (id, name_es, name_en) VALUES ('exports', 'Exportaciones', 'Exports')`);
      await officer.get(`/staff/desk/${c.id}`);
      assert.equal((await officer.post(`/staff/desk/${c.id}/transfer`, { team: 'exports' })).status, 403);
      await advisor.get(`/staff/desk/${c.id}`);
      assert.equal((await advisor.post(`/staff/desk/${c.id}/transfer`, { team: 'nope' })).status, 400);
      assert.equal((await advisor.post(`/staff/desk/${c.id}/transfer`, { team: 'exports' })).status, 303);
      const moved = await caseOf(c.id);
      assert.equal(moved.teamId, 'exports');
      assert.equal(moved.assigneeId, null);
      assert.equal(moved.status, 'received');
      assert.match((await listMessages(t.db, moved.id, { includeInternal: false })).at(-1)!.body, /transferred to: Exports\./);
      await closeAll();
    });

    test('the wait estimate is what recent live chats waited (median and 90th percentile), from 5 chats on', async () => {
      assert.equal(await waitEstimate(t.db), null);
      const waits = [60, 120, 180, 240, 600];
      for (const [i, w] of waits.entries()) {
        await t.db.query(
          `INSERT INTO desk_case (folio, kind, channel, status, locale, token_hash, first_response_due, first_response_at, created_at, details)
           VALUES ($1, 'question', 'chat', 'closed', 'en', $2, now(), now() - interval '1 hour' + make_interval(secs => $3), now() - interval '1 hour', '{"mode":"live"}'::jsonb)`,
          [`VU-2026-9${String(i).padStart(5, '0')}`, `estimate-${i}-${target.name}`, w],
        );
      }
      // Independently: the median of 5 is the 3rd; the 90th percentile interpolates between the 4th and 5th.
      const sorted = [...waits].sort((a, b) => a - b);
      const p90 = sorted[3]! + 0.6 * (sorted[4]! - sorted[3]!);
      assert.deepEqual(await waitEstimate(t.db), { p50Minutes: Math.ceil(sorted[2]! / 60), p90Minutes: Math.ceil(p90 / 60), chats: 5 });
    });

    test('a team’s own chat hours: set by an administrator (bad hours named), and out of them its chat is offline until they begin', async () => {
      const admin = await seedAccount(t.db, { email: 'admin@example.org', roles: ['admin'] });
      const a = new StaffClient(t.app);
      assert.equal((await a.login('admin@example.org', undefined, admin.totpSecret!)).status, 303);
      await a.get('/staff/desk/routing');
      assert.equal((await a.post('/staff/desk/routing/teams', { id: 'night', nameEs: 'Noche', nameEn: 'Night', retentionDays: '' })).status, 303);
      const bad = await a.post('/staff/desk/routing/hours', { hoursTeam: 'night', chatOpens: '20', chatCloses: '10' });
      assert.equal(bad.status, 400);
      for (const m of ['Cierra a las: una hora entera de 1 a 24, después de la apertura.', 'Días: elija al menos un día.']) assert.ok(bad.body.includes(m), m);
      assert.equal((await t.db.query('SELECT 1 FROM desk_team WHERE id = $1 AND chat_opens IS NOT NULL', ['night'])).length, 0, 'nothing stored');
      // An hour-long window that is not now (Mexico City is UTC−6 all year).
      const hourNow = (new Date().getUTCHours() + 18) % 24;
      const opens = hourNow + 2 <= 23 ? hourNow + 2 : hourNow + 2 - 24;
      const days = ['1', '2', '3', '4', '5', '6', '7'];
      assert.equal((await a.post('/staff/desk/routing/hours', { hoursTeam: 'night', chatOpens: String(opens), chatCloses: String(opens + 1), chatDays: days })).status, 303);
      assert.equal((await a.post('/staff/desk/routing/rules', { position: '1', kind: '', state: '05', scianPrefix: '', locale: '', team: 'night' })).status, 303);
      assert.ok((await a.get('/staff/desk/routing')).body.includes(`chat de ${opens}:00 a ${opens + 1}:00, lunes, martes`));
      const c = (await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { ...CHAT, state: '05' } })).json() as Started & { opensAt: string };
      assert.equal(c.mode, 'offline');
      const at = new Date(c.opensAt);
      assert.ok(at.getTime() > Date.now(), 'the hours begin later');
      assert.equal((at.getUTCHours() + 18) % 24, opens, 'at the team’s opening hour');
      assert.equal((await caseOf(c.id)).teamId, 'night');
    });

    test('staff socket: origin and session checked; live lines both ways with typing; another state’s chat is not found; access re-read', async () => {
      const cookie = `vt_staff=${officer.jar.get('vt_staff')}`;
      await assert.rejects(WsClient.open(`${base}${STAFF_SOCKET_PATH}`, 'https://evil.example', { cookie }), /HTTP 403/);
      await assert.rejects(WsClient.open(`${base}${STAFF_SOCKET_PATH}`, TEST_PUBLIC_URL), /HTTP 303/, 'no session: no socket');
      await online(officer, { status: 'online', maxChats: '3', languages: ['en', 'es'] });
      const c = await start();
      const visitor = await WsClient.open(`${base}${SOCKET_PATH}`, TEST_PUBLIC_URL);
      visitor.send({ type: 'hello', id: c.id, token: c.token, after: 0 });
      await visitor.next((f) => f.type === 'ready');
      const staff = await WsClient.open(`${base}${STAFF_SOCKET_PATH}`, TEST_PUBLIC_URL, { cookie });
      assert.equal((await staff.next((f) => f.type === 'ready')).presence!.status, 'online');
      staff.send({ type: 'watch', id: c.id, after: 0 });
      await staff.next((f) => f.type === 'message' && f.from === 'system'); // "jal is now handling…"

      visitor.send({ type: 'typing' });
      assert.equal((await staff.next((f) => f.type === 'typing')).from, 'investor');
      visitor.send({ type: 'send', clientId: 'visitor-line-001', body: 'Do I need a state licence?' });
      assert.equal((await staff.next((f) => f.type === 'message' && f.from === 'investor')).text, 'Do I need a state licence?');
      staff.send({ type: 'typing', id: c.id });
      await visitor.next((f) => f.type === 'typing' && f.from === 'staff');
      staff.send({ type: 'send', id: c.id, clientId: 'staff-line-0001', body: 'Yes: see the state environmental licence.' });
      const ack = await staff.next((f) => f.type === 'ack');
      staff.send({ type: 'send', id: c.id, clientId: 'staff-line-0001', body: 'Yes: see the state environmental licence.' });
      assert.equal((await staff.next((f) => f.type === 'ack' && f.replayed === true)).seq, ack.seq, 'a resend is stored once');
      assert.equal((await visitor.next((f) => f.type === 'message' && f.from === 'staff')).text, 'Yes: see the state environmental licence.');
      staff.send({ type: 'send', id: c.id, clientId: 'staff-line-0002', body: 'bad \u0000 byte' });
      assert.equal((await staff.next((f) => f.type === 'error' && f.clientId === 'staff-line-0002')).parameter, 'body');

      const other = await start({ ...CHAT, state: '19' });
      staff.send({ type: 'watch', id: other.id, after: 0 });
      assert.equal((await staff.next((f) => f.type === 'error' && f.id === other.id)).code, 'not_found');

      // The officer loses Jalisco: the next frame re-reads access and the chat is unwatched.
      await t.db.query('DELETE FROM staff_state_scope WHERE account_id = $1', [officerId]);
      staff.send({ type: 'ping' });
      assert.equal((await staff.next((f) => f.type === 'unwatched')).id, c.id);
      // Signed out: the connection closes.
      await officer.get('/staff/desk/console');
      await officer.post('/staff/logout');
      staff.send({ type: 'ping' });
      assert.equal((await staff.closed).code, 4401);
      visitor.ws.close();
    });
  });
}
