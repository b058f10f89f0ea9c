/**
 * A reviewer who is not the author approves a submitted draft and publishes
 * it, in one transaction: the document's new version (publishProcedure /
 * publishDocument), the draft marked published, and both audit events. Refused
 * when the document was published since the draft started (a conflict the
 * author must resolve), or when the draft changed since the reviewer saw it.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { CatalogueError } from '../../catalogue/validate.ts';
import { changedPaths } from '../document.ts';
import { KINDS } from '../kinds.ts';
import { setDraftStatus } from '../queries.ts';
import { allow, assertComplete, draftSnapshot, EditorialError, loadDraft, movedOn, type EditorialCtx } from './context.ts';

export interface Published {
  entityType: string;
  entityId: string;
  version: number | null;
  /** The catalogue revision to announce after commit. */
  revision: number;
}

export async function approveDraft(db: Db, ctx: EditorialCtx, view: CatalogueView, input: { draftId: string; revision: number }): Promise<Published> {
  return db.transaction(async (tx) => {
    const { draft, kind } = await loadDraft(tx, KINDS, ctx.who, input.draftId);
    // The author is refused here (policy `notAuthor`); the table's CHECK refuses it again.
    allow(ctx.who, 'publish', kind.resource(draft.doc, draft.authorId));
    if (draft.status !== 'submitted') throw new EditorialError('notSubmitted');
    if (input.revision !== draft.revision) throw new EditorialError('stale');
    // Lock the published row: a concurrent publication waits, then sees the new version here.
    const current = (await kind.load(tx, draft.entityId, { forUpdate: true }))!;
    if (movedOn(kind, current, draft)) throw new EditorialError('conflict', { currentVersion: current.version });
    const doc = assertComplete(kind, view, draft);
    // The catalogue's whole check runs again at publication (publishDocument): a document it refuses
    // there (a directory entry not yet verified, say) is the reviewer's 400 with the problems named.
    const published = await kind.publish(tx, view, doc, draft.reason).catch((e: unknown) => {
      throw e instanceof CatalogueError ? new EditorialError('catalogueProblems', { problems: e.problems }) : e;
    });
    await setDraftStatus(tx, draft.id, 'published', { reviewerId: ctx.who.id, ...(published.version !== null ? { publishedVersion: published.version } : {}) });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'draft.approved',
      entityType: 'draft',
      entityId: draft.id,
      before: draftSnapshot(draft),
      after: draftSnapshot({ ...draft, status: 'published' }),
      requestId: ctx.requestId,
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: `${kind.auditType}.published`,
      entityType: kind.auditType,
      entityId: draft.entityId,
      before: { version: current.version, updatedAt: current.updatedAt },
      after: { version: published.version, draftId: draft.id, author: draft.authorId, reason: draft.reason, changed: changedPaths(current.doc, doc) },
      requestId: ctx.requestId,
    });
    return { entityType: kind.type, entityId: draft.entityId, version: published.version, revision: published.revision };
  });
}
