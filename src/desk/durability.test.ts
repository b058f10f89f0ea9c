/**
 * Issue 11, figures: the server is killed with SIGKILL during a burst of submissions, and every case
 * it acknowledged (a 201 with a folio) is there after the restart — on the embedded database and on
 * PostgreSQL. Answers cut off by the kill are not counted: the client was never told they succeeded.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { startServer, type RunningServer } from '#tests/helpers/server.ts';

const LIMITS = { DESK_RATE_LIMIT_PER_MINUTE: '100000', DESK_DAILY_LIMIT_PER_ADDRESS: '1000000', LOG_LEVEL: 'warn' };

async function burst(server: RunningServer, killAfterMs: number): Promise<{ folio: string; token: string }[]> {
  const acknowledged: { folio: string; token: string }[] = [];
  let stop = false;
  let n = 0;
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
  const workers = Array.from({ length: 16 }, worker);
  await new Promise((r) => setTimeout(r, killAfterMs));
  server.proc.kill('SIGKILL');
  stop = true;
  await Promise.all(workers);
  return acknowledged;
}

describe('desk durability under SIGKILL', () => {
  for (const target of dbTargets()) {
    test(`every acknowledged case survives a SIGKILL (${target.name})`, { timeout: 180_000 }, async () => {
      const pg = target.name === 'postgres' ? await target.create() : null;
      const env = { ...LIMITS, ...(pg ? { DATABASE_URL: pg.url! } : {}) };
      await pg?.db.close(); // the server opens its own pool
      const first = await startServer(env);
      try {
        const acked = await burst(first, 2500);
        await first.stop();
        assert.ok(acked.length >= 20, `only ${acked.length} acknowledged before the kill`);
        const second = await startServer(env, first.dataDir);
        try {
          let missing = 0;
          for (const a of acked) {
            const r = await fetch(`${second.url}/api/v1/requests/${a.folio}`, { headers: { authorization: `Bearer ${a.token}` } });
            if (r.status !== 200) missing++;
          }
          assert.equal(missing, 0, `${missing} of ${acked.length} acknowledged cases lost`);
          console.log(`# ${target.name}: ${acked.length} acknowledged cases, all present after SIGKILL and restart`);
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
