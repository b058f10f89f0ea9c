/** The real process: starts on PGlite, restarts without duplicating, shuts down gracefully on SIGTERM. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startServer } from '#tests/helpers/server.ts';

test('serves the seeded site, refuses a second process on the same data directory, restarts idempotently', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-proc-'));
  try {
    const a = await startServer({}, dir);
    const before = await (await fetch(`${a.url}/api/v1/procedures`)).json();
    assert.ok(before.total > 35);
    // Logs are written asynchronously (flushed at least every 250 ms): wait for the line.
    for (let i = 0; i < 40 && !/"msg":"catalogue loaded"/.test(a.logs()); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(a.logs(), /"msg":"catalogue loaded"/, 'structured JSON logs');
    // A second server on the same PGlite directory must fail clearly, not corrupt it.
    await assert.rejects(startServer({}, dir), /in use by process/);
    assert.equal(await a.stop(), 0);
    const b = await startServer({}, dir);
    const after = await (await fetch(`${b.url}/api/v1/procedures`)).json();
    assert.equal(after.total, before.total);
    const health = await (await fetch(`${b.url}/healthz`)).json();
    assert.equal(health.catalogueRevision, 1, 'the restart wrote nothing new');
    assert.equal(await b.stop(), 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('SIGTERM lets an in-flight request finish, then exits 0', async () => {
  const s = await startServer();
  try {
    // Open a request, and send SIGTERM while its response is still being read.
    const body = new Promise<{ status: number; length: number }>((resolve, reject) => {
      const req = request(`${s.url}/api/v1/export/catalogue.json`, (res) => {
        s.proc.kill('SIGTERM');
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, length: n }));
      });
      req.on('error', reject);
      req.end();
    });
    const r = await body;
    assert.equal(r.status, 200);
    assert.ok(r.length > 10_000);
    assert.equal(await s.stop(), 0);
    assert.match(s.logs(), /stopped cleanly/);
  } finally {
    await s.dispose();
  }
});

test('request logs never hold invitation or reset tokens (the real process, at info level)', async () => {
  const s = await startServer();
  try {
    const invitation = 'InvTok_' + 'a'.repeat(40);
    const reset = 'ResTok_' + 'b'.repeat(40);
    await fetch(`${s.url}/staff/invitations/${invitation}`);
    await fetch(`${s.url}/staff/password/reset/${reset}?lang=en`);
    await fetch(`${s.url}/staff/password/reset/${reset}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'password=x&confirm=x' });
    assert.equal(await s.stop(), 0);
    const logs = s.logs();
    assert.match(logs, /"url":"\/staff\/invitations\/\[redacted\]"/, 'the request is logged');
    assert.match(logs, /"url":"\/staff\/password\/reset\/\[redacted\]\?lang=en"/);
    assert.ok(!logs.includes(invitation) && !logs.includes(reset), 'no token in the logs');
  } finally {
    await s.dispose();
  }
});
