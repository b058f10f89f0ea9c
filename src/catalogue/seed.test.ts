/** Integration: the seed is idempotent and never overwrites staff edits. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { seed } from './seed.ts';
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
        const second = await seed(db);
        assert.deepEqual(second, { written: 0, revision: null });
        assert.equal(await count(), before);
        assert.equal(before, seedCatalogue.procedures.length);
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
      } finally {
        await dispose();
      }
    });
  });
}
