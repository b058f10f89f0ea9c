/**
 * Loads the shipped catalogue into the database, idempotently: a restart with
 * the same seed writes nothing; a newer seed updates only rows staff have not
 * edited; nothing is ever deleted or duplicated.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../db/client.ts';
import { withAdvisoryLock } from '../db/migrate.ts';
import { seedCatalogue, type SeedCatalogue } from './content/index.ts';
import { bumpRevision, SEED_ORDER, TABLES, upsertSeedRow } from './queries.ts';
import { validateCatalogue } from './validate.ts';

export interface SeedResult {
  written: number;
  revision: number | null;
  /** True when the database already holds this exact seed (same key): nothing was read or written. */
  skipped?: boolean;
}

const hashOf = (doc: unknown) => createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 32);

/**
 * The code whose changes can change what a seed writes from the same content: validation (zod
 * transforms and defaults shape the stored documents), the row mapping and this file. Read as text
 * so that an edit to any of them gives a new key, as a content edit does.
 */
const SEED_CODE = ['./schema.ts', './validate.ts', './queries.ts', './seed.ts', '../certifications/schema.ts', '../opportunities/schema.ts', '../opportunities/validate.ts', '../directory/schema.ts', '../directory/validate.ts'];

/** What decides what a seed writes: the raw catalogue and the code above. */
export function seedKey(raw: SeedCatalogue, code: string[] = SEED_CODE.map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))): string {
  const h = createHash('sha256');
  for (const c of code) h.update(c).update('\0');
  return h.update(JSON.stringify(raw)).digest('hex').slice(0, 32);
}

export async function seed(db: Db, raw: SeedCatalogue = seedCatalogue, key: string = seedKey(raw)): Promise<SeedResult> {
  // A restart with the seed already applied would validate ~240 documents and run one upsert each
  // to write nothing; the key recorded by the last full run says so in one query.
  if (await appliedKey(db) === key) return { written: 0, revision: null, skipped: true };
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
      await tx.query('UPDATE catalogue_revision SET seed_key = $1 WHERE id = 1', [key]);
      return { written, revision: written ? await bumpRevision(tx) : null };
    }),
  );
}

async function appliedKey(db: Db): Promise<string | null> {
  const [row] = await db.query<{ seed_key: string | null }>('SELECT seed_key FROM catalogue_revision WHERE id = 1');
  return row?.seed_key ?? null;
}
