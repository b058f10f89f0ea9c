/** Integration: the seed is idempotent and never overwrites staff edits. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { seed, seedKey } from './seed.ts';
import { seedCatalogue } from './content/index.ts';

for (const target of dbTargets()) {
  describe(`seed on ${target.name}`, () => {
    test('a second run writes nothing and duplicates nothing', async () => {
      const { db, dispose } = await target.create();
      try {
        const first = await seed(db);
        assert.ok(first.written > 0);
        const count = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM procedure'))[0]!.n);
        const before = await count();
        // A different key makes the second run go through every upsert instead of skipping.
        const second = await seed(db, seedCatalogue, 'another key');
        assert.deepEqual(second, { written: 0, revision: null });
        assert.equal(await count(), before);
        assert.equal(before, seedCatalogue.procedures.length);
      } finally {
        await dispose();
      }
    });

    test('a restart with the seed already applied skips it; a changed catalogue or seeding code runs it again', async () => {
      const { db, dispose } = await target.create();
      try {
        assert.ok((await seed(db)).written > 0);
        assert.deepEqual(await seed(db), { written: 0, revision: null, skipped: true });
        // The skip trusts the key alone: prove it by a row the seed would have put back.
        await db.query(`UPDATE procedure SET seed_hash = 'stale' WHERE id = 'sat-csd'`);
        assert.equal((await seed(db)).skipped, true);
        // New content: a new key, the seed runs and records it; the next start skips again.
        const changed = structuredClone(seedCatalogue);
        changed.procedures.find((p) => p.id === 'sat-rfc-company')!.summary = { es: 'Resumen nuevo', en: 'New summary' };
        assert.notEqual(seedKey(changed), seedKey(seedCatalogue));
        const r = await seed(db, changed);
        assert.equal(r.written, 2, 'the changed procedure and the one marked stale');
        assert.equal(r.skipped, undefined);
        assert.deepEqual(await seed(db, changed), { written: 0, revision: null, skipped: true });
        // New seeding code (validation, mapping) with the same content: a new key too.
        assert.notEqual(seedKey(changed, ['schema v1']), seedKey(changed, ['schema v2']));
        assert.equal((await seed(db, changed, seedKey(changed, ['schema v2']))).skipped, undefined);
      } finally {
        await dispose();
      }
    });

    test('a newer seed updates unedited rows, keeps edited ones, and records a version', async () => {
      const { db, dispose } = await target.create();
      try {
        await seed(db);
        // Staff edit one procedure.
        await db.query(
          `UPDATE procedure SET doc = jsonb_set(doc, '{summary,en}', '"Edited by staff"'), edited_at = now() WHERE id = 'sat-csd'`,
        );
        const changed = structuredClone(seedCatalogue);
        for (const p of changed.procedures) {
          if (p.id === 'sat-csd' || p.id === 'sat-rfc-company') p.summary = { es: 'Resumen nuevo', en: 'New summary' };
        }
        const r = await seed(db, changed);
        assert.equal(r.written, 1);
        assert.ok(r.revision !== null);
        const rows = await db.query<{ id: string; summary: string; version: number }>(
          `SELECT id, doc->'summary'->>'en' AS summary, version FROM procedure WHERE id IN ('sat-csd', 'sat-rfc-company') ORDER BY id`,
        );
        assert.deepEqual(rows.map((x) => [x.id, x.summary, x.version]), [
          ['sat-csd', 'Edited by staff', 1],
          ['sat-rfc-company', 'New summary', 2],
        ]);
        const versions = await db.query<{ n: string }>(`SELECT count(*) AS n FROM procedure_version WHERE procedure_id = 'sat-rfc-company'`);
        assert.equal(Number(versions[0]!.n), 2);
      } finally {
        await dispose();
      }
    });

    test('an invalid catalogue is refused whole: nothing is written', async () => {
      const { db, dispose } = await target.create();
      try {
        const broken = structuredClone(seedCatalogue);
        broken.procedures[0]!.prerequisites = ['does-not-exist'];
        await assert.rejects(seed(db, broken), /unknown prerequisite does-not-exist/);
        const n = await db.query<{ n: string }>('SELECT count(*) AS n FROM procedure');
        assert.equal(Number(n[0]!.n), 0);
        const [k] = await db.query<{ seed_key: string | null }>('SELECT seed_key FROM catalogue_revision');
        assert.equal(k!.seed_key, null, 'a refused seed records no key: the next start tries again');
      } finally {
        await dispose();
      }
    });
  });
}
