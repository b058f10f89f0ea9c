/** An administrator withdraws a pending invitation: its link stops working. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { revokeInvitation as revoke } from '../queries.ts';
import type { Ctx } from './context.ts';
import { invitationSnapshot } from './invite-staff.ts';

export async function revokeInvitation(db: Db, ctx: Ctx, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inv = await revoke(tx, id);
    if (!inv) return false;
    await recordAudit(tx, { actor: ctx.actor, action: 'invitation.revoked', entityType: 'invitation', entityId: inv.id, before: invitationSnapshot(inv), requestId: ctx.requestId });
    return true;
  });
}
