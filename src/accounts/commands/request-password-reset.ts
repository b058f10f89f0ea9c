/**
 * Sends a one-time reset link to an active account, at most RESET_MAILS_PER_HOUR an hour (counted
 * under the account's row lock, so parallel requests cannot exceed it). The caller answers the
 * same, after the same time, whether or not the address has an account (no enumeration: ADR 017).
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { mailDate, queueMail } from '../../mail/outbox.ts';
import { countRecentPasswordResets, findAccountByEmail, findAccountById, insertPasswordReset } from '../queries.ts';
import { hashToken, randomToken } from '../secrets.ts';
import { ANONYMOUS, RESET_MAILS_PER_HOUR, RESET_MINUTES, type Ctx } from './context.ts';

export async function requestPasswordReset(db: Db, ctx: Pick<Ctx, 'requestId'>, input: { email: string; publicUrl: string }): Promise<boolean> {
  const account = await findAccountByEmail(db, input.email);
  if (!account || account.status !== 'active') return false;
  const token = randomToken();
  const expires = new Date(Date.now() + RESET_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    await findAccountById(tx, account.id, { forUpdate: true });
    if ((await countRecentPasswordResets(tx, account.id)) >= RESET_MAILS_PER_HOUR) return false;
    await insertPasswordReset(tx, account.id, hashToken(token), expires);
    await queueMail(tx, {
      to: account.email,
      locale: account.locale,
      template: 'passwordReset',
      params: { name: account.displayName, link: `${input.publicUrl}/staff/password/reset/${token}`, expires: mailDate(expires, account.locale) },
    });
    await recordAudit(tx, { actor: ANONYMOUS, action: 'account.password_reset_requested', entityType: 'account', entityId: account.id, after: { expiresAt: expires.toISOString() }, requestId: ctx.requestId });
    return true;
  });
}
