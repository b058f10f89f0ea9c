/**
 * Embedded PostgreSQL (PGlite, WASM, in-process). One connection, one process:
 * the data directory is locked so a second process (a CLI, a second server)
 * fails clearly instead of silently losing writes (measured risk, STACK-NOTES).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { assertChannel, type Db, type Queryable } from './client.ts';
import { acquireDirLock } from './dir-lock.ts';
import { fillFromTemplate } from './pglite-template.ts';

/**
 * PostgreSQL's own memory lives in the WASM heap, and the backend touches all of shared_buffers when
 * it starts: initdb's default of 128 MB was ~120 MB of resident memory and ~300 ms of start-up
 * (measured, issue 9). 16 MB still holds the whole catalogue (~11 MB on disk) and the hot desk
 * tables; what does not fit is read through the operating system's page cache (the data files are
 * real files on disk).
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export async function openPglite(dataDir: string, opts: { lock?: boolean; template?: boolean } = {}): Promise<Db> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const release = opts.lock === false ? async () => {} : await acquireDirLock(dir);
  let pg: PGlite;
  try {
    // A new data directory: a copy of the prepared one (initdb + migrations), not initdb (pglite-template.ts).
    if (opts.template !== false) await fillFromTemplate(`${dir}/pgdata`);
    pg = await PGlite.create(`${dir}/pgdata`, { startParams: START_PARAMS });
  } catch (e) {
    await release();
    throw e;
  }
  return wrapPglite(pg, release);
}

/** An in-memory PGlite (tests): optionally restored from a dumped data directory. */
export async function openPgliteMemory(loadDataDir?: Blob): Promise<Db> {
  const pg = await PGlite.create({ startParams: START_PARAMS, ...(loadDataDir ? { loadDataDir } : {}) });
  return wrapPglite(pg, async () => {});
}

export function wrapPglite(pg: PGlite, release: () => Promise<void>): Db {
  const q = (runner: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await runner.query<T>(sql, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...q(pg),
    async exec(sql) {
      await pg.exec(sql);
    },
    transaction(fn) {
      return pg.transaction((tx) => fn(q(tx)));
    },
    async listen(channel, onPayload) {
      // In-process: there is no connection to lose, so nothing to reconnect.
      const unsub = await pg.listen(assertChannel(channel), onPayload);
      return async () => unsub();
    },
    listenerState: () => ({ state: 'connected', reconnects: 0 }),
    async notify(channel, payload) {
      await pg.query('SELECT pg_notify($1, $2)', [assertChannel(channel), payload]);
    },
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        await release();
      }
    },
  };
}

/** Exposed for tests that clone a template database. */
export type { PGlite };
