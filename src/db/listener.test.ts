/**
 * Issue 9, findings 5 and 11: a server whose LISTEN connection drops reconnects, listens again and
 * reloads what it missed, and /healthz says so meanwhile; /healthz answers 503 when the database
 * refuses writes even though it still answers reads. On the PostgreSQL server (PGlite has no
 * connection to lose; its health is checked in src/catalogue/pages.test.ts and below).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { dbTargets, pgAdminUrl } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { openPostgres } from './postgres.ts';
import { bumpRevision } from '#src/catalogue/queries.ts';
import type { Db } from './client.ts';
import { CATALOGUE_CHANNEL } from '#src/catalogue/store.ts';

const waitFor = async (what: string, check: () => Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

// Only the server target: with TEST_DATABASE_URL=off there is no connection to lose.
for (const postgresTarget of dbTargets().filter((d) => d.name === 'postgres')) {
  describe('the catalogue listener survives a lost connection (PostgreSQL)', () => {
    let dbName = '';
    let other: Db;
    let t: TestApp;
    before(async () => {
      // buildTestApp creates the database; a second pool stands for another web process.
      t = await buildTestApp(postgresTarget);
      dbName = (await t.db.query<{ d: string }>('SELECT current_database() AS d'))[0]!.d;
      const url = new URL(pgAdminUrl()!);
      url.pathname = `/${dbName}`;
      other = await openPostgres(url.toString());
    });
    after(async () => {
      await other?.close();
      await t?.close();
    });

    const health = async () => (await t.app.inject({ url: '/healthz' })).json();
    const killListener = async () => {
      const admin = new pg.Client({ connectionString: pgAdminUrl()! });
      await admin.connect();
      try {
        const r = await admin.query("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'ventanilla-listener' AND datname = $1", [dbName]);
        return r.rows.length;
      } finally {
        await admin.end();
      }
    };

    test('terminated listener: healthz says reconnecting, then the change published meanwhile arrives', async () => {
      assert.deepEqual((await health()).listener, { state: 'connected', reconnects: 0 });
      const before = t.catalogue.current.revision;
      assert.equal(await killListener(), 1, 'one listening backend, found by its application_name');
      // Another process publishes while this one is not listening.
      const revision = await other.transaction((tx) => bumpRevision(tx));
      await other.notify(CATALOGUE_CHANNEL, String(revision));
      await waitFor('the listener to notice', async () => (await health()).listener.state !== 'connected' || (await health()).listener.reconnects > 0);
      await waitFor('the missed revision', async () => t.catalogue.current.revision === revision);
      assert.ok(revision > before);
      const h = await health();
      assert.equal(h.listener.state, 'connected');
      assert.equal(h.listener.reconnects, 1);
      assert.equal(h.status, 'ok');
      // And it listens again: the next change arrives by notification.
      const next = await other.transaction((tx) => bumpRevision(tx));
      await other.notify(CATALOGUE_CHANNEL, String(next));
      await waitFor('the next revision', async () => t.catalogue.current.revision === next);
    });

    test('a database that refuses writes makes /healthz answer 503 with the reason', async () => {
      const admin = new pg.Client({ connectionString: pgAdminUrl()! });
      await admin.connect();
      try {
        await admin.query(`ALTER DATABASE ${dbName} SET default_transaction_read_only = on`);
        // Settings apply to new sessions: end the pool's current ones (the pool opens new ones).
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name <> 'ventanilla-listener'", [dbName]);
        await waitFor('healthz to see the read-only database', async () => {
          await new Promise((r) => setTimeout(r, 1_100)); // past the one-second memo
          const r = await t.app.inject({ url: '/healthz' });
          return r.statusCode === 503 && /read-only/.test(r.json().reason ?? '');
        });
        assert.ok((await t.db.query('SELECT 1 AS one')).length === 1, 'reads still work: SELECT 1 alone would have said ok');
      } finally {
        await admin.query(`ALTER DATABASE ${dbName} RESET default_transaction_read_only`);
        await admin.end();
      }
    });
  });
}
