/**
 * Statements are prepared once per connection (db/postgres.ts). A table altered by another process —
 * a migration during a rolling deployment — changes what `SELECT *` returns; PostgreSQL then refuses
 * the prepared statement ("cached plan must not change result type"). Outside a transaction the
 * query is run again unprepared and answers with the new columns, instead of failing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { openPostgres } from './postgres.ts';

for (const target of dbTargets().filter((d) => d.name === 'postgres')) {
  test('a statement prepared before another process alters its table still answers (PostgreSQL)', async () => {
    const created = await target.create();
    const other = await openPostgres(created.url!);
    try {
      await created.db.exec('CREATE TABLE prep_probe (a integer); INSERT INTO prep_probe VALUES (1)');
      // Prepared (and executed) on every pooled connection that runs it.
      for (let i = 0; i < 3; i++) assert.deepEqual(await created.db.query('SELECT * FROM prep_probe'), [{ a: 1 }]);
      await other.exec('ALTER TABLE prep_probe ADD COLUMN b integer DEFAULT 2');
      for (let i = 0; i < 3; i++) assert.deepEqual(await created.db.query('SELECT * FROM prep_probe'), [{ a: 1, b: 2 }]);
    } finally {
      await other.close();
      await created.dispose();
    }
  });
}
