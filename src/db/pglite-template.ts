/**
 * A fresh PGlite data directory starts as a copy of a prepared one: initdb's output with every
 * migration applied, kept in a cache directory under a key made of the PGlite version and the
 * migrations' text. initdb in WASM was most of the first start (~4 s of 8 on a 2-core machine,
 * and a second WASM instance's ~350 MB of memory, issue 9); a copy of ~40 MB of files takes a
 * fraction of a second. A new migration or PGlite release gives a new key, so a stale template is
 * never used: the first fresh start after such a change builds the new one (initdb as before).
 *
 * The template is built in a directory of its own, closed cleanly (consistent files), then renamed
 * into place: processes starting together may both build one, and one rename wins; a reader sees
 * a whole template or none. Anything going wrong here only costs time: the caller falls back to
 * PGlite's own initdb.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { listMigrations, migrate } from './migrate.ts';
import { wrapPglite } from './pglite.ts';

/** Bump when the way templates are made changes. */
const FORMAT = 1;

export interface Migration {
  version: string;
  sql: string;
}

/** Where templates are kept: VENTANILLA_CACHE_DIR, else node_modules/.cache/ventanilla beside the code. */
export function cacheDir(): string {
  return process.env.VENTANILLA_CACHE_DIR || fileURLToPath(new URL('../../node_modules/.cache/ventanilla/', import.meta.url));
}

let pgliteVersion: string | undefined;
async function versionOfPglite(): Promise<string> {
  if (!pgliteVersion) {
    // The package exports no package.json: its entry point is in dist/, the manifest one level up.
    const pkg = join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json');
    pgliteVersion = (JSON.parse(await readFile(pkg, 'utf8')) as { version: string }).version;
  }
  return pgliteVersion;
}

/** What a template depends on: the engine that wrote it and the migrations applied to it. */
export function templateKey(engineVersion: string, migrations: Migration[]): string {
  const h = createHash('sha256').update(`${FORMAT}\0${engineVersion}\0`);
  for (const m of migrations) h.update(m.version).update('\0').update(m.sql).update('\0');
  return h.digest('hex').slice(0, 24);
}

/**
 * Fills the missing data directory `pgdata` from the template of these migrations (building the
 * template first if this machine has none). Returns false, leaving `pgdata` alone, when it
 * already holds anything or the template could not be had.
 */
export async function fillFromTemplate(pgdata: string, migrations?: Migration[], root = cacheDir()): Promise<boolean> {
  if (await hasEntries(pgdata)) return false;
  try {
    const list = migrations ?? (await listMigrations());
    const template = join(root, 'pgdata', templateKey(await versionOfPglite(), list));
    if (!(await exists(join(template, 'PG_VERSION')))) await buildTemplate(template, list);
    // Copied beside, then renamed: a start interrupted mid-copy leaves no half data directory.
    const tmp = `${pgdata}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await cp(template, tmp, { recursive: true });
    await rm(pgdata, { recursive: true, force: true }); // empty (checked above)
    await rename(tmp, pgdata);
    return true;
  } catch {
    return false;
  }
}

async function buildTemplate(template: string, migrations: Migration[]): Promise<void> {
  await mkdir(join(template, '..'), { recursive: true });
  const tmp = `${template}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    // PostgreSQL's default settings here: the template only has to be written once.
    const pg = await PGlite.create(tmp);
    try {
      await migrate(wrapPglite(pg, async () => {}), migrations);
    } finally {
      await pg.close();
    }
    await rename(tmp, template).catch(async (e: NodeJS.ErrnoException) => {
      // Another process finished its template first: use that one.
      if (!(await exists(join(template, 'PG_VERSION')))) throw e;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  await pruneOthers(join(template, '..'), template);
}

/** Templates of older keys go once an hour has passed (a process may still be copying a recent one). */
async function pruneOthers(dir: string, keep: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (path === keep) continue;
    const s = await stat(path).catch(() => null);
    if (s && Date.now() - s.mtimeMs > 3_600_000) await rm(path, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

async function hasEntries(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length > 0;
}
