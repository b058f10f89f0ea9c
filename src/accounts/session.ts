/**
 * Staff sessions on the request: the cookie holds a random token, the
 * database holds its hash with the account, the expiries and the CSRF secret.
 * Loaded on every staff request (roles are read fresh each time, so a change
 * of access or a disabled account takes effect at once).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import type { AuditActor } from '../audit/record.ts';
import { isLocale, negotiateLocale, type Locale } from '../i18n/locale.ts';
import type { Actor } from './policies.ts';
import type { AccountSecrets } from './queries.ts';
import { deleteSession, findLiveSessionWithAccount, touchSession, type SessionRow } from './session-queries.ts';
import { hashToken } from './secrets.ts';

export const SESSION_COOKIE = 'vt_staff';
/** Holds the CSRF secret of visitors without a session (sign-in, reset, invitation forms). */
export const ANON_CSRF_COOKIE = 'vt_staff_csrf';
/** The language chosen on the sign-in pages, before there is an account to store it on. */
export const LOCALE_COOKIE = 'vt_staff_lang';
/**
 * The idle expiry slides on activity. Skipping the write for requests within a minute of the last
 * one let a session end up to a minute before `idle` had passed since the last request (issue 9,
 * finding 11); a second's precision costs one small UPDATE per staff request and second.
 */
export const TOUCH_AFTER_MS = 1_000;

export interface StaffContext {
  session: SessionRow;
  account: AccountSecrets;
  actor: Actor;
  auditActor: AuditActor;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffContext | null;
    /** The bag @fastify/csrf-protection reads its secret from (`sessionPlugin: '@fastify/session'` mode). */
    session: { _csrf?: string };
    /** The session cookie named a session that has expired or ended. */
    staffSessionEnded: boolean;
  }
}

/** The desk teams of an advisor (read on each request, like roles: a change applies at once). */
async function teamsOf(db: Db, accountId: string): Promise<string[]> {
  return (await db.query<{ team_id: string }>('SELECT team_id FROM desk_team_member WHERE account_id = $1 ORDER BY team_id', [accountId])).map((r) => r.team_id);
}

async function contextOf(db: Db, session: SessionRow, account: AccountSecrets): Promise<StaffContext> {
  return {
    session,
    account,
    actor: { id: account.id, roles: account.roles, states: account.states, ...(account.roles.includes('advisor') ? { teams: await teamsOf(db, account.id) } : {}) },
    auditActor: { id: account.id, label: account.email },
  };
}

export async function loadStaffContext(db: Db, req: FastifyRequest, idleMinutes: number): Promise<void> {
  req.staff = null;
  req.staffSessionEnded = false;
  const token = req.cookies[SESSION_COOKIE];
  if (token) {
    const idHash = hashToken(token);
    const found = await findLiveSessionWithAccount(db, idHash);
    const session = found?.session;
    const account = found?.account;
    if (session && account && account.status === 'active') {
      if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(db, idHash, idleMinutes);
      req.staff = await contextOf(db, session, account);
    } else {
      await deleteSession(db, idHash); // expired, or its account was disabled: the row has no further use
      req.staffSessionEnded = true;
    }
  }
  req.session = { _csrf: req.staff ? req.staff.session.csrfSecret : req.cookies[ANON_CSRF_COOKIE] };
}

/**
 * The actor behind a session token as it stands now — roles, states and teams read afresh — without
 * counting as activity (a long-lived connection re-checks access with it; only what the person does
 * keeps the session alive). null: the session ended, expired, waits for TOTP, or the account is off.
 */
export async function currentActor(db: Db, token: string | undefined): Promise<StaffContext | null> {
  if (!token) return null;
  const found = await findLiveSessionWithAccount(db, hashToken(token));
  if (!found || found.account.status !== 'active' || found.session.totpPending) return null;
  return contextOf(db, found.session, found.account);
}

/** The session is in use (a message sent over a long-lived connection): it stays alive. */
export const touchStaffSession = (db: Db, token: string, idleMinutes: number) => touchSession(db, hashToken(token), idleMinutes);

/** Admins must have TOTP on before they may do anything but enrol. */
export const mustEnrolTotp = (s: StaffContext): boolean => s.account.roles.includes('admin') && !s.account.totpEnabled;

/** Secure cookies whenever the browser is on HTTPS: directly, behind a trusted proxy, or by the public URL. */
export const isSecure = (req: FastifyRequest, publicUrl: string): boolean => req.protocol === 'https' || publicUrl.startsWith('https:');

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  // No Max-Age: the cookie ends with the browser; the server enforces the idle and absolute expiries.
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  reply.clearCookie(ANON_CSRF_COOKIE, { path: '/staff' });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Persists a CSRF secret that @fastify/csrf-protection created for a visitor without a session. */
export function persistAnonymousCsrf(req: FastifyRequest, reply: FastifyReply, secure: boolean): void {
  const secret = req.session?._csrf;
  if (!req.staff && secret && secret !== req.cookies[ANON_CSRF_COOKIE]) {
    reply.setCookie(ANON_CSRF_COOKIE, secret, { path: '/staff', httpOnly: true, sameSite: 'lax', secure });
  }
}

/**
 * The staff member's language: ?lang= (the switch on sign-in pages), their
 * account's, the cookie, then `prefer` (e.g. an invitation's language), then Accept-Language.
 */
export function staffLocale(req: FastifyRequest, prefer?: Locale): Locale {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(q)) return q;
  if (req.staff) return req.staff.account.locale;
  const c = req.cookies?.[LOCALE_COOKIE];
  return isLocale(c) ? c : (prefer ?? negotiateLocale(req.headers['accept-language']));
}
