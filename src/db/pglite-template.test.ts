/** A fresh PGlite data directory is a copy of the template of the current migrations, and only of those. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from './pglite.ts';
import { listMigrations } from './migrate.ts';
import { fillFromTemplate, templateKey } from './pglite-template.ts';

let root: string;
let cache: string;
const previous = process.env.VENTANILLA_CACHE_DIR;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'vt-template-'));
  cache = join(root, 'cache');
  process.env.VENTANILLA_CACHE_DIR = cache;
});
after(async () => {
  if (previous === undefined) delete process.env.VENTANILLA_CACHE_DIR;
  else process.env.VENTANILLA_CACHE_DIR = previous;
  await rm(root, { recursive: true, force: true });
});

const versions = async (db: { query<T>(sql: string): Promise<T[]> }) =>
  (await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);

test('a new data directory starts migrated from the template; what one directory writes never reaches the template or another', async () => {
  const all = (await listMigrations()).map((m) => m.version);
  const a = await openPglite(join(root, 'a'));
  try {
    // Nobody migrated this database: every migration is there because the template had them.
    assert.deepEqual(await versions(a), all);
    await a.exec('CREATE TABLE only_in_a (x int)');
  } finally {
    await a.close();
  }
  assert.equal((await readdir(join(cache, 'pgdata'))).length, 1, 'one template, built by the first start');
  const b = await openPglite(join(root, 'b'));
  try {
    assert.deepEqual(await versions(b), all);
    assert.deepEqual(await b.query(`SELECT to_regclass('only_in_a') AS t`), [{ t: null }]);
  } finally {
    await b.close();
  }
  // A restart opens the directory as it is: the table written there is still there.
  const again = await openPglite(join(root, 'a'));
  try {
    assert.deepEqual(await again.query(`SELECT to_regclass('only_in_a')::text AS t`), [{ t: 'only_in_a' }]);
  } finally {
    await again.close();
  }
});

test('a new migration gives a new template: a template never stands in for other migrations', async () => {
  const current = await listMigrations();
  const next = [...current, { version: '999_template_test', sql: 'CREATE TABLE template_test (id int);' }];
  assert.notEqual(templateKey('0.5.17', next), templateKey('0.5.17', current));
  assert.notEqual(templateKey('0.5.18', current), templateKey('0.5.17', current), 'a new PGlite release too');

  const pgdata = join(root, 'c', 'pgdata');
  assert.equal(await fillFromTemplate(pgdata, next), true);
  assert.equal((await readdir(join(cache, 'pgdata'))).length, 2, 'the new key got its own template');
  const c = await openPglite(join(root, 'c'));
  try {
    assert.deepEqual(await versions(c), next.map((m) => m.version));
    assert.deepEqual(await c.query(`SELECT to_regclass('template_test')::text AS t`), [{ t: 'template_test' }]);
  } finally {
    await c.close();
  }
  // A directory that holds anything is never replaced.
  const other = join(root, 'd', 'pgdata');
  await rm(other, { recursive: true, force: true });
  await mkdir(other, { recursive: true });
  await writeFile(join(other, 'something'), 'x');
  assert.equal(await fillFromTemplate(other, current), false);
  assert.deepEqual(await readdir(other), ['something']);
});
