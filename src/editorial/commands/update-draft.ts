/**
 * The author saves a new revision of their draft. Editing a submitted draft
 * takes it back to "draft": it must be submitted again, so a reviewer never
 * publishes text they were not shown.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { changedPaths } from '../document.ts';
import { KINDS } from '../kinds.ts';
import { updateDraftContent } from '../queries.ts';
import { EDITABLE_STATUSES, type Reason } from '../schema.ts';
import { allow, draftSnapshot, EditorialError, loadDraft, prepareDocument, reasonOf, type EditorialCtx } from './context.ts';

export interface UpdateDraftInput {
  draftId: string;
  doc: unknown;
  reason: Reason;
  /** The revision the editor loaded: a save over someone else's newer save is refused. */
  revision?: number | undefined;
}

export async function updateDraft(db: Db, ctx: EditorialCtx, view: CatalogueView, input: UpdateDraftInput): Promise<{ revision: number }> {
  return db.transaction(async (tx) => {
    const { draft, kind, current } = await loadDraft(tx, KINDS, ctx.who, input.draftId);
    if (draft.authorId !== ctx.who.id) throw new EditorialError('notAuthor');
    allow(ctx.who, 'draft', kind.resource(current.doc));
    if (!EDITABLE_STATUSES.includes(draft.status)) throw new EditorialError('notEditable');
    if (input.revision !== undefined && input.revision !== draft.revision) throw new EditorialError('stale');
    const { doc } = prepareDocument(kind, view, draft.entityId, input.doc);
    allow(ctx.who, 'draft', kind.resource(doc));
    const reason = reasonOf(input.reason);
    await updateDraftContent(tx, draft.id, doc, reason);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'draft.updated',
      entityType: 'draft',
      entityId: draft.id,
      before: draftSnapshot(draft),
      after: { ...draftSnapshot({ ...draft, status: 'draft', revision: draft.revision + 1, reason }), changed: changedPaths(draft.doc, doc) },
      requestId: ctx.requestId,
    });
    return { revision: draft.revision + 1 };
  });
}
