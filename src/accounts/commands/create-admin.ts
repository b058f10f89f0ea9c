/**
 * The operator's way in (npm run admin:create): creates an administrator,
 * either with a password given on a terminal, or as a one-time link to set it.
 * There are no default credentials; this runs in the CLI process or, when the
 * embedded database is held by a running server, inside the server.
 */
import type { Db } from '../../db/client.ts';
import { CLI_ACTOR, recordAudit } from '../../audit/record.ts';
import { findAccountByEmail, findAccountById, insertAccount, publicAccount, replaceAccess } from '../queries.ts';
import { Email, DisplayName, LocaleField, Password } from '../schema.ts';
import { hashPassword } from '../secrets.ts';
import { CommandError } from './context.ts';
import { createInvitation } from './invite-staff.ts';

export interface CreateAdminInput {
  email: string;
  name?: string | undefined;
  locale?: 'es' | 'en' | undefined;
  password?: string | undefined;
}

export type CreateAdminResult = { kind: 'created'; accountId: string; email: string } | { kind: 'invited'; email: string; link: string; expiresAt: string };

/** Throws an Error whose message is fit for the terminal. */
export async function createAdmin(db: Db, input: CreateAdminInput, publicUrl: string): Promise<CreateAdminResult> {
  const email = Email.safeParse(input.email);
  if (!email.success) throw new Error(`--email: not a valid e-mail address: ${input.email}`);
  const name = DisplayName.safeParse(input.name ?? email.data.split('@')[0]);
  if (!name.success) throw new Error('--name: give a name of 1 to 120 characters');
  const locale = LocaleField.safeParse(input.locale ?? 'es');
  if (!locale.success) throw new Error('--locale: es or en');
  const ctx = { actor: CLI_ACTOR, requestId: null };

  if (input.password !== undefined) {
    const pw = Password.safeParse(input.password);
    if (!pw.success) throw new Error('password: at least 12 and at most 200 characters');
    const passwordHash = await hashPassword(pw.data);
    return db.transaction(async (tx) => {
      if (await findAccountByEmail(tx, email.data)) throw new Error(`an account for ${email.data} already exists`);
      const id = await insertAccount(tx, { email: email.data, displayName: name.data, passwordHash, locale: locale.data });
      await replaceAccess(tx, id, ['admin'], []);
      const account = (await findAccountById(tx, id))!;
      await recordAudit(tx, { ...ctx, action: 'account.created', entityType: 'account', entityId: id, after: publicAccount(account) });
      return { kind: 'created' as const, accountId: id, email: email.data };
    });
  }

  try {
    return await db.transaction(async (tx) => {
      const { invitation, link } = await createInvitation(tx, ctx, { email: email.data, displayName: name.data, locale: locale.data, roles: ['admin'], states: [] }, publicUrl);
      return { kind: 'invited' as const, email: invitation.email, link, expiresAt: invitation.expiresAt };
    });
  } catch (e) {
    if (e instanceof CommandError && e.key === 'emailTaken') throw new Error(`an account for ${email.data} already exists`);
    throw e;
  }
}
