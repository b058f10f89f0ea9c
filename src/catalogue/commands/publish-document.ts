/**
 * Publishes a new version of a catalogue document without a public version
 * history of its own — a state page, an authority, one of its offices, a law, a
 * sector guide:
 * validates it against the whole catalogue, writes the row, marks it edited
 * (the seed never overwrites it again) and bumps the catalogue revision, in
 * the caller's transaction. With `log`, the publication also enters the public
 * change log (document_change) with its reason and field-by-field changes.
 * The audit trail keeps before and after.
 * Procedures have versions and reasons shown publicly: publish-procedure.ts.
 */
import type { z } from 'zod';
import type { Queryable } from '../../db/client.ts';
import { Authority, Law, Office, Sector, State, type Localized } from '../schema.ts';
import type { Change } from '../diff.ts';
import type { CatalogueView } from '../read-model.ts';
import { validateCatalogue } from '../validate.ts';
import { bumpRevision, TABLES } from '../queries.ts';
import { CertificationPair } from '../../certifications/schema.ts';

const SCHEMAS = { states: State, laws: Law, authorities: Authority, offices: Office, sectors: Sector, certifications: CertificationPair } as const;
export type DocumentTable = keyof typeof SCHEMAS;
/** The entity type of each table in the change log. */
export const DOCUMENT_TYPES = { states: 'state', laws: 'law', authorities: 'authority', offices: 'office', sectors: 'sector', certifications: 'certification' } as const satisfies Record<DocumentTable, string>;
export type DocumentType = (typeof DOCUMENT_TYPES)[DocumentTable];

/** What the public change log shows of a publication, in both languages. */
export interface ChangeLogEntry {
  reason: Localized;
  changes: Record<'es' | 'en', Change[]>;
}

export async function publishDocument(tx: Queryable, view: CatalogueView, table: DocumentTable, input: unknown, log?: ChangeLogEntry): Promise<{ id: string; revision: number }> {
  const doc = (SCHEMAS[table] as z.ZodType<Record<string, unknown>>).parse(input);
  // One spec shape for every table: the key and the extra columns come from the constant TABLES, never from input.
  const spec = TABLES[table] as unknown as { table: string; key: string; keyOf: (d: unknown) => string; columns: Record<string, (d: unknown) => string> };
  const id = spec.keyOf(doc);
  const whole = view.parsed();
  const others = (whole[table] as unknown[]).filter((d) => spec.keyOf(d) !== id);
  // Throws CatalogueError naming every problem; nothing is written then.
  validateCatalogue({ ...whole, [table]: [...others, doc] });
  const cols = Object.keys(spec.columns);
  const sets = [...cols.map((c, i) => `${c} = $${i + 2}`), `doc = $${cols.length + 2}::jsonb`];
  const rows = await tx.query(
    `UPDATE ${spec.table} SET ${sets.join(', ')}, edited_at = now(), updated_at = now() WHERE ${spec.key} = $1 RETURNING 1 AS ok`,
    [id, ...cols.map((c) => spec.columns[c]!(doc)), JSON.stringify(doc)],
  );
  if (!rows[0]) throw new Error(`no ${spec.table} ${id}`);
  if (log) {
    await tx.query('INSERT INTO document_change (entity_type, entity_id, reason, changes) VALUES ($1, $2, $3::jsonb, $4::jsonb)', [
      DOCUMENT_TYPES[table], id, JSON.stringify(log.reason), JSON.stringify(log.changes),
    ]);
  }
  return { id, revision: await bumpRevision(tx) };
}
