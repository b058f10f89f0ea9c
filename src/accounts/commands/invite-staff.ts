/**
 * An administrator invites someone by e-mail with roles and states. A newer
 * invitation to the same address supersedes (revokes) pending ones. The link
 * carries a one-time token; only its hash is stored.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { mailDate, queueMail } from '../../mail/outbox.ts';
import { staffMessages } from '../locales/index.ts';
import { findAccountByEmail, insertInvitation, revokePendingInvitations, type Invitation } from '../queries.ts';
import type { InviteInput } from '../schema.ts';
import { hashToken, randomToken } from '../secrets.ts';
import { CommandError, INVITATION_DAYS, type Ctx } from './context.ts';

export const invitationSnapshot = (i: Invitation) => ({ email: i.email, displayName: i.displayName, locale: i.locale, roles: i.roles, states: i.states, expiresAt: i.expiresAt });

/** Creates the invitation inside `tx` (shared with the operator's admin:create). Returns it and its link. */
export async function createInvitation(tx: Queryable, ctx: Ctx, input: InviteInput, publicUrl: string): Promise<{ invitation: Invitation; link: string }> {
  if (await findAccountByEmail(tx, input.email)) throw new CommandError('emailTaken', 'email');
  for (const old of await revokePendingInvitations(tx, input.email)) {
    await recordAudit(tx, { actor: ctx.actor, action: 'invitation.revoked', entityType: 'invitation', entityId: old.id, before: invitationSnapshot(old), requestId: ctx.requestId });
  }
  const token = randomToken();
  const invitation = await insertInvitation(tx, {
    ...input,
    tokenHash: hashToken(token),
    invitedBy: ctx.actor.id,
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  });
  await recordAudit(tx, { actor: ctx.actor, action: 'invitation.created', entityType: 'invitation', entityId: invitation.id, after: invitationSnapshot(invitation), requestId: ctx.requestId });
  return { invitation, link: `${publicUrl}/staff/invitations/${token}` };
}

export async function inviteStaff(db: Db, ctx: Ctx & { inviterName: string }, input: InviteInput, publicUrl: string): Promise<Invitation> {
  return db.transaction(async (tx) => {
    const { invitation, link } = await createInvitation(tx, ctx, input, publicUrl);
    const t = staffMessages(input.locale);
    await queueMail(tx, {
      to: input.email,
      locale: input.locale,
      template: 'invitation',
      params: {
        name: input.displayName,
        inviter: ctx.inviterName,
        roles: input.roles.map((r) => t.roles[r]).join(', '),
        link,
        expires: mailDate(new Date(invitation.expiresAt), input.locale),
      },
    });
    return invitation;
  });
}
