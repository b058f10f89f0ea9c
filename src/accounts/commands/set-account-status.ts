/** An administrator disables (or re-enables) an account; disabling ends its sessions at once. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { countOtherActiveAdmins, findAccountById, setStatus } from '../queries.ts';
import { deleteSessionsOfAccount } from '../session-queries.ts';
import { CommandError, type Ctx } from './context.ts';

export async function setAccountStatus(db: Db, ctx: Ctx, accountId: string, status: 'active' | 'disabled'): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await findAccountById(tx, accountId, { forUpdate: true });
    if (!before) return false;
    if (before.status === status) return true;
    if (status === 'disabled') {
      if (accountId === ctx.actor.id) throw new CommandError('cannotChangeOwnAccess', 'status');
      if (before.roles.includes('admin') && (await countOtherActiveAdmins(tx, accountId)) === 0) throw new CommandError('lastAdmin', 'status');
    }
    await setStatus(tx, accountId, status);
    const ended = status === 'disabled' ? await deleteSessionsOfAccount(tx, accountId) : 0;
    await recordAudit(tx, {
      actor: ctx.actor,
      action: status === 'disabled' ? 'account.disabled' : 'account.enabled',
      entityType: 'account',
      entityId: accountId,
      before: { status: before.status },
      after: { status, sessionsEnded: ended },
      requestId: ctx.requestId,
    });
    return true;
  });
}
