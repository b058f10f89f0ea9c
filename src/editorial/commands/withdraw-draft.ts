/**
 * A draft is abandoned: by its author, or by anyone who may draft the same
 * document (an abandoned draft would otherwise block the document for good).
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { KINDS } from '../kinds.ts';
import { setDraftStatus } from '../queries.ts';
import { OPEN_STATUSES } from '../schema.ts';
import { allow, draftSnapshot, EditorialError, loadDraft, type EditorialCtx } from './context.ts';

export async function withdrawDraft(db: Db, ctx: EditorialCtx, draftId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { draft, kind, current } = await loadDraft(tx, KINDS, ctx.who, draftId);
    if (draft.authorId !== ctx.who.id) allow(ctx.who, 'draft', kind.resource(current.doc));
    if (!OPEN_STATUSES.includes(draft.status)) throw new EditorialError('notEditable');
    await setDraftStatus(tx, draft.id, 'withdrawn');
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'draft.withdrawn',
      entityType: 'draft',
      entityId: draft.id,
      before: draftSnapshot(draft),
      after: draftSnapshot({ ...draft, status: 'withdrawn' }),
      requestId: ctx.requestId,
    });
  });
}
