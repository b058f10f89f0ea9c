/**
 * The second step of sign-in: a TOTP code for a session whose password was
 * accepted. Wrong codes count toward the same lockout as wrong passwords, and
 * a lockout ends the pending session.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { advanceTotpStep, findAccountById, recordLoginFailure, recordLoginSuccess } from '../queries.ts';
import { clearTotpPending, deleteSessionsOfAccount } from '../session-queries.ts';
import { checkTotp } from '../totp.ts';
import type { AuthSettings } from './context.ts';

export type SecondFactorResult = { kind: 'ok' } | { kind: 'bad' } | { kind: 'locked'; minutes: number };

export async function verifySecondFactor(db: Db, input: { sessionIdHash: string; accountId: string; code: string; requestId: string | null }, s: AuthSettings): Promise<SecondFactorResult> {
  return db.transaction(async (tx) => {
    const account = await findAccountById(tx, input.accountId, { forUpdate: true });
    if (!account?.totpSecret || account.status !== 'active') return { kind: 'bad' as const };
    const actor = { id: account.id, label: account.email };
    if (account.lockedUntil && account.lockedUntil > new Date()) {
      await deleteSessionsOfAccount(tx, account.id);
      return { kind: 'locked' as const, minutes: Math.ceil((account.lockedUntil.getTime() - Date.now()) / 60_000) };
    }
    const step = await checkTotp(account.totpSecret, input.code, account.totpLastStep);
    if (step !== null && (await advanceTotpStep(tx, account.id, step))) {
      await recordLoginSuccess(tx, account.id);
      await clearTotpPending(tx, input.sessionIdHash);
      await recordAudit(tx, { actor, action: 'session.second_factor_verified', entityType: 'account', entityId: account.id, requestId: input.requestId });
      return { kind: 'ok' as const };
    }
    const r = await recordLoginFailure(tx, account.id, s.maxFailures, s.lockoutMinutes);
    await recordAudit(tx, { actor, action: 'account.second_factor_failed', entityType: 'account', entityId: account.id, after: { failedLogins: r.failedLogins }, requestId: input.requestId });
    if (r.lockedUntil && r.lockedUntil > new Date()) {
      await deleteSessionsOfAccount(tx, account.id);
      await recordAudit(tx, { actor, action: 'account.locked', entityType: 'account', entityId: account.id, after: { lockedUntil: r.lockedUntil.toISOString() }, requestId: input.requestId });
      return { kind: 'locked' as const, minutes: Math.ceil((r.lockedUntil.getTime() - Date.now()) / 60_000) };
    }
    return { kind: 'bad' as const };
  });
}
