/**
 * An administrator changes someone's roles and states. Sessions read roles on
 * every request, so the change applies at once. Administrators cannot demote
 * themselves, and the last active administrator cannot be demoted.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { countOtherActiveAdmins, findAccountById, replaceAccess } from '../queries.ts';
import type { AccessInput } from '../schema.ts';
import { CommandError, type Ctx } from './context.ts';

export async function changeAccess(db: Db, ctx: Ctx, accountId: string, input: AccessInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await findAccountById(tx, accountId, { forUpdate: true });
    if (!before) return false;
    const losesAdmin = before.roles.includes('admin') && !input.roles.includes('admin');
    if (losesAdmin && accountId === ctx.actor.id) throw new CommandError('cannotChangeOwnAccess', 'roles');
    if (losesAdmin && before.status === 'active' && (await countOtherActiveAdmins(tx, accountId)) === 0) throw new CommandError('lastAdmin', 'roles');
    await replaceAccess(tx, accountId, input.roles, input.states);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'account.access_changed',
      entityType: 'account',
      entityId: accountId,
      before: { roles: before.roles, states: before.states },
      after: { roles: [...input.roles].sort(), states: input.states },
      requestId: ctx.requestId,
    });
    return true;
  });
}
