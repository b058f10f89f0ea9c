/** An administrator turns off someone's TOTP (lost phone); they must enrol again, and their sessions end. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { findAccountById, setTotp } from '../queries.ts';
import { deleteSessionsOfAccount } from '../session-queries.ts';
import type { Ctx } from './context.ts';

export async function resetTwoFactor(db: Db, ctx: Ctx, accountId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await findAccountById(tx, accountId, { forUpdate: true });
    if (!before) return false;
    await setTotp(tx, accountId, null, null);
    await deleteSessionsOfAccount(tx, accountId);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'account.two_factor_reset',
      entityType: 'account',
      entityId: accountId,
      before: { totpEnabled: before.totpEnabled },
      after: { totpEnabled: false },
      requestId: ctx.requestId,
    });
    return true;
  });
}
