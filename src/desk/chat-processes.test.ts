/**
 * The chat across two real server processes on one PostgreSQL database (issue 12; ADR 022,
 * docs/chat-protocol.md "How a message reaches the other side"): the visitor's socket is on process
 * A, the desk answers from a staff socket on process B. Each side's messages reach the other
 * promptly — pushed on NOTIFY, not found by a time limit —, in order, once; a long-polling read on B
 * answers as soon as A stores a message. Then A is killed with SIGKILL in the middle of a burst: the
 * visitor resumes on B from its last number and resends what was not acknowledged; nothing
 * acknowledged is lost, nothing is shown twice, the order holds. PostgreSQL only: PGlite is one
 * process's database.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { startServer, type RunningServer } from '#tests/helpers/server.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { WsClient, type Frame } from '#tests/helpers/ws.ts';
import { SOCKET_PATH } from '#src/desk/chat-socket.ts';
import { STAFF_SOCKET_PATH } from '#src/desk/staff-socket.ts';

const ENV = { DESK_RATE_LIMIT_PER_MINUTE: '1000', LOG_LEVEL: 'warn' };
/** "Promptly": far under any time limit a missed notification would fall back to (the long poll's 20 s here). */
const PROMPT_MS = 2_000;
const ws = (s: RunningServer) => s.url.replace('http', 'ws');

/** The visitor's view: every `message` frame shown once per seq (as the protocol's client does), across connections. */
class Visitor {
  readonly shown: Frame[] = [];
  lastSeq = 0;
  show(frames: Frame[]) {
    for (const f of frames) {
      if (f.type !== 'message' || f.seq! <= this.lastSeq) continue;
      this.shown.push(f);
      this.lastSeq = f.seq!;
    }
  }
}

for (const target of dbTargets().filter((d) => d.name === 'postgres')) {
  describe('chat across two server processes (PostgreSQL)', () => {
    test('desk on B reaches the visitor on A and back, promptly, in order, once; A killed: the visitor resumes on B with nothing lost or repeated', { timeout: 120_000 }, async () => {
      const pg = await target.create();
      let a: RunningServer | undefined;
      let b: RunningServer | undefined;
      const open: WsClient[] = [];
      try {
        await seedAccount(pg.db, { email: 'adv@example.org', roles: ['advisor'], locale: 'en' });
        const env = { ...ENV, DATABASE_URL: pg.url! };
        [a, b] = await Promise.all([startServer(env), startServer(env)]);

        // The visitor starts the chat and opens its socket on A.
        const started = await fetch(`${a.url}/api/v1/chat/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ topic: 'question', locale: 'en', consent: true }) });
        assert.equal(started.status, 201);
        const chat = (await started.json()) as { id: string; token: string };
        const visitor = new Visitor();
        const onA = await WsClient.open(`${ws(a)}${SOCKET_PATH}`);
        open.push(onA);
        onA.send({ type: 'hello', id: chat.id, token: chat.token, after: 0 });
        await onA.next((f) => f.type === 'ready');

        // An advisor signs in on B and watches the chat on B's staff socket.
        const advisor = new StaffClient(b.url);
        assert.equal((await advisor.login('adv@example.org')).status, 303);
        const staff = await WsClient.open(`${ws(b)}${STAFF_SOCKET_PATH}`, b.url, { cookie: `vt_staff=${advisor.jar.get('vt_staff')}` });
        open.push(staff);
        await staff.next((f) => f.type === 'ready');
        staff.send({ type: 'watch', id: chat.id, after: 0 });

        // B → A: five lines from the desk, each on the visitor's socket promptly, in order, once.
        const deskIds = Array.from({ length: 5 }, (_, i) => `desk-line-${i}`);
        const fromDesk = (f: Frame) => f.type === 'message' && f.from === 'staff';
        for (const [i, clientId] of deskIds.entries()) {
          const t0 = Date.now();
          staff.send({ type: 'send', id: chat.id, clientId, body: `Answer ${i} from process B.` });
          const got = await onA.next((f) => fromDesk(f) && f.clientId === clientId, PROMPT_MS);
          assert.equal(got.text, `Answer ${i} from process B.`);
          assert.ok(Date.now() - t0 < PROMPT_MS, `line ${i} took ${Date.now() - t0} ms`);
        }
        await staff.next((f) => f.type === 'ack' && f.clientId === deskIds.at(-1));
        await new Promise((r) => setTimeout(r, 300)); // room for a duplicate to show up, if one were sent
        const deskSeen = onA.frames.filter(fromDesk);
        assert.deepEqual(deskSeen.map((f) => f.clientId), deskIds, 'each desk line once, in the order sent');
        assert.ok(deskSeen.every((f, i) => i === 0 || f.seq! > deskSeen[i - 1]!.seq!), 'numbers grow');
        visitor.show(onA.frames);

        // A → B: a long-polling read on B answers as soon as the visitor's message is stored on A.
        const auth = { authorization: `Bearer ${chat.token}` };
        const waitS = 20;
        const t0 = Date.now();
        const polled = fetch(`${b.url}/api/v1/chat/conversations/${chat.id}/messages?after=${visitor.lastSeq}&wait=${waitS}`, { headers: auth });
        await new Promise((r) => setTimeout(r, 500)); // the read is waiting on B
        const sentAt = Date.now();
        onA.send({ type: 'send', clientId: 'visitor-line-0', body: 'Thanks. Which permits come first?' });
        const read = (await (await polled).json()) as { lastSeq: number; messages: { clientId: string; from: string; text: string }[] };
        const took = Date.now() - sentAt;
        assert.deepEqual(read.messages.map((m) => [m.from, m.clientId]), [['investor', 'visitor-line-0']]);
        assert.ok(took < PROMPT_MS && Date.now() - t0 < waitS * 1000 / 4, `the read on B answered ${took} ms after the send (wait ${waitS} s)`);
        // …and B's staff socket got it pushed too.
        await staff.next((f) => f.type === 'message' && f.clientId === 'visitor-line-0', PROMPT_MS);
        await onA.next((f) => f.type === 'ack' && f.clientId === 'visitor-line-0');
        await onA.next((f) => f.type === 'message' && f.clientId === 'visitor-line-0');
        visitor.show(onA.frames);

        // A burst from the visitor on A; A is SIGKILLed once some of it is acknowledged.
        const burst = Array.from({ length: 15 }, (_, i) => ({ clientId: `burst-line-${String(i).padStart(2, '0')}`, body: `Burst line ${i}` }));
        const acked = new Set<string>();
        onA.ws.on('message', (d) => {
          const f = JSON.parse(String(d)) as Frame;
          if (f.type === 'ack') acked.add(f.clientId!);
        });
        for (const m of burst) onA.send({ type: 'send', ...m });
        await onA.next((f) => f.type === 'ack' && f.clientId === burst[4]!.clientId, 10_000);
        a.proc.kill('SIGKILL');
        await onA.closed;
        await a.stop();
        visitor.show(onA.frames);
        const ackedBeforeKill = new Set(acked);
        assert.ok(ackedBeforeKill.size >= 5, `only ${ackedBeforeKill.size} acknowledged before the kill`);

        // The visitor resumes on B from its last number and resends everything not acknowledged.
        const onB = await WsClient.open(`${ws(b)}${SOCKET_PATH}`);
        open.push(onB);
        onB.send({ type: 'hello', id: chat.id, token: chat.token, after: visitor.lastSeq });
        await onB.next((f) => f.type === 'ready');
        const unacked = burst.filter((m) => !ackedBeforeKill.has(m.clientId));
        for (const m of unacked) onB.send({ type: 'send', ...m });
        for (const m of unacked) await onB.next((f) => f.type === 'ack' && f.clientId === m.clientId, 10_000);
        // The desk answers once more from B: it follows the burst, on the visitor's new socket.
        staff.send({ type: 'send', id: chat.id, clientId: 'desk-after-kill', body: 'Still here.' });
        await onB.next((f) => f.type === 'message' && f.clientId === 'desk-after-kill', PROMPT_MS);
        visitor.show(onB.frames);

        // Shown once each, in number order, nothing acknowledged missing, the visitor's own lines in the order typed.
        const ids = visitor.shown.map((f) => f.clientId);
        assert.equal(new Set(visitor.shown.map((f) => f.seq)).size, visitor.shown.length, 'no number shown twice');
        assert.equal(new Set(ids).size, ids.length, `no message shown twice: ${ids.join(' ')}`);
        for (const m of burst) assert.ok(ids.includes(m.clientId), `${m.clientId} (${ackedBeforeKill.has(m.clientId) ? 'acknowledged by A' : 'resent to B'}) is missing`);
        const mine = visitor.shown.filter((f) => f.from === 'investor').map((f) => f.clientId);
        assert.deepEqual(mine, ['visitor-line-0', ...burst.map((m) => m.clientId)], 'the visitor’s lines in the order sent');
        assert.equal(ids.at(-1), 'desk-after-kill');
        // The desk's staff socket on B saw the same conversation, once each, in order.
        await staff.next((f) => f.type === 'message' && f.clientId === 'desk-after-kill', PROMPT_MS);
        const staffSeq = staff.frames.filter((f) => f.type === 'message').map((f) => f.seq!);
        assert.deepEqual(staffSeq, [...new Set(staffSeq)].sort((x, y) => x - y), 'the staff socket shows each number once, in order');
        for (const f of visitor.shown) assert.ok(staffSeq.includes(f.seq!), `seq ${f.seq} did not reach the staff socket`);
      } finally {
        for (const c of open) c.ws.terminate();
        await Promise.all([a?.dispose(), b?.dispose()]);
        await pg.dispose();
      }
    });
  });
}
