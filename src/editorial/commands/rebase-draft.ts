/**
 * The author brings their draft up to date after another version was
 * published: their changes are merged onto the version published now
 * (merge.ts). Parts both changed are refused by name, nothing written; the
 * merged draft goes back to "draft" and is checked like any save, so it is
 * submitted and reviewed again.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { changedPaths } from '../document.ts';
import { KINDS } from '../kinds.ts';
import { mergeOnto } from '../merge.ts';
import { rebaseDraftContent } from '../queries.ts';
import { EDITABLE_STATUSES } from '../schema.ts';
import { allow, draftSnapshot, EditorialError, loadDraft, movedOn, prepareDocument, type EditorialCtx } from './context.ts';

export async function rebaseDraft(db: Db, ctx: EditorialCtx, view: CatalogueView, draftId: string): Promise<{ revision: number }> {
  return db.transaction(async (tx) => {
    const { draft, kind, current } = await loadDraft(tx, KINDS, ctx.who, draftId);
    if (draft.authorId !== ctx.who.id) throw new EditorialError('notAuthor');
    allow(ctx.who, 'draft', kind.resource(current.doc));
    if (!EDITABLE_STATUSES.includes(draft.status)) throw new EditorialError('notEditable');
    if (!movedOn(kind, current, draft)) throw new EditorialError('upToDate');
    if (!draft.baseDoc) throw new EditorialError('cannotRebase');
    const merged = mergeOnto(draft.baseDoc, draft.doc, current.doc);
    if (!merged.ok) throw new EditorialError('rebaseConflicts', { paths: merged.conflicts });
    const { doc } = prepareDocument(kind, view, draft.entityId, merged.doc);
    allow(ctx.who, 'draft', kind.resource(doc));
    await rebaseDraftContent(tx, draft.id, doc, current);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'draft.rebased',
      entityType: 'draft',
      entityId: draft.id,
      before: draftSnapshot(draft),
      after: { ...draftSnapshot({ ...draft, status: 'draft', revision: draft.revision + 1, baseVersion: current.version }), changed: changedPaths(draft.doc, doc) },
      requestId: ctx.requestId,
    });
    return { revision: draft.revision + 1 };
  });
}
