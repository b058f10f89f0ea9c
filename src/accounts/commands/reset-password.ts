/** Sets a new password from a reset link: the link is consumed, every session ends, and the owner is told by mail. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { mailDate, queueMail } from '../../mail/outbox.ts';
import { consumePasswordReset, findAccountById, setPasswordHash } from '../queries.ts';
import { deleteSessionsOfAccount } from '../session-queries.ts';
import { hashPassword, hashToken } from '../secrets.ts';
import type { Ctx } from './context.ts';

export async function resetPassword(db: Db, ctx: Pick<Ctx, 'requestId'>, input: { token: string; password: string }): Promise<boolean> {
  const passwordHash = await hashPassword(input.password); // before the transaction: argon2 is slow on purpose
  return db.transaction(async (tx) => {
    const accountId = await consumePasswordReset(tx, hashToken(input.token));
    if (!accountId) return false;
    const account = await findAccountById(tx, accountId, { forUpdate: true });
    if (!account || account.status !== 'active') return false;
    await setPasswordHash(tx, accountId, passwordHash);
    const ended = await deleteSessionsOfAccount(tx, accountId);
    await queueMail(tx, { to: account.email, locale: account.locale, template: 'passwordChanged', params: { name: account.displayName, when: mailDate(new Date(), account.locale) } });
    await recordAudit(tx, {
      actor: { id: account.id, label: account.email },
      action: 'account.password_reset',
      entityType: 'account',
      entityId: accountId,
      after: { sessionsEnded: ended },
      requestId: ctx.requestId,
    });
    return true;
  });
}
