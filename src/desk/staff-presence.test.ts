/**
 * The staff socket's promise (docs/chat-protocol.md, "Staff socket": `ready` — "connected; the person
 * counts as present"), for someone who never used the console's presence form: an advisor answering
 * a chat from its case page takes it with the first line, and while the socket is open the
 * dispatcher must not hand the chat back to the queue telling the visitor "your advisor
 * disconnected". Both databases.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { WsClient } from '#tests/helpers/ws.ts';
import { SOCKET_PATH } from '#src/desk/chat-socket.ts';
import { STAFF_SOCKET_PATH } from '#src/desk/staff-socket.ts';
import { dispatchChats } from '#src/desk/commands/availability.ts';
import { findCaseByFolio } from '#src/desk/queries.ts';

for (const target of dbTargets()) {
  describe(`staff socket presence without the presence form (${target.name})`, () => {
    let t: TestApp;
    let base: string;
    before(async () => {
      t = await buildTestApp(target, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000' } });
      base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    });
    after(() => t.close());

    test('an advisor with the socket open keeps the chat they answered: the dispatcher does not release it', async () => {
      const advisorId = (await seedAccount(t.db, { email: 'answering@example.org', roles: ['advisor'], locale: 'en' })).id;
      const advisor = new StaffClient(t.app);
      assert.equal((await advisor.login('answering@example.org')).status, 303);
      const c = (await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'question', locale: 'en', consent: true } })).json() as { id: string; token: string };
      const visitor = await WsClient.open(`${base}${SOCKET_PATH}`, TEST_PUBLIC_URL);
      visitor.send({ type: 'hello', id: c.id, token: c.token, after: 0 });
      await visitor.next((f) => f.type === 'ready');
      const staff = await WsClient.open(`${base}${STAFF_SOCKET_PATH}`, TEST_PUBLIC_URL, { cookie: `vt_staff=${advisor.jar.get('vt_staff')}` });
      await staff.next((f) => f.type === 'ready');
      staff.send({ type: 'watch', id: c.id, after: 0 });
      staff.send({ type: 'send', id: c.id, clientId: 'answer-line-01', body: 'Hello, I can help with that.' });
      await staff.next((f) => f.type === 'ack');
      assert.equal((await findCaseByFolio(t.db, c.id))!.assigneeId, advisorId, 'the first line takes the chat');

      const r = await dispatchChats(t.db);
      assert.deepEqual(r.released, [], 'someone whose socket is open is present');
      assert.equal((await findCaseByFolio(t.db, c.id))!.assigneeId, advisorId);
      await new Promise((res) => setTimeout(res, 200));
      assert.deepEqual(visitor.messages().filter((f) => f.from === 'system').map((f) => f.text), [], 'the visitor is not told the advisor left');
      staff.ws.close();
      visitor.ws.close();
    });
  });
}
