/**
 * Turns on TOTP for the signed-in account: the secret shown on the enrolment
 * page (kept on the session meanwhile) becomes the account's once a code from
 * the app proves the app has it.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { findAccountById, setTotp } from '../queries.ts';
import { setEnrolSecret } from '../session-queries.ts';
import { checkTotp } from '../totp.ts';
import type { Ctx } from './context.ts';

export async function enableTwoFactor(db: Db, ctx: Ctx, input: { sessionIdHash: string; accountId: string; secret: string; code: string }): Promise<boolean> {
  const step = await checkTotp(input.secret, input.code, null);
  if (step === null) return false;
  await db.transaction(async (tx) => {
    const before = await findAccountById(tx, input.accountId, { forUpdate: true });
    await setTotp(tx, input.accountId, input.secret, step);
    await setEnrolSecret(tx, input.sessionIdHash, null);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'account.two_factor_enabled',
      entityType: 'account',
      entityId: input.accountId,
      before: { totpEnabled: before?.totpEnabled ?? false },
      after: { totpEnabled: true },
      requestId: ctx.requestId,
    });
  });
  return true;
}
