/**
 * Real databases for tests: every database test runs on PGlite and on the
 * PostgreSQL server (TEST_DATABASE_URL, default the local server; set it to
 * "off" to run PGlite only). Each test gets a fresh, migrated database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '#src/db/client.ts';
import { openPgliteMemory } from '#src/db/pglite.ts';
import { openPostgres } from '#src/db/postgres.ts';
import { migrate } from '#src/db/migrate.ts';

export interface DbTarget {
  name: 'pglite' | 'postgres';
  /** A fresh migrated database and a function that disposes of it. */
  create(): Promise<{ db: Db; dispose: () => Promise<void>; /** PostgreSQL only: to open a second pool, as another process would. */ url?: string }>;
}

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

export function pgAdminUrl(): string | null {
  const v = process.env.TEST_DATABASE_URL;
  if (v === 'off') return null;
  return v || DEFAULT_PG;
}

const pglite: DbTarget = {
  name: 'pglite',
  async create() {
    const db = await openPgliteMemory();
    await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

const postgres = (adminUrl: string): DbTarget => ({
  name: 'postgres',
  async create() {
    const name = `vt_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openPostgres(url.toString());
    await migrate(db);
    return {
      db,
      url: url.toString(),
      async dispose() {
        await db.close();
        const a = new pg.Client({ connectionString: adminUrl });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => a.end());
      },
    };
  },
});

export function dbTargets(): DbTarget[] {
  const url = pgAdminUrl();
  return url ? [pglite, postgres(url)] : [pglite];
}
