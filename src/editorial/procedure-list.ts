/**
 * The staff list of procedures: the published catalogue from memory, filtered
 * to what the person may read, with the open drafts marked. Shared by the page
 * and the JSON API.
 */
import type { Actor } from '../accounts/policies.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Procedure } from '../catalogue/schema.ts';
import { may } from './commands/context.ts';
import { PROCEDURE } from './kinds.ts';
import { PAGE_SIZE, type DraftStatus, type ProcedureListQuery } from './schema.ts';

export interface ListedProcedure {
  p: Procedure;
  version: number;
  updatedAt: string | null;
  draft: { id: string; status: DraftStatus; authorName: string } | undefined;
  editable: boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function listProcedures(
  view: CatalogueView,
  who: Actor,
  q: ProcedureListQuery,
  drafts: Map<string, { id: string; status: DraftStatus; authorName: string }>,
): { rows: ListedProcedure[]; total: number; hasNext: boolean } {
  const words = q.q ? fold(q.q).split(/\s+/).filter(Boolean) : [];
  const all = view.procedures.filter((p) => {
    const resource = PROCEDURE.resource(p);
    if (!may(who, 'read', resource)) return false;
    if (q.level && p.level !== q.level) return false;
    if (q.authority && p.authority !== q.authority && view.authorities.get(p.authority)?.parent !== q.authority) return false;
    // A state's own procedures: its state and municipal ones, generic ones included.
    if (q.state && (p.level === 'federal' || (p.states.length > 0 && !p.states.includes(q.state)))) return false;
    if (q.draft === 'open' && !drafts.has(p.id)) return false;
    if (q.draft === 'none' && drafts.has(p.id)) return false;
    if (words.length) {
      const hay = fold(`${p.id} ${p.title.es} ${p.title.en}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  const start = (q.page - 1) * PAGE_SIZE;
  const rows = all.slice(start, start + PAGE_SIZE).map((p) => {
    const meta = view.lastUpdated(p);
    return { p, version: meta?.version ?? 1, updatedAt: meta ? meta.updatedAt.toISOString() : null, draft: drafts.get(p.id), editable: may(who, 'draft', PROCEDURE.resource(p)) };
  });
  return { rows, total: all.length, hasNext: start + PAGE_SIZE < all.length };
}
