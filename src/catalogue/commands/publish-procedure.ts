/**
 * Publishes a new version of a procedure: validates it against the whole
 * catalogue (references, cycles), writes the row and its version with the
 * reason, marks it edited (the seed never overwrites it again) and bumps the
 * catalogue revision — one transaction. The editorial workflow calls this once
 * a reviewer approves a draft.
 */
import type { Queryable } from '../../db/client.ts';
import { Procedure, type Localized, type ProcedureInput } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import { validateCatalogue } from '../validate.ts';
import { bumpRevision } from '../queries.ts';

export interface PublishInput {
  doc: ProcedureInput;
  reason: Localized;
}

export interface PublishResult {
  id: string;
  version: number;
  revision: number;
}

export async function publishProcedure(tx: Queryable, view: CatalogueView, input: PublishInput): Promise<PublishResult> {
  const doc = Procedure.parse(input.doc);
  const others = view.procedures.filter((p) => p.id !== doc.id);
  // Throws CatalogueError naming every broken reference; nothing is written then.
  validateCatalogue({ ...view.parsed(), procedures: [...others, doc] });
  const rows = await tx.query<{ version: number }>(
    `INSERT INTO procedure (id, slug, level, phase, authority_id, doc, edited_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, now())
     ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, level = EXCLUDED.level, phase = EXCLUDED.phase,
       authority_id = EXCLUDED.authority_id, doc = EXCLUDED.doc, version = procedure.version + 1, edited_at = now(), updated_at = now()
     RETURNING version`,
    [doc.id, doc.slug, doc.level, doc.phase, doc.authority, JSON.stringify(doc)],
  );
  const version = rows[0]!.version;
  await tx.query(
    `INSERT INTO procedure_version (procedure_id, version, doc, note, reason) VALUES ($1, $2, $3::jsonb, 'published', $4::jsonb)`,
    [doc.id, version, JSON.stringify(doc), JSON.stringify(input.reason)],
  );
  return { id: doc.id, version, revision: await bumpRevision(tx) };
}
