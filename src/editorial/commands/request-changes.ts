/** A reviewer (not the author) sends a submitted draft back with a comment. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { KINDS } from '../kinds.ts';
import { setDraftStatus } from '../queries.ts';
import { allow, draftSnapshot, EditorialError, loadDraft, type EditorialCtx } from './context.ts';

export async function requestChanges(db: Db, ctx: EditorialCtx, input: { draftId: string; comment: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const { draft, kind } = await loadDraft(tx, KINDS, ctx.who, input.draftId);
    allow(ctx.who, 'review', kind.resource(draft.doc, draft.authorId));
    if (draft.status !== 'submitted') throw new EditorialError('notSubmitted');
    const comment = input.comment.trim();
    await setDraftStatus(tx, draft.id, 'changes-requested', { reviewerId: ctx.who.id, comment });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'draft.changes_requested',
      entityType: 'draft',
      entityId: draft.id,
      before: draftSnapshot(draft),
      after: { ...draftSnapshot({ ...draft, status: 'changes-requested' }), comment },
      requestId: ctx.requestId,
    });
  });
}
