/**
 * Sign-in with e-mail and password. Each attempt is first claimed as a failure in the database
 * (one conditional UPDATE: parallel attempts take turns on the row), so no more than the limit of
 * passwords is ever checked before the lock, and a locked account refuses even the right one.
 * Addresses without an account are counted the same way (login_guard): the answers — 401, then
 * 423 — and the work done do not tell whether an account exists (ADR 017). The per-IP rate
 * limit is in the route. A success opens a database session, pending the second factor if enabled.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import {
  claimLoginAttempt,
  claimUnknownLoginAttempt,
  deleteStaleLoginGuards,
  findAccountByEmail,
  recordLoginSuccessAfterClaim,
  type AccountSecrets,
  type AttemptClaim,
} from '../queries.ts';
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

const minutesLeft = (until: Date | null) => (until && until > new Date() ? Math.ceil((until.getTime() - Date.now()) / 60_000) : 0);
const lockedOrBad = (c: AttemptClaim): SignInResult => (minutesLeft(c.lockedUntil) > 0 ? { kind: 'locked', minutes: minutesLeft(c.lockedUntil) } : { kind: 'bad' });

export async function signIn(db: Db, input: SignInInput, s: AuthSettings): Promise<SignInResult> {
  const found = await findAccountByEmail(db, input.email);
  const account = found && found.status === 'active' ? found : null;
  const claim = account
    ? await claimLoginAttempt(db, account.id, s.maxFailures, s.lockoutMinutes)
    : await claimUnknownLoginAttempt(db, hashToken(input.email.trim().toLowerCase()), s.maxFailures, s.lockoutMinutes);
  if (!claim.claimed) {
    // Locked: the password is not checked, but the same time is spent as if it were.
    await verifyPassword(undefined, input.password);
    return lockedOrBad(claim);
  }
  // Always verify (against a decoy when there is no account): same time either way.
  const passwordOk = await verifyPassword(account?.passwordHash, input.password);
  // Housekeeping on every failure path alike, so it does not tell the paths apart either.
  if (!account || !passwordOk) await deleteStaleLoginGuards(db).catch(() => 0);
  if (!account) return lockedOrBad(claim);
  const actor = { id: account.id, label: account.email };

  if (!passwordOk) {
    await db.transaction(async (tx) => {
      await recordAudit(tx, { actor, action: 'account.sign_in_failed', entityType: 'account', entityId: account.id, after: { failedLogins: claim.failedLogins }, requestId: input.requestId });
      if (minutesLeft(claim.lockedUntil) > 0) {
        await recordAudit(tx, { actor, action: 'account.locked', entityType: 'account', entityId: account.id, after: { lockedUntil: claim.lockedUntil!.toISOString() }, requestId: input.requestId });
      }
    });
    return lockedOrBad(claim);
  }

  const token = randomToken();
  const csrfSecret = randomToken();
  const opened = await db.transaction(async (tx) => {
    // Attempts claimed after this one may have locked the account meanwhile: then the lock stands.
    if (!(await recordLoginSuccessAfterClaim(tx, account.id, claim.failedLogins))) return false;
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
    return true;
  });
  if (!opened) {
    const until = (await findAccountByEmail(db, input.email))?.lockedUntil ?? null;
    return { kind: 'locked', minutes: Math.max(1, minutesLeft(until)) };
  }
  // Housekeeping off the critical path of correctness: expired rows are never used anyway.
  await deleteExpiredSessions(db).catch(() => 0);
  return { kind: 'ok', token, csrfSecret, account, totpPending: account.totpEnabled };
}
