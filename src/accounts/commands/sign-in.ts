/**
 * Sign-in with e-mail and password. Failures count per account and lock it
 * for a while after too many in a row (the per-IP rate limit is in the route);
 * a success opens a database session, pending the second factor if enabled.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { findAccountByEmail, recordLoginFailure, recordLoginSuccess, type AccountSecrets } from '../queries.ts';
import { deleteExpiredSessions, insertSession } from '../session-queries.ts';
import { hashToken, randomToken, verifyPassword } from '../secrets.ts';
import type { AuthSettings } from './context.ts';

export type SignInResult =
  | { kind: 'ok'; token: string; csrfSecret: string; account: AccountSecrets; totpPending: boolean }
  | { kind: 'bad' }
  | { kind: 'locked'; minutes: number };

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export async function signIn(db: Db, input: SignInInput, s: AuthSettings): Promise<SignInResult> {
  const account = await findAccountByEmail(db, input.email);
  // Always verify (against a decoy when there is no account): same time either way.
  const passwordOk = await verifyPassword(account?.passwordHash, input.password);
  if (!account || account.status !== 'active') return { kind: 'bad' };
  const actor = { id: account.id, label: account.email };
  const minutesLeft = (until: Date | null) => (until && until > new Date() ? Math.ceil((until.getTime() - Date.now()) / 60_000) : 0);
  if (minutesLeft(account.lockedUntil) > 0) return { kind: 'locked', minutes: minutesLeft(account.lockedUntil) };

  if (!passwordOk) {
    return db.transaction(async (tx) => {
      const r = await recordLoginFailure(tx, account.id, s.maxFailures, s.lockoutMinutes);
      await recordAudit(tx, { actor, action: 'account.sign_in_failed', entityType: 'account', entityId: account.id, after: { failedLogins: r.failedLogins }, requestId: input.requestId });
      if (minutesLeft(r.lockedUntil) > 0) {
        await recordAudit(tx, { actor, action: 'account.locked', entityType: 'account', entityId: account.id, after: { lockedUntil: r.lockedUntil!.toISOString() }, requestId: input.requestId });
        return { kind: 'locked' as const, minutes: minutesLeft(r.lockedUntil) };
      }
      return { kind: 'bad' as const };
    });
  }

  const token = randomToken();
  const csrfSecret = randomToken();
  await db.transaction(async (tx) => {
    await recordLoginSuccess(tx, account.id);
    await insertSession(tx, {
      idHash: hashToken(token),
      accountId: account.id,
      idleMinutes: s.idleMinutes,
      absoluteHours: s.absoluteHours,
      csrfSecret,
      totpPending: account.totpEnabled,
      userAgent: input.userAgent,
      ip: input.ip,
    });
    await recordAudit(tx, { actor, action: 'session.created', entityType: 'account', entityId: account.id, after: { totpPending: account.totpEnabled }, requestId: input.requestId });
  });
  // Housekeeping off the critical path of correctness: expired rows are never used anyway.
  await deleteExpiredSessions(db).catch(() => 0);
  return { kind: 'ok', token, csrfSecret, account, totpPending: account.totpEnabled };
}
