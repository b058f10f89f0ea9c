/**
 * Chat over the desk's conversation model (issue 12, slice 1), on both databases: a conversation is
 * a case with a folio and a queue position; a message is stored once per client id and numbered by
 * the case; a client resumes from the last number it saw; a read waits for the next message and is
 * woken by one stored through another connection (another process, on PostgreSQL); the visitor
 * token opens only its own conversation; bad input is a 400 naming the field and writes nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';
import { openPostgres } from '#src/db/postgres.ts';
import { ClientIdReusedError, postChatMessage } from '#src/desk/commands/chat.ts';
import { findCaseByFolio, insertMessage } from '#src/desk/queries.ts';

const START = { topic: 'question', locale: 'en', state: '19', consent: true };

for (const target of dbTargets()) {
  describe(`chat API (${target.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000' } });
    });
    after(() => t.close());
    const start = async (body: object = START) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: body });
      assert.equal(r.statusCode, 201, r.body);
      assertMatchesSchema('ChatStarted', r.json());
      return r.json() as { id: string; token: string; status: string; queuePosition: number; trackingUrl: string };
    };
    const send = (c: { id: string; token: string }, payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/v1/chat/conversations/${c.id}/messages`, payload, headers: { authorization: `Bearer ${c.token}` } });
    const read = (c: { id: string; token: string }, query = '') =>
      t.app.inject({ url: `/api/v1/chat/conversations/${c.id}/messages${query}`, headers: { authorization: `Bearer ${c.token}` } });
    const caseId = async (folio: string) => (await findCaseByFolio(t.db, folio))!.id;

    test('a conversation is a case with a folio, waiting in a queue in the order it came', async () => {
      const a = await start();
      const b = await start({ ...START, email: 'visitor@example.org' });
      assert.match(a.id, /^VU-\d{4}-\d{6}$/);
      assert.equal(a.status, 'received', 'nobody on duty in this database: it waits');
      assert.equal(b.queuePosition, a.queuePosition + 1);
      const c = (await findCaseByFolio(t.db, a.id))!;
      assert.equal(c.channel, 'chat');
      assert.equal(c.stateCode, '19');
      assert.ok(a.trackingUrl.includes(a.id), 'the tracking page follows it like any case');
    });

    test('a message is stored once per client id, numbered in order; a resend returns the stored one', async () => {
      const c = await start();
      const first = await send(c, { clientId: 'client-msg-0001', body: 'Hello, I plan a plant in Apodaca.' });
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.json().seq, 1);
      assertMatchesSchema('ChatMessageStored', first.json());
      const again = await send(c, { clientId: 'client-msg-0001', body: 'Hello, I plan a plant in Apodaca.' });
      assert.equal(again.statusCode, 200);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(again.json().seq, 1);
      const second = await send(c, { clientId: 'client-msg-0002', body: 'Which permits come first?' });
      assert.equal(second.json().seq, 2);
      const reused = await send(c, { clientId: 'client-msg-0001', body: 'Something else' });
      assert.equal(reused.statusCode, 409);
      assert.equal(reused.json().error.parameter, 'clientId');
      const rows = await t.db.query<{ n: string }>('SELECT count(*) AS n FROM desk_message WHERE case_id = $1', [await caseId(c.id)]);
      assert.equal(Number(rows[0]!.n), 2, 'each message stored once');
    });

    test('copies of one line sent at the same time: stored once, every copy acknowledged with its number, no number skipped', async () => {
      const c = await start();
      const id = await caseId(c.id);
      // On PostgreSQL the pool runs these at once, on several connections: the copies race for the case row.
      const line = (clientId: string, body: string) => postChatMessage(t.db, id, { authorKind: 'investor', authorId: null, clientId, body });
      const results = await Promise.all([
        ...Array.from({ length: 6 }, () => line('race-msg-0001', 'The same line, sent six times.')),
        line('race-msg-0002', 'Another line.'),
        line('race-msg-0003', 'A third line.'),
        ...Array.from({ length: 3 }, () => line('race-msg-0002', 'Another line.')),
      ]);
      const seqOf = (clientId: string) => new Set(results.filter((r) => r.clientId === clientId).map((r) => r.seq));
      for (const k of ['race-msg-0001', 'race-msg-0002', 'race-msg-0003']) assert.equal(seqOf(k).size, 1, `${k}: every copy acknowledged with one number`);
      assert.equal(results.filter((r) => !r.replayed).length, 3, 'three lines written; every other copy is a replay');
      const rows = await t.db.query<{ seq: number; client_id: string }>('SELECT seq, client_id FROM desk_message WHERE case_id = $1 ORDER BY seq', [id]);
      assert.deepEqual(rows.map((r) => r.seq), [1, 2, 3], 'stored once each, numbered without a gap');
      for (const r of rows) assert.ok(seqOf(r.client_id).has(r.seq), 'the acknowledged number is the stored one');
      const [k] = await t.db.query<{ last_seq: number }>('SELECT last_seq FROM desk_case WHERE id = $1', [id]);
      assert.equal(k!.last_seq, 3);
      await assert.rejects(line('race-msg-0001', 'Another text under the same id'), ClientIdReusedError);
    });

    test('the desk’s first line takes the chat, stops the first-response clock and is audited, in its one statement', async () => {
      const c = await start();
      const id = await caseId(c.id);
      const [who] = await t.db.query<{ id: string }>(`INSERT INTO staff_account (email, display_name, password_hash, locale) VALUES ('race-adv@example.org', 'Ada', 'x', 'en') RETURNING id`);
      const actor = { id: who!.id, label: 'race-adv@example.org' };
      const r = await postChatMessage(t.db, id, { authorKind: 'staff', authorId: who!.id, clientId: 'desk-first-0001', body: 'Hello, I am Ada.' }, { actor, requestId: null });
      assert.equal(r.stored?.message.authorName, 'Ada');
      const now = (await findCaseByFolio(t.db, c.id))!;
      assert.deepEqual(r.stored?.state, { status: 'assigned', assigneeId: who!.id, teamId: now.teamId }, 'who has the case after the line, for the feeds');
      assert.equal(now.assigneeId, who!.id);
      assert.equal(now.status, 'assigned');
      assert.ok(now.firstResponseAt, 'first response recorded');
      const again = await postChatMessage(t.db, id, { authorKind: 'staff', authorId: who!.id, clientId: 'desk-first-0001', body: 'Hello, I am Ada.' }, { actor, requestId: null });
      assert.equal(again.replayed, true);
      const audits = await t.db.query<{ after: { folio: string; length: number; channel: string } }>(`SELECT after FROM audit_event WHERE action = 'case.replied' AND entity_id = $1`, [id]);
      assert.deepEqual(audits.map((a) => a.after), [{ folio: c.id, length: 'Hello, I am Ada.'.length, channel: 'chat' }], 'one audit event: the replay wrote nothing');
    });

    test('a client resumes after the last number it saw; internal notes never reach it', async () => {
      const c = await start();
      const id = await caseId(c.id);
      for (let i = 1; i <= 3; i++) await send(c, { clientId: `resume-msg-${i}000`, body: `message ${i}` });
      await insertMessage(t.db, { caseId: id, authorKind: 'staff', authorId: null, internal: true, body: 'internal: check NL rules' });
      await postChatMessage(t.db, id, { authorKind: 'staff', authorId: null, clientId: 'staff-msg-0001', body: 'Start with the land-use licence.' });
      const all = (await read(c)).json();
      assertMatchesSchema('ChatMessages', all);
      assert.deepEqual(all.messages.map((m: { seq: number }) => m.seq), [1, 2, 3, 5]);
      assert.ok(!all.messages.some((m: { text: string }) => m.text.startsWith('internal')));
      assert.equal(all.lastSeq, 5);
      const rest = (await read(c, '?after=2')).json();
      assert.deepEqual(rest.messages.map((m: { text: string }) => m.text), ['message 3', 'Start with the land-use licence.']);
      assert.equal(rest.messages[1].from, 'staff');
      const none = (await read(c, '?after=5')).json();
      assert.deepEqual(none.messages, []);
      assert.equal(none.lastSeq, 5, 'nothing new: the client keeps its place');
    });

    test('a waiting read is woken by the next message, and returns at once when one is already there', async () => {
      const c = await start();
      const id = await caseId(c.id);
      const t0 = Date.now();
      const waiting = read(c, '?after=0&wait=20');
      await new Promise((r) => setTimeout(r, 300));
      await postChatMessage(t.db, id, { authorKind: 'staff', authorId: null, clientId: 'wake-msg-0001', body: 'An advisor is here.' });
      const r = await waiting;
      assert.equal(r.statusCode, 200);
      assert.deepEqual(r.json().messages.map((m: { text: string }) => m.text), ['An advisor is here.']);
      assert.ok(Date.now() - t0 < 5000, `woken after ${Date.now() - t0} ms, not at the 20 s limit`);
      const t1 = Date.now();
      const ready = await read(c, '?after=0&wait=20');
      assert.equal(ready.json().messages.length, 1);
      assert.ok(Date.now() - t1 < 2000, 'no wait when there is something to read');
      const t2 = Date.now();
      const empty = await read(c, '?after=1&wait=1');
      assert.deepEqual(empty.json().messages, []);
      assert.ok(Date.now() - t2 >= 900, 'waited its second before answering empty');
    });

    if (target.name === 'postgres') {
      test('a message stored by another process wakes a read waiting in this one', async () => {
        const other = await openPostgres(t.url!);
        try {
          const c = await start();
          const id = await caseId(c.id);
          const t0 = Date.now();
          const waiting = read(c, '?after=0&wait=20');
          await new Promise((r) => setTimeout(r, 300));
          await postChatMessage(other, id, { authorKind: 'staff', authorId: null, clientId: 'cross-msg-0001', body: 'Written from another process.' });
          const r = await waiting;
          assert.deepEqual(r.json().messages.map((m: { text: string }) => m.text), ['Written from another process.']);
          assert.ok(Date.now() - t0 < 5000, `delivered after ${Date.now() - t0} ms`);
        } finally {
          await other.close();
        }
      });
    }

    test('the visitor ends the chat, rates it once, and gets the transcript by mail', async () => {
      const c = await start();
      const auth = { authorization: `Bearer ${c.token}` };
      const post = (path: string, payload?: object) => t.app.inject({ method: 'POST', url: `/api/v1/chat/conversations/${c.id}/${path}`, headers: auth, ...(payload ? { payload } : {}) });
      await send(c, { clientId: 'end-msg-0001', body: 'Do I need a SIEM registration?' });
      await postChatMessage(t.db, await caseId(c.id), { authorKind: 'staff', authorId: null, clientId: 'end-desk-0001', body: 'Yes, within two months of the RFC.' });
      assert.equal((await post('rating', { score: 5 })).statusCode, 409, 'not before it ends');
      assert.equal((await post('close')).statusCode, 204);
      assert.equal((await findCaseByFolio(t.db, c.id))!.status, 'closed');
      assert.equal((await send(c, { clientId: 'end-msg-0002', body: 'One more thing' })).statusCode, 409);
      assert.equal((await post('rating', { score: 6 })).statusCode, 400);
      assert.equal((await post('rating', { score: 4, comment: 'Clear and quick.' })).statusCode, 204);
      assert.equal((await post('rating', { score: 1 })).statusCode, 409, 'once');
      const [rated] = await t.db.query<{ rating: number; rating_comment: string }>('SELECT rating, rating_comment FROM desk_case WHERE folio = $1', [c.id]);
      assert.deepEqual({ ...rated }, { rating: 4, rating_comment: 'Clear and quick.' });
      const noMail = await post('transcript', {});
      assert.equal(noMail.statusCode, 400, 'no address given at the start nor now');
      assert.equal(noMail.json().error.parameter, 'email');
      assert.equal((await post('transcript', { email: 'visitor@example.org' })).statusCode, 202);
      const [mail] = await t.db.query<{ subject: string; body_text: string; locale: string }>(`SELECT subject, body_text, locale FROM mail_outbox WHERE template = 'chatTranscript' AND to_address = 'visitor@example.org' ORDER BY created_at DESC LIMIT 1`);
      assert.ok(mail!.subject.includes(c.id));
      assert.match(mail!.body_text, /You: Do I need a SIEM registration\?/);
      assert.match(mail!.body_text, /Desk: Yes, within two months of the RFC\./);
      assert.ok(mail!.body_text.includes(`token=${c.token}`), 'with the private link');
    });

    test('the token opens only its own conversation; a case from the forms is not a chat', async () => {
      const a = await start();
      const b = await start();
      assert.equal((await read({ id: a.id, token: b.token })).statusCode, 404);
      assert.equal((await read({ id: a.id, token: 'x' })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/api/v1/chat/conversations/${a.id}/messages` })).statusCode, 404);
      const form = await t.app.inject({ method: 'POST', url: '/api/v1/requests', payload: { service_code: 'question', consent: true, name: 'Ana', email: 'ana@example.org', message: 'A question through the form.' } });
      assert.equal((await read({ id: form.json().folio, token: form.json().token })).statusCode, 404);
    });

    test('a chat started from the assistant’s handoff opens with the question and the attempt, recomputed by the server', async () => {
      const question = 'How long does the ZZQX permit take?';
      const c = await start({ ...START, assistant: { question } });
      const first = (await read(c)).json() as { messages: { seq: number; from: string; text: string }[] };
      assert.equal(first.messages.length, 1);
      assert.equal(first.messages[0]!.seq, 1);
      assert.equal(first.messages[0]!.from, 'system');
      assert.ok(first.messages[0]!.text.includes(question), first.messages[0]!.text);
      assert.match(first.messages[0]!.text, /assistant/i);
      // The visitor's own lines follow it, numbered after it.
      const r = await send(c, { clientId: 'after-ask-0001', body: 'Can a person help?' });
      assert.equal(r.json().seq, 2);
      // The attempt is never taken from the client: an extra field is refused, nothing written.
      const cases = async () => Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM desk_case WHERE channel = 'chat'`))[0]!.n);
      const before = await cases();
      for (const [assistant, field] of [[{ question, answer: 'forged' }, 'assistant.answer'], [{ question: 'x'.repeat(501) }, 'assistant.question'], [{ question: '' }, 'assistant.question']] as [object, string][]) {
        const bad = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { ...START, assistant } });
        assert.equal(bad.statusCode, 400, bad.body);
        assert.equal(bad.json().error.parameter, field, bad.body);
      }
      assert.equal(await cases(), before);
    });

    test('bad input: 400 naming the field, nothing written; a closed conversation takes no message', async () => {
      const c = await start();
      const id = await caseId(c.id);
      const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM desk_message WHERE case_id = $1', [id]))[0]!.n);
      const cases: [object, string][] = [
        [{ clientId: 'short', body: 'hi' }, 'clientId'],
        [{ clientId: 'valid-id-0001', body: '' }, 'body'],
        [{ clientId: 'valid-id-0001', body: 'x'.repeat(2001) }, 'body'],
        [{ clientId: 'valid-id-0001', body: 'nul \u0000 byte' }, 'body'],
        [{ clientId: 'valid-id-0001', body: 'ok', extra: 1 }, 'extra'],
      ];
      for (const [payload, field] of cases) {
        const r = await send(c, payload);
        assert.equal(r.statusCode, 400, `${JSON.stringify(payload)} → ${r.body}`);
        const named = [r.json().error.parameter, ...(r.json().error.fields ?? []).map((f: { field: string }) => f.field)];
        assert.ok(named.includes(field), `${field} in ${r.body}`);
      }
      assert.equal(await count(), 0);
      for (const [payload, field] of [[{ ...START, topic: 'gossip' }, 'topic'], [{ ...START, consent: false }, 'consent'], [{ ...START, state: '33' }, 'state']] as [object, string][]) {
        const r = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload });
        assert.equal(r.statusCode, 400);
        assert.ok(r.body.includes(field), r.body);
      }
      assert.equal((await read(c, '?after=-1')).statusCode, 400);
      assert.equal((await read(c, '?wait=26')).statusCode, 400);
      await t.db.query(`UPDATE desk_case SET status = 'closed', closed_at = now() WHERE id = $1`, [id]);
      assert.equal((await send(c, { clientId: 'late-msg-0001', body: 'Are you there?' })).statusCode, 409);
      assert.equal(await count(), 0);
    });
  });
}
