/**
 * An editor (or a state officer, for their states' documents) starts a draft
 * of a published document: the whole proposed document, the reason, and the
 * version it starts from. One open draft per document.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { changedPaths } from '../document.ts';
import { KINDS } from '../kinds.ts';
import { findOpenDraft, insertDraft, isUniqueViolation } from '../queries.ts';
import type { DraftEntityType, Reason } from '../schema.ts';
import { allow, EditorialError, loadVisible, prepareDocument, reasonOf, type EditorialCtx } from './context.ts';

export interface CreateDraftInput {
  entityType: DraftEntityType;
  entityId: string;
  doc: unknown;
  reason: Reason;
}

export async function createDraft(db: Db, ctx: EditorialCtx, view: CatalogueView, input: CreateDraftInput): Promise<string> {
  const kind = KINDS[input.entityType];
  try {
    return await db.transaction(async (tx) => {
      const current = await loadVisible(tx, kind, ctx.who, input.entityId);
      allow(ctx.who, 'draft', kind.resource(current.doc));
      const open = await findOpenDraft(tx, kind.type, input.entityId);
      if (open) throw new EditorialError('openDraftExists', { draftId: open.id });
      const { doc } = prepareDocument(kind, view, input.entityId, input.doc);
      // The proposal must stay within the officer's scope too (no moving a procedure to another state).
      allow(ctx.who, 'draft', kind.resource(doc));
      const reason = reasonOf(input.reason);
      const id = await insertDraft(tx, {
        entityType: kind.type,
        entityId: input.entityId,
        doc,
        baseVersion: current.version,
        baseUpdatedAt: current.updatedAt,
        baseDoc: current.doc,
        authorId: ctx.who.id,
        reason,
      });
      await recordAudit(tx, {
        actor: ctx.actor,
        action: 'draft.created',
        entityType: 'draft',
        entityId: id,
        after: { entityType: kind.type, entityId: input.entityId, status: 'draft', revision: 1, baseVersion: current.version, reason, changed: changedPaths(current.doc, doc) },
        requestId: ctx.requestId,
      });
      return id;
    });
  } catch (e) {
    // Two editors starting a draft at the same moment: the partial unique index decides.
    if (isUniqueViolation(e)) throw new EditorialError('openDraftExists', { draftId: (await findOpenDraft(db, kind.type, input.entityId))?.id ?? '' });
    throw e;
  }
}
