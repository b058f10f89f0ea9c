/**
 * Loads the shipped catalogue into the database, idempotently: a restart with
 * the same seed writes nothing; a newer seed updates only rows staff have not
 * edited; nothing is ever deleted or duplicated.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { withAdvisoryLock } from '../db/migrate.ts';
import { seedCatalogue, type SeedCatalogue } from './content/index.ts';
import { bumpRevision, SEED_ORDER, TABLES, upsertSeedRow } from './queries.ts';
import { validateCatalogue } from './validate.ts';

export interface SeedResult {
  written: number;
  revision: number | null;
}

const hashOf = (doc: unknown) => createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 32);

export async function seed(db: Db, raw: SeedCatalogue = seedCatalogue): Promise<SeedResult> {
  const catalogue = validateCatalogue(raw);
  return withAdvisoryLock(db, () =>
    db.transaction(async (tx) => {
      let written = 0;
      for (const kind of SEED_ORDER) {
        const s = TABLES[kind];
        for (const doc of catalogue[kind] as unknown[]) {
          if (await upsertSeedRow(tx, s as never, doc, hashOf(doc))) written++;
        }
      }
      return { written, revision: written ? await bumpRevision(tx) : null };
    }),
  );
}
