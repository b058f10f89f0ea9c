/**
 * The accounts domain's SQL for accounts, roles, invitations and password
 * resets (sessions: session-queries.ts). Parameterised; e-mail compared
 * case-insensitively through the lower(email) unique index.
 */
import type { Queryable } from '../db/client.ts';
import type { Account, Role, UsersQuery } from './schema.ts';

export const USERS_PAGE_SIZE = 25;

/** What sign-in and TOTP checks need beyond the public Account. */
export interface AccountSecrets extends Account {
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number | null;
  failedLogins: number;
  lockedUntil: Date | null;
}

/** Shared with session-queries.ts, which loads a session and its account in one statement. */
export const ACCOUNT_COLUMNS = `a.id, a.email, a.display_name, a.locale, a.status, a.totp_enabled, a.totp_secret, a.totp_last_step,
  a.password_hash, a.failed_logins, a.locked_until, a.last_login_at, a.created_at,
  COALESCE((SELECT array_agg(r.role ORDER BY r.role) FROM staff_role r WHERE r.account_id = a.id), '{}') AS roles,
  COALESCE((SELECT array_agg(s.state_code::text ORDER BY s.state_code) FROM staff_state_scope s WHERE s.account_id = a.id), '{}') AS states`;

export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  locale: 'es' | 'en';
  status: 'active' | 'disabled';
  totp_enabled: boolean;
  totp_secret: string | null;
  totp_last_step: string | number | null;
  password_hash: string;
  failed_logins: number;
  locked_until: Date | string | null;
  last_login_at: Date | string | null;
  created_at: Date | string;
  roles: Role[];
  states: string[];
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function toAccount(r: AccountRow): AccountSecrets {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    locale: r.locale,
    status: r.status,
    totpEnabled: r.totp_enabled,
    roles: r.roles,
    states: r.states,
    lastLoginAt: iso(r.last_login_at),
    createdAt: iso(r.created_at)!,
    passwordHash: r.password_hash,
    totpSecret: r.totp_secret,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
  };
}

/** Strips secrets: what may be shown, presented or audited. */
export function publicAccount(a: AccountSecrets | Account): Account {
  const { id, email, displayName, locale, status, totpEnabled, roles, states, lastLoginAt, createdAt } = a;
  return { id, email, displayName, locale, status, totpEnabled, roles, states, lastLoginAt, createdAt };
}

export async function findAccountByEmail(db: Queryable, email: string): Promise<AccountSecrets | null> {
  const rows = await db.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_account a WHERE lower(a.email) = lower($1)`, [email]);
  return rows[0] ? toAccount(rows[0]) : null;
}

/** `forUpdate` locks the row for the rest of the transaction (concurrent sign-in failures, access changes). */
export async function findAccountById(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<AccountSecrets | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await db.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_account a WHERE a.id = $1${opts.forUpdate ? ' FOR UPDATE OF a' : ''}`, [id]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function countAccounts(db: Queryable): Promise<number> {
  return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM staff_account'))[0]!.n);
}

/** Active administrators other than `exceptId`: the last one may not be demoted or disabled. */
export async function countOtherActiveAdmins(db: Queryable, exceptId: string): Promise<number> {
  const rows = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM staff_account a JOIN staff_role r ON r.account_id = a.id AND r.role = 'admin' WHERE a.status = 'active' AND a.id <> $1`,
    [exceptId],
  );
  return Number(rows[0]!.n);
}

export async function insertAccount(tx: Queryable, a: { email: string; displayName: string; passwordHash: string; locale: string }): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    'INSERT INTO staff_account (email, display_name, password_hash, locale) VALUES ($1, $2, $3, $4) RETURNING id',
    [a.email, a.displayName, a.passwordHash, a.locale],
  );
  return rows[0]!.id;
}

export async function replaceAccess(tx: Queryable, accountId: string, roles: readonly Role[], states: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM staff_role WHERE account_id = $1', [accountId]);
  await tx.query('DELETE FROM staff_state_scope WHERE account_id = $1', [accountId]);
  if (roles.length) await tx.query('INSERT INTO staff_role (account_id, role) SELECT $1, unnest($2::text[])', [accountId, roles]);
  if (states.length) await tx.query('INSERT INTO staff_state_scope (account_id, state_code) SELECT $1, unnest($2::text[])', [accountId, states]);
  await tx.query('UPDATE staff_account SET updated_at = now() WHERE id = $1', [accountId]);
}

export interface AttemptClaim {
  /** False: the account (or address) is locked and the password must not even be checked. */
  claimed: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

/*
 * Sign-in attempts are claimed BEFORE the password is checked, as a failure, in one conditional
 * UPDATE: the row lock serialises parallel attempts, so at most `max` passwords are ever checked
 * before the lock, whatever the concurrency (issue 9, finding 1). A lock that has ended starts the
 * count again. A correct password then gives its claim back (recordLoginSuccessAfterClaim).
 */
const CLAIM_SET = (t: string) => `
       failed_logins = CASE WHEN ${t}.locked_until IS NOT NULL AND ${t}.locked_until <= now() THEN 1 ELSE ${t}.failed_logins + 1 END,
       locked_until = CASE
         WHEN (CASE WHEN ${t}.locked_until IS NOT NULL AND ${t}.locked_until <= now() THEN 1 ELSE ${t}.failed_logins + 1 END) >= $2
           THEN now() + make_interval(mins => $3)
         ELSE NULL END,
       updated_at = now()`;
const unlocked = (t: string) => `(${t}.locked_until IS NULL OR ${t}.locked_until <= now())`;
type ClaimRow = { failed_logins: number; locked_until: Date | string | null };
const toClaim = (rows: ClaimRow[], lockedUntil: () => Promise<Date | null>) =>
  rows[0]
    ? Promise.resolve({ claimed: true, failedLogins: rows[0].failed_logins, lockedUntil: toDate(rows[0].locked_until) })
    : lockedUntil().then((until) => ({ claimed: false, failedLogins: 0, lockedUntil: until }));
const toDate = (d: Date | string | null) => (d === null ? null : new Date(d));

/** Claims an attempt on an account; not claimed while it is locked. */
export async function claimLoginAttempt(db: Queryable, id: string, max: number, lockMinutes: number): Promise<AttemptClaim> {
  const rows = await db.query<ClaimRow>(
    `UPDATE staff_account SET ${CLAIM_SET('staff_account')} WHERE id = $1 AND ${unlocked('staff_account')} RETURNING failed_logins, locked_until`,
    [id, max, lockMinutes],
  );
  return toClaim(rows, async () => toDate((await db.query<ClaimRow>('SELECT locked_until FROM staff_account WHERE id = $1', [id]))[0]?.locked_until ?? null));
}

/** The same claim for an address without an active account (table login_guard). */
export async function claimUnknownLoginAttempt(db: Queryable, emailKey: string, max: number, lockMinutes: number): Promise<AttemptClaim> {
  const rows = await db.query<ClaimRow>(
    `INSERT INTO login_guard (email_key, failed_logins, locked_until) VALUES ($1, 1, CASE WHEN 1 >= $2 THEN now() + make_interval(mins => $3) END)
     ON CONFLICT (email_key) DO UPDATE SET ${CLAIM_SET('login_guard')} WHERE ${unlocked('login_guard')}
     RETURNING failed_logins, locked_until`,
    [emailKey, max, lockMinutes],
  );
  return toClaim(rows, async () => toDate((await db.query<ClaimRow>('SELECT locked_until FROM login_guard WHERE email_key = $1', [emailKey]))[0]?.locked_until ?? null));
}

/** Forgets unknown addresses whose lock (or count) is over a day old. */
export async function deleteStaleLoginGuards(db: Queryable): Promise<number> {
  const rows = await db.query("DELETE FROM login_guard WHERE updated_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until <= now()) RETURNING 1");
  return rows.length;
}

/** Counts a failure and locks the account once `max` consecutive failures are reached (the second factor). */
export async function recordLoginFailure(tx: Queryable, id: string, max: number, lockMinutes: number): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
  const rows = await tx.query<{ failed_logins: number; locked_until: Date | string | null }>(
    `UPDATE staff_account SET
       failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END,
       updated_at = now()
     WHERE id = $1 RETURNING failed_logins, locked_until`,
    [id, max, lockMinutes],
  );
  const r = rows[0]!;
  return { failedLogins: r.failed_logins, lockedUntil: r.locked_until === null ? null : new Date(r.locked_until) };
}

/**
 * A correct password gives its claim back and clears the count — unless the account was locked
 * by attempts claimed after this one (then the lock stands: false). The attempt that itself
 * reached the limit may still succeed, as it would have one at a time.
 */
export async function recordLoginSuccessAfterClaim(tx: Queryable, id: string, claimedCount: number): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE staff_account SET failed_logins = 0, locked_until = NULL, last_login_at = now(), updated_at = now()
     WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now() OR failed_logins = $2) RETURNING 1`,
    [id, claimedCount],
  );
  return rows.length === 1;
}

export async function recordLoginSuccess(tx: Queryable, id: string): Promise<void> {
  await tx.query('UPDATE staff_account SET failed_logins = 0, locked_until = NULL, last_login_at = now(), updated_at = now() WHERE id = $1', [id]);
}

export async function setPasswordHash(tx: Queryable, id: string, passwordHash: string): Promise<void> {
  await tx.query('UPDATE staff_account SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = now() WHERE id = $1', [id, passwordHash]);
}

export async function setLocale(tx: Queryable, id: string, locale: string): Promise<void> {
  await tx.query('UPDATE staff_account SET locale = $2, updated_at = now() WHERE id = $1', [id, locale]);
}

export async function setStatus(tx: Queryable, id: string, status: 'active' | 'disabled'): Promise<void> {
  await tx.query('UPDATE staff_account SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}

export async function setTotp(tx: Queryable, id: string, secret: string | null, lastStep: number | null): Promise<void> {
  await tx.query('UPDATE staff_account SET totp_secret = $2, totp_enabled = $2::text IS NOT NULL, totp_last_step = $3, updated_at = now() WHERE id = $1', [id, secret, lastStep]);
}

/** Remembers the time step of an accepted code, refusing it if a concurrent request already used it or a later one. */
export async function advanceTotpStep(tx: Queryable, id: string, step: number): Promise<boolean> {
  const rows = await tx.query('UPDATE staff_account SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id', [id, step]);
  return rows.length === 1;
}

export async function listAccounts(db: Queryable, q: UsersQuery): Promise<{ items: Account[]; hasNext: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (q.q) {
    const like = p(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(a.email ILIKE ${like} OR a.display_name ILIKE ${like})`);
  }
  if (q.role) where.push(`EXISTS (SELECT 1 FROM staff_role r WHERE r.account_id = a.id AND r.role = ${p(q.role)})`);
  if (q.state) where.push(`EXISTS (SELECT 1 FROM staff_state_scope s WHERE s.account_id = a.id AND s.state_code = ${p(q.state)})`);
  if (q.status) where.push(`a.status = ${p(q.status)}`);
  const rows = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM staff_account a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY lower(a.email) LIMIT ${p(USERS_PAGE_SIZE + 1)} OFFSET ${p((q.page - 1) * USERS_PAGE_SIZE)}`,
    params,
  );
  return { hasNext: rows.length > USERS_PAGE_SIZE, items: rows.slice(0, USERS_PAGE_SIZE).map((r) => publicAccount(toAccount(r))) };
}

// ── Invitations ────────────────────────────────────────────────────────────

export interface Invitation {
  id: string;
  email: string;
  displayName: string;
  locale: 'es' | 'en';
  roles: Role[];
  states: string[];
  invitedBy: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

const INVITATION_COLUMNS = 'id, email, display_name, locale, roles, states, invited_by, expires_at, accepted_at, revoked_at, created_at';
type InvitationRow = { id: string; email: string; display_name: string; locale: 'es' | 'en'; roles: Role[]; states: string[]; invited_by: string | null } & Record<
  'expires_at' | 'accepted_at' | 'revoked_at' | 'created_at',
  Date | string | null
>;
const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  locale: r.locale,
  roles: r.roles,
  states: r.states,
  invitedBy: r.invited_by,
  expiresAt: iso(r.expires_at)!,
  acceptedAt: iso(r.accepted_at),
  revokedAt: iso(r.revoked_at),
  createdAt: iso(r.created_at)!,
});

export async function insertInvitation(
  tx: Queryable,
  i: { email: string; displayName: string; locale: string; tokenHash: string; roles: readonly Role[]; states: readonly string[]; invitedBy: string | null; expiresAt: Date },
): Promise<Invitation> {
  const rows = await tx.query<InvitationRow>(
    `INSERT INTO staff_invitation (email, display_name, locale, token_hash, roles, states, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8) RETURNING ${INVITATION_COLUMNS}`,
    [i.email, i.displayName, i.locale, i.tokenHash, i.roles, i.states, i.invitedBy, i.expiresAt.toISOString()],
  );
  return toInvitation(rows[0]!);
}

/** Pending = neither accepted nor revoked nor expired. Returns the ones revoked. */
export async function revokePendingInvitations(tx: Queryable, email: string): Promise<Invitation[]> {
  const rows = await tx.query<InvitationRow>(
    `UPDATE staff_invitation SET revoked_at = now()
     WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING ${INVITATION_COLUMNS}`,
    [email],
  );
  return rows.map(toInvitation);
}

export async function revokeInvitation(tx: Queryable, id: string): Promise<Invitation | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await tx.query<InvitationRow>(
    `UPDATE staff_invitation SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING ${INVITATION_COLUMNS}`,
    [id],
  );
  return rows[0] ? toInvitation(rows[0]) : null;
}

/** A usable invitation for this token (pending and not expired), locked for the accepting transaction. */
export async function findUsableInvitation(db: Queryable, tokenHash: string, opts: { forUpdate?: boolean } = {}): Promise<Invitation | null> {
  const rows = await db.query<InvitationRow>(
    `SELECT ${INVITATION_COLUMNS} FROM staff_invitation
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
  return rows[0] ? toInvitation(rows[0]) : null;
}

export async function markInvitationAccepted(tx: Queryable, id: string, accountId: string): Promise<void> {
  await tx.query('UPDATE staff_invitation SET accepted_at = now(), account_id = $2 WHERE id = $1', [id, accountId]);
}

export async function listPendingInvitations(db: Queryable): Promise<Invitation[]> {
  const rows = await db.query<InvitationRow>(
    `SELECT ${INVITATION_COLUMNS} FROM staff_invitation
     WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 200`,
  );
  return rows.map(toInvitation);
}

// ── Password resets ────────────────────────────────────────────────────────

export async function insertPasswordReset(tx: Queryable, accountId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  // A new link supersedes earlier unused ones.
  await tx.query('UPDATE password_reset SET used_at = now() WHERE account_id = $1 AND used_at IS NULL', [accountId]);
  await tx.query('INSERT INTO password_reset (account_id, token_hash, expires_at) VALUES ($1, $2, $3)', [accountId, tokenHash, expiresAt.toISOString()]);
}

export async function countRecentPasswordResets(tx: Queryable, accountId: string): Promise<number> {
  const rows = await tx.query<{ n: string }>("SELECT count(*) AS n FROM password_reset WHERE account_id = $1 AND created_at > now() - interval '1 hour'", [accountId]);
  return Number(rows[0]!.n);
}

/** Consumes a reset token: marks it used and returns its account, or null if unknown, used or expired. */
export async function consumePasswordReset(tx: Queryable, tokenHash: string): Promise<string | null> {
  const rows = await tx.query<{ account_id: string }>(
    'UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING account_id',
    [tokenHash],
  );
  return rows[0]?.account_id ?? null;
}

export async function isPasswordResetUsable(db: Queryable, tokenHash: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM password_reset WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()', [tokenHash]);
  return rows.length === 1;
}
