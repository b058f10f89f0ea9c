/**
 * Freshness: a change published to the catalogue is found by search within
 * one second — in the process that made it, and in another app instance on
 * the same database (PostgreSQL: a second connection pool, told by NOTIFY;
 * PGlite: a second app in the same process, on the same embedded database).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { dbTargets, pgAdminUrl } from '#tests/helpers/db.ts';
import { TEST_PUBLIC_URL } from '#tests/helpers/app.ts';
import { createApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import type { Db } from '#src/db/client.ts';
import { openPostgres } from '#src/db/postgres.ts';
import { migrate } from '#src/db/migrate.ts';
import { seed } from '#src/catalogue/seed.ts';
import { CatalogueStore } from '#src/catalogue/store.ts';
import { bumpRevision, TABLES, upsertSeedRow } from '#src/catalogue/queries.ts';
import { buildAssets } from '#src/web/assets.ts';

/**
 * Issue 4: a published change is found within one second. Each run reports the
 * time (0.1–0.3 s on an idle 2-core machine, where the index rebuild is ~70 ms
 * of it; ADR 012).
 */
const GOAL_MS = 1000;

interface Instance { app: FastifyInstance; store: CatalogueStore; db: Db }

async function instance(db: Db): Promise<Instance> {
  const store = new CatalogueStore(db);
  await store.start();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: TEST_PUBLIC_URL, LOG_LEVEL: 'silent' });
  const app = await createApp({ config, db, catalogue: store, assets: await buildAssets(), logger: false });
  await app.ready();
  return { app, store, db };
}

/** Two databases handles on one database: the same PGlite, or two pools on one PostgreSQL database. */
async function sharedDatabase(name: 'pglite' | 'postgres'): Promise<{ dbs: [Db, Db]; dispose: () => Promise<void> }> {
  if (name === 'pglite') {
    const { db, dispose } = await dbTargets()[0]!.create();
    return { dbs: [db, db], dispose };
  }
  const admin = pgAdminUrl()!;
  const dbName = `vt_fresh_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await run(`CREATE DATABASE ${dbName}`);
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  const a = await openPostgres(url.toString());
  await migrate(a);
  const b = await openPostgres(url.toString());
  return {
    dbs: [a, b],
    async dispose() {
      await a.close();
      await b.close();
      await run(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}

/** Publishes a change to a procedure the way an editor's publish does: new document, new revision, announced. */
async function publish(on: Instance, procedureId: string, word: string): Promise<number> {
  const doc = structuredClone(on.store.current.procedure(procedureId)!);
  doc.summary = { es: `${doc.summary.es} Nuevo requisito: ${word}.`, en: `${doc.summary.en} New requirement: ${word}.` };
  const revision = await on.db.transaction(async (tx) => {
    assert.ok(await upsertSeedRow(tx, TABLES.procedures, doc, `freshness-${word}`));
    return bumpRevision(tx);
  });
  await on.store.announce(revision);
  return revision;
}

/** Milliseconds until the API search finds the word in the procedure (fails after the deadline). */
async function timeToFind(app: FastifyInstance, word: string, procedureId: string, started: number): Promise<number> {
  for (;;) {
    const r = await app.inject({ url: `/api/v1/search?q=${word}&lang=en` });
    if (r.json().items.some((i: { id: string }) => i.id === procedureId)) return performance.now() - started;
    if (performance.now() - started > 2 * GOAL_MS) return Infinity;
    await new Promise((res) => setTimeout(res, 10));
  }
}

for (const target of dbTargets()) {
  describe(`search freshness on ${target.name}`, () => {
    let a: Instance;
    let b: Instance | undefined;
    let dispose: () => Promise<void>;
    before(async () => {
      const shared = await sharedDatabase(target.name);
      dispose = shared.dispose;
      await seed(shared.dbs[0]);
      [a, b] = await Promise.all([instance(shared.dbs[0]), instance(shared.dbs[1])]);
    });
    after(async () => {
      for (const i of [a, b]) {
        await i?.app.close();
        await i?.store.stop();
      }
      await dispose?.();
    });

    // First, while A has not searched yet: as in production, where A is another
    // process, A's own rebuild then does not share B's thread.
    test('a change published by one app instance is searchable within a second in another (told through NOTIFY)', async (t) => {
      const word = `axolotlfresh${randomBytes(3).toString('hex')}`;
      assert.equal((await b!.app.inject({ url: `/api/v1/search?q=${word}` })).json().total, 0);
      const started = performance.now();
      const revision = await publish(a, 'sat-csd', word);
      const ms = await timeToFind(b!.app, word, 'sat-csd', started);
      assert.ok(ms < GOAL_MS, `found by the other instance after ${ms.toFixed(0)} ms`);
      t.diagnostic(`found by the other instance after ${ms.toFixed(0)} ms (goal ${GOAL_MS} ms)`);
      assert.equal(b!.store.current.revision, revision);
    });

    test('and within a second in the instance that published it', async (t) => {
      // B is done: closed, so that A's rebuild has the thread to itself, as a process of its own would.
      await b!.app.close();
      await b!.store.stop();
      b = undefined;
      const word = `quetzalfresh${randomBytes(3).toString('hex')}`;
      assert.equal((await a.app.inject({ url: `/api/v1/search?q=${word}` })).json().total, 0);
      const started = performance.now();
      await publish(a, 'impi-trademark', word);
      const ms = await timeToFind(a.app, word, 'impi-trademark', started);
      assert.ok(ms < GOAL_MS, `found after ${ms.toFixed(0)} ms`);
      t.diagnostic(`found after ${ms.toFixed(0)} ms (goal ${GOAL_MS} ms)`);
    });
  });
}
