/**
 * Publishes a new version of a state page (its investor desk, secretariat,
 * payroll tax, notes): validates it against the whole catalogue, writes the
 * row, marks it edited (the seed never overwrites it again) and bumps the
 * catalogue revision — in the caller's transaction. State pages keep no
 * public version history (the audit trail keeps before/after).
 */
import type { Queryable } from '../../db/client.ts';
import { State } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import { validateCatalogue } from '../validate.ts';
import { bumpRevision } from '../queries.ts';

export async function publishState(tx: Queryable, view: CatalogueView, input: { doc: unknown }): Promise<{ code: string; revision: number }> {
  const doc = State.parse(input.doc);
  // Throws CatalogueError naming every problem; nothing is written then.
  validateCatalogue({
    laws: [...view.laws.values()],
    authorities: [...view.authorities.values()],
    offices: [...view.offices.values()],
    states: [...[...view.states.values()].filter((s) => s.code !== doc.code), doc],
    sectors: [...view.sectors.values()],
    procedures: view.procedures,
  });
  const rows = await tx.query<{ code: string }>(
    `UPDATE state SET slug = $2, doc = $3::jsonb, edited_at = now(), updated_at = now() WHERE code = $1 RETURNING code`,
    [doc.code, doc.slug, JSON.stringify(doc)],
  );
  if (!rows[0]) throw new Error(`no state ${doc.code}`);
  return { code: doc.code, revision: await bumpRevision(tx) };
}
