/**
 * Issues 11 and 12: the server is killed with SIGKILL during a burst of submissions and chat
 * messages, and every case it acknowledged (a 201 with a folio) and every chat message it
 * acknowledged (201 with its number) is there after the restart — on the embedded database and on
 * PostgreSQL. Answers cut off by the kill are not counted: the client was never told they succeeded.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { startServer, type RunningServer } from '#tests/helpers/server.ts';

const LIMITS = { DESK_RATE_LIMIT_PER_MINUTE: '100000', DESK_DAILY_LIMIT_PER_ADDRESS: '1000000', LOG_LEVEL: 'warn' };

interface Chat { id: string; token: string; acked: { clientId: string; seq: number }[] }

async function burst(server: RunningServer, killAfterMs: number): Promise<{ cases: { folio: string; token: string }[]; chats: Chat[] }> {
  const acknowledged: { folio: string; token: string }[] = [];
  let stop = false;
  let n = 0;
  const chats: Chat[] = [];
  for (let c = 0; c < 4; c++) {
    const r = await fetch(`${server.url}/api/v1/chat/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ topic: 'question', consent: true }) });
    chats.push({ ...((await r.json()) as { id: string; token: string }), acked: [] });
  }
  const chatter = async (chat: Chat) => {
    for (let i = 0; !stop; i++) {
      const clientId = `kill-${chat.id}-${i}`;
      try {
        const r = await fetch(`${server.url}/api/v1/chat/conversations/${chat.id}/messages`, {
          method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` }, body: JSON.stringify({ clientId, body: `message ${i}` }),
        });
        if (r.status === 201) chat.acked.push({ clientId, seq: ((await r.json()) as { seq: number }).seq });
      } catch {
        /* cut off by the kill: not acknowledged */
      }
    }
  };
  const worker = async () => {
    while (!stop) {
      const i = n++;
      try {
        const r = await fetch(`${server.url}/api/v1/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `burst-${i}-${Date.now()}` },
          body: JSON.stringify({ service_code: 'question', consent: true, name: `Investor ${i}`, email: `i${i}@example.org`, message: `Question number ${i} about the RFC.` }),
        });
        if (r.status === 201) acknowledged.push(await r.json());
      } catch {
        /* the server died mid-answer: not acknowledged */
      }
    }
  };
  const workers = [...Array.from({ length: 12 }, worker), ...chats.map(chatter)];
  await new Promise((r) => setTimeout(r, killAfterMs));
  server.proc.kill('SIGKILL');
  stop = true;
  await Promise.all(workers);
  return { cases: acknowledged, chats };
}

describe('desk durability under SIGKILL', () => {
  for (const target of dbTargets()) {
    test(`every acknowledged case survives a SIGKILL (${target.name})`, { timeout: 180_000 }, async () => {
      const pg = target.name === 'postgres' ? await target.create() : null;
      const env = { ...LIMITS, ...(pg ? { DATABASE_URL: pg.url! } : {}) };
      await pg?.db.close(); // the server opens its own pool
      const first = await startServer(env);
      try {
        const { cases: acked, chats } = await burst(first, 2500);
        await first.stop();
        assert.ok(acked.length >= 20, `only ${acked.length} acknowledged before the kill`);
        const chatAcks = chats.reduce((k, c) => k + c.acked.length, 0);
        assert.ok(chatAcks >= 10, `only ${chatAcks} chat messages acknowledged before the kill`);
        const second = await startServer(env, first.dataDir);
        try {
          let missing = 0;
          for (const a of acked) {
            const r = await fetch(`${second.url}/api/v1/requests/${a.folio}`, { headers: { authorization: `Bearer ${a.token}` } });
            if (r.status !== 200) missing++;
          }
          assert.equal(missing, 0, `${missing} of ${acked.length} acknowledged cases lost`);
          for (const c of chats) {
            const r = await fetch(`${second.url}/api/v1/chat/conversations/${c.id}/messages`, { headers: { authorization: `Bearer ${c.token}` } });
            const stored = new Map(((await r.json()) as { messages: { clientId: string; seq: number }[] }).messages.map((m) => [m.clientId, m.seq]));
            for (const a of c.acked) assert.equal(stored.get(a.clientId), a.seq, `acknowledged chat message ${a.clientId} is there with its number`);
          }
          console.log(`# ${target.name}: ${acked.length} acknowledged cases and ${chatAcks} chat messages, all present after SIGKILL and restart`);
        } finally {
          await second.dispose();
        }
      } finally {
        await first.dispose();
        if (pg) await pg.dispose().catch(() => undefined);
      }
    });
  }
});
