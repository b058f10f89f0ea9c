/** Ends the current session (the row is deleted: a copied cookie stops working at once). */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { deleteSession } from '../session-queries.ts';
import type { Ctx } from './context.ts';

export async function signOut(db: Db, ctx: Ctx, input: { sessionIdHash: string; accountId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, input.sessionIdHash);
    await recordAudit(tx, { actor: ctx.actor, action: 'session.ended', entityType: 'account', entityId: input.accountId, requestId: ctx.requestId });
  });
}
