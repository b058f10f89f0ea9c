/**
 * The chat's WebSocket (docs/chat-protocol.md), on a listening server, both databases: hello with
 * the token, messages acknowledged after they are stored and pushed to the sender numbered; a
 * connection dropped mid-conversation resumes from the last number with nothing lost or repeated,
 * both ways (the visitor resends what was not acknowledged: stored once); another origin, a wrong
 * token and a flood are refused.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { postChatMessage } from '#src/desk/commands/chat.ts';
import { findCaseByFolio } from '#src/desk/queries.ts';
import { CLOSE, SOCKET_PATH } from '#src/desk/chat-socket.ts';
import { WsClient as Client } from '#tests/helpers/ws.ts';

for (const target of dbTargets()) {
  describe(`chat WebSocket (${target.name})`, () => {
    let t: TestApp;
    let url: string;
    before(async () => {
      t = await buildTestApp(target, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000' } });
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      url = `${address.replace('http', 'ws')}${SOCKET_PATH}`;
    });
    after(() => t.close());
    const start = async () => (await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'question', locale: 'es', consent: true } })).json() as { id: string; token: string };
    const caseId = async (folio: string) => (await findCaseByFolio(t.db, folio))!.id;

    test('hello, send, acknowledged and pushed back numbered; an answer from the desk is pushed', async () => {
      const c = await start();
      const v = await Client.open(url, TEST_PUBLIC_URL);
      v.send({ type: 'hello', id: c.id, token: c.token, after: 0 });
      assert.equal((await v.next((f) => f.type === 'ready')).status, 'received');
      v.send({ type: 'send', clientId: 'sock-msg-0001', body: 'Hola, ¿qué trámites necesito?' });
      const ack = await v.next((f) => f.type === 'ack');
      assert.equal(ack.seq, 1);
      assert.equal(ack.replayed, false);
      const own = await v.next((f) => f.type === 'message' && f.seq === 1);
      assert.equal(own.clientId, 'sock-msg-0001', 'the sender sees its own message, numbered');
      await postChatMessage(t.db, await caseId(c.id), { authorKind: 'staff', authorId: null, clientId: 'desk-msg-0001', body: 'Buenos días, le ayudo.' });
      const answer = await v.next((f) => f.type === 'message' && f.seq === 2);
      assert.equal(answer.from, 'staff');
      v.ws.close();
    });

    test('a connection dropped mid-conversation resumes: nothing lost, nothing repeated, both ways', async () => {
      const c = await start();
      const id = await caseId(c.id);
      const a = await Client.open(url);
      a.send({ type: 'hello', id: c.id, token: c.token });
      await a.next((f) => f.type === 'ready');
      a.send({ type: 'send', clientId: 'drop-msg-0001', body: 'first' });
      await a.next((f) => f.type === 'message' && f.seq === 1);
      // The visitor sends a second message and the connection drops before the acknowledgement is read.
      a.send({ type: 'send', clientId: 'drop-msg-0002', body: 'second' });
      a.ws.terminate();
      await a.closed;
      // Meanwhile the desk answers twice.
      await postChatMessage(t.db, id, { authorKind: 'staff', authorId: null, clientId: 'drop-desk-0001', body: 'answer one' });
      await postChatMessage(t.db, id, { authorKind: 'staff', authorId: null, clientId: 'drop-desk-0002', body: 'answer two' });
      // Reconnect from the last number shown (1) and resend what was not acknowledged.
      const b = await Client.open(url);
      b.send({ type: 'hello', id: c.id, token: c.token, after: 1 });
      await b.next((f) => f.type === 'ready');
      b.send({ type: 'send', clientId: 'drop-msg-0002', body: 'second' });
      await b.next((f) => f.type === 'ack' && f.clientId === 'drop-msg-0002');
      await new Promise((r) => setTimeout(r, 300));
      const seen = b.messages().map((f) => f.text);
      assert.equal(new Set(b.messages().map((f) => f.seq)).size, seen.length, 'no number twice');
      assert.deepEqual([...seen].sort(), ['answer one', 'answer two', 'second'], 'everything after 1, once');
      const seqs = b.messages().map((f) => f.seq!);
      assert.deepEqual(seqs, [...seqs].sort((x, y) => x - y), 'in order');
      const stored = await t.db.query<{ body: string }>('SELECT body FROM desk_message WHERE case_id = $1 ORDER BY seq', [id]);
      assert.equal(stored.filter((m) => m.body === 'second').length, 1, 'the resent message is stored once');
      b.ws.close();
    });

    test('a burst sent right behind the hello (a reconnecting client resending) is taken, numbered in the order sent', async () => {
      const c = await start();
      const v = await Client.open(url);
      const burst = Array.from({ length: 15 }, (_, i) => `order-msg-${String(i).padStart(4, '0')}`);
      v.send({ type: 'hello', id: c.id, token: c.token, after: 0 });
      for (const [i, clientId] of burst.entries()) v.send({ type: 'send', clientId, body: `line ${i}` });
      await v.next((f) => f.type === 'ack' && f.clientId === burst.at(-1), 10_000);
      const acks = v.frames.filter((f) => f.type === 'ack');
      assert.deepEqual(acks.map((f) => f.clientId), burst, 'acknowledged in the order sent');
      assert.deepEqual(acks.map((f) => f.seq), burst.map((_, i) => i + 1), 'numbered in the order sent');
      v.ws.close();
    });

    test('refused: another origin, a wrong token, a frame before hello, bad text; a flood is cut off', async () => {
      await assert.rejects(Client.open(url, 'https://evil.example'), /HTTP 403/);
      const c = await start();
      const w = await Client.open(url);
      w.send({ type: 'hello', id: c.id, token: 'not-the-token' });
      assert.equal((await w.closed).code, CLOSE.unauthorised);
      const early = await Client.open(url);
      early.send({ type: 'send', clientId: 'early-msg-01', body: 'hi' });
      assert.equal((await early.closed).code, CLOSE.unauthorised);
      const v = await Client.open(url);
      v.send({ type: 'hello', id: c.id, token: c.token });
      await v.next((f) => f.type === 'ready');
      v.send({ type: 'send', clientId: 'bad-msg-0001', body: 'nul \u0000' });
      assert.equal((await v.next((f) => f.type === 'error')).parameter, 'body');
      for (let i = 0; i < 25; i++) v.send({ type: 'send', clientId: `flood-msg-${String(i).padStart(4, '0')}`, body: `flood ${i}` });
      assert.equal((await v.closed).code, CLOSE.tooFast);
      const stored = await t.db.query<{ n: string }>('SELECT count(*) AS n FROM desk_message WHERE case_id = $1', [await caseId(c.id)]);
      assert.ok(Number(stored[0]!.n) <= 20, `at most the allowance stored: ${stored[0]!.n}`);
    });
  });
}

// The per-address allowance (all of an address's sockets together) does not depend on the database.
describe('chat WebSocket: per-address limit', () => {
  let t: TestApp;
  let url: string;
  before(async () => {
    t = await buildTestApp(dbTargets()[0]!, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000', CHAT_MESSAGES_PER_MINUTE_PER_ADDRESS: '12' } });
    url = `${(await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}${SOCKET_PATH}`;
  });
  after(() => t.close());

  test('many sockets from one address share one allowance: the message over it closes the socket, unstored', async () => {
    const c = (await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'question', locale: 'es', consent: true } })).json() as { id: string; token: string };
    const sockets: Client[] = [];
    let acked = 0;
    for (let s = 0; s < 3; s++) {
      const v = await Client.open(url, TEST_PUBLIC_URL);
      v.send({ type: 'hello', id: c.id, token: c.token });
      await v.next((f) => f.type === 'ready');
      sockets.push(v);
      for (let i = 0; i < 4; i++) {
        v.send({ type: 'send', clientId: `addr-${s}-msg-${i}000`, body: `socket ${s} message ${i}` });
        await v.next((f) => f.type === 'ack' && f.clientId === `addr-${s}-msg-${i}000`);
        acked++;
      }
    }
    assert.equal(acked, 12, 'each socket stayed far under its own 20 per 10 s');
    const last = await Client.open(url, TEST_PUBLIC_URL);
    last.send({ type: 'hello', id: c.id, token: c.token });
    await last.next((f) => f.type === 'ready');
    last.send({ type: 'send', clientId: 'addr-over-msg-0', body: 'one too many' });
    assert.equal((await last.closed).code, CLOSE.tooFast);
    const stored = await t.db.query<{ n: string }>("SELECT count(*) AS n FROM desk_message WHERE body = 'one too many'");
    assert.equal(Number(stored[0]!.n), 0);
    for (const s of sockets) s.ws.close();
  });
});
