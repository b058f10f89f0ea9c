/** The author sends a complete draft (every text and the reason in both languages) for review. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { KINDS } from '../kinds.ts';
import { setDraftStatus } from '../queries.ts';
import { allow, assertComplete, draftSnapshot, EditorialError, loadDraft, type EditorialCtx } from './context.ts';

export async function submitDraft(db: Db, ctx: EditorialCtx, view: CatalogueView, draftId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { draft, kind, current } = await loadDraft(tx, KINDS, ctx.who, draftId);
    if (draft.authorId !== ctx.who.id) throw new EditorialError('notAuthor');
    allow(ctx.who, 'draft', kind.resource(current.doc));
    if (draft.status !== 'draft' && draft.status !== 'changes-requested') throw new EditorialError('notEditable');
    assertComplete(kind, view, draft);
    await setDraftStatus(tx, draft.id, 'submitted');
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'draft.submitted',
      entityType: 'draft',
      entityId: draft.id,
      before: draftSnapshot(draft),
      after: draftSnapshot({ ...draft, status: 'submitted' }),
      requestId: ctx.requestId,
    });
  });
}
