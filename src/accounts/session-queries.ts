/** SQL for staff sessions (the rest of the accounts SQL is in queries.ts). */
import type { Queryable } from '../db/client.ts';
import { ACCOUNT_COLUMNS, toAccount, type AccountRow, type AccountSecrets } from './queries.ts';

export interface SessionRow {
  idHash: string;
  accountId: string;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  csrfSecret: string;
  totpPending: boolean;
  enrolTotpSecret: string | null;
}

type Raw = {
  id_hash: string;
  account_id: string;
  csrf_secret: string;
  totp_pending: boolean;
  enrol_totp_secret: string | null;
} & Record<'created_at' | 'last_seen_at' | 'idle_expires_at' | 'absolute_expires_at', Date | string>;

const toSession = (r: Raw): SessionRow => ({
  idHash: r.id_hash,
  accountId: r.account_id,
  createdAt: new Date(r.created_at),
  lastSeenAt: new Date(r.last_seen_at),
  idleExpiresAt: new Date(r.idle_expires_at),
  absoluteExpiresAt: new Date(r.absolute_expires_at),
  csrfSecret: r.csrf_secret,
  totpPending: r.totp_pending,
  enrolTotpSecret: r.enrol_totp_secret,
});

export async function insertSession(
  tx: Queryable,
  s: { idHash: string; accountId: string; idleMinutes: number; absoluteHours: number; csrfSecret: string; totpPending: boolean; userAgent: string | null; ip: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO staff_session (id_hash, account_id, idle_expires_at, absolute_expires_at, csrf_secret, totp_pending, user_agent, ip)
     VALUES ($1, $2, now() + make_interval(mins => $3), now() + make_interval(hours => $4), $5, $6, $7, $8)`,
    [s.idHash, s.accountId, s.idleMinutes, s.absoluteHours, s.csrfSecret, s.totpPending, s.userAgent?.slice(0, 300) ?? null, s.ip],
  );
}

/**
 * A live session with its account, in one statement: every staff request
 * runs this, and on the embedded database each round trip queues behind the others.
 */
export async function findLiveSessionWithAccount(db: Queryable, idHash: string): Promise<{ session: SessionRow; account: AccountSecrets } | null> {
  const rows = await db.query<Raw & AccountRow>(
    `SELECT s.id_hash, s.account_id, s.created_at AS s_created_at, s.last_seen_at, s.idle_expires_at, s.absolute_expires_at, s.csrf_secret,
       s.totp_pending, s.enrol_totp_secret, ${ACCOUNT_COLUMNS}
     FROM staff_session s JOIN staff_account a ON a.id = s.account_id
     WHERE s.id_hash = $1 AND s.idle_expires_at > now() AND s.absolute_expires_at > now()`,
    [idHash],
  );
  const r = rows[0] as (Raw & AccountRow & { s_created_at: Date | string }) | undefined;
  return r ? { session: toSession({ ...r, created_at: r.s_created_at }), account: toAccount(r) } : null;
}

/** Slides the idle expiry forward, never past the absolute one. */
export async function touchSession(db: Queryable, idHash: string, idleMinutes: number): Promise<void> {
  await db.query(
    `UPDATE staff_session SET last_seen_at = now(), idle_expires_at = LEAST(absolute_expires_at, now() + make_interval(mins => $2)) WHERE id_hash = $1`,
    [idHash, idleMinutes],
  );
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('DELETE FROM staff_session WHERE id_hash = $1', [idHash]);
}

export async function deleteSessionsOfAccount(tx: Queryable, accountId: string, exceptIdHash: string | null = null): Promise<number> {
  const rows = await tx.query('DELETE FROM staff_session WHERE account_id = $1 AND id_hash IS DISTINCT FROM $2 RETURNING id_hash', [accountId, exceptIdHash]);
  return rows.length;
}

export async function deleteExpiredSessions(db: Queryable): Promise<number> {
  const rows = await db.query('DELETE FROM staff_session WHERE idle_expires_at <= now() OR absolute_expires_at <= now() RETURNING id_hash');
  return rows.length;
}

export async function clearTotpPending(tx: Queryable, idHash: string): Promise<void> {
  await tx.query('UPDATE staff_session SET totp_pending = false WHERE id_hash = $1', [idHash]);
}

export async function setEnrolSecret(db: Queryable, idHash: string, secret: string | null): Promise<void> {
  await db.query('UPDATE staff_session SET enrol_totp_secret = $2 WHERE id_hash = $1', [idHash, secret]);
}
