/** CatalogueStore: reloads coalesce without missing a change, and listeners hear each new revision. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import type { Db } from '#src/db/client.ts';
import { seed } from './seed.ts';
import { CatalogueStore } from './store.ts';
import { bumpRevision } from './queries.ts';
import type { CatalogueView } from './read-model.ts';

/**
 * The real database, with a count of catalogue loads (each load reads the revision
 * once) and a gate: while `hold` is set, the store's queries wait, so a test can
 * make things happen "during" a load whatever the machine's speed.
 */
function counting(db: Db): { db: Db; loads: () => number; hold: () => () => void } {
  let n = 0;
  let gate: Promise<void> | undefined;
  const wrapped: Db = Object.create(db);
  wrapped.query = async (sql, params) => {
    await gate;
    if (sql.startsWith('SELECT revision FROM catalogue_revision')) n++;
    return db.query(sql, params);
  };
  const hold = () => {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    return () => {
      gate = undefined;
      open();
    };
  };
  return { db: wrapped, loads: () => n, hold };
}

for (const target of dbTargets()) {
  describe(`catalogue store on ${target.name}`, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ db, dispose } = await target.create());
      await seed(db);
    });
    after(() => dispose());

    test('a burst of reloads costs at most two loads, and the last one sees a change made during the first', async () => {
      const c = counting(db);
      const store = new CatalogueStore(c.db);
      await store.reload();
      const before = c.loads();
      const release = c.hold();
      const first = store.reload(); // held: still loading while the rest happens
      const revision = await db.transaction((tx) => bumpRevision(tx));
      const burst = Array.from({ length: 10 }, () => store.reload());
      release();
      await Promise.all([first, ...burst]);
      assert.ok(c.loads() - before <= 2, `${c.loads() - before} loads`);
      assert.equal(store.current.revision, revision);
      assert.equal((await burst[9]!).revision, revision);
    });

    test('listeners hear each new revision once, after it is current, and can unsubscribe', async () => {
      const store = new CatalogueStore(db);
      await store.reload();
      const heard: number[] = [];
      const off = store.onChange((v: CatalogueView) => {
        assert.equal(store.current, v, 'the new view is already current');
        heard.push(v.revision);
      });
      store.onChange(() => {
        throw new Error('a failing listener does not break reloads');
      });
      await store.reload(); // same revision: nobody is told
      const r1 = await db.transaction((tx) => bumpRevision(tx));
      await store.reload();
      off();
      await db.transaction((tx) => bumpRevision(tx));
      await store.reload();
      assert.deepEqual(heard, [r1]);
    });
  });
}
