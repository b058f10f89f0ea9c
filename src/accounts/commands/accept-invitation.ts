/**
 * The invitee follows the link and chooses a password: the account is created
 * with the invitation's roles and states, and the invitation is used up.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { findAccountByEmail, findAccountById, findUsableInvitation, insertAccount, markInvitationAccepted, publicAccount, replaceAccess, type AccountSecrets } from '../queries.ts';
import { hashPassword, hashToken } from '../secrets.ts';
import { CommandError, type Ctx } from './context.ts';

export async function acceptInvitation(db: Db, ctx: Pick<Ctx, 'requestId'>, input: { token: string; displayName: string; password: string }): Promise<AccountSecrets | null> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const inv = await findUsableInvitation(tx, hashToken(input.token), { forUpdate: true });
    if (!inv) return null;
    if (await findAccountByEmail(tx, inv.email)) throw new CommandError('emailTaken');
    const id = await insertAccount(tx, { email: inv.email, displayName: input.displayName, passwordHash, locale: inv.locale });
    await replaceAccess(tx, id, inv.roles, inv.states);
    await markInvitationAccepted(tx, inv.id, id);
    const account = (await findAccountById(tx, id))!;
    await recordAudit(tx, {
      actor: { id, label: inv.email },
      action: 'account.created',
      entityType: 'account',
      entityId: id,
      after: { ...publicAccount(account), invitationId: inv.id },
      requestId: ctx.requestId,
    });
    return account;
  });
}
