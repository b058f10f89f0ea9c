/**
 * Every staff route declares who may reach it (`config.access`); the staff
 * plugin refuses to register a route without one and checks it before every
 * handler. Handlers that act on a particular record authorise again with the
 * loaded record (state scope, authorship).
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.ts';
import { authorize, type ActionOf, type EntityType, type Resource } from './policies.ts';
import { mustEnrolTotp } from './session.ts';

export type Permission = { [T in EntityType]: { type: T; action: ActionOf<T>; resource: Extract<Resource, { type: T }> } }[EntityType];

export type Access =
  /** Anyone: sign-in, password reset, invitation pages, static files. */
  | 'anonymous'
  /** Any session, even one awaiting its second factor (sign-out). */
  | 'any-session'
  /** A session whose password was accepted and which still owes a TOTP code. */
  | 'second-factor'
  /** A full session, including an administrator who has yet to turn on TOTP (enrolment, language). */
  | 'enrolment'
  /** A full session, TOTP on where required. */
  | 'signed-in'
  /** Signed in and allowed this action by the policy. */
  | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const permission = <T extends EntityType>(action: ActionOf<T>, resource: Extract<Resource, { type: T }>): Access =>
  ({ type: resource.type, action, resource }) as unknown as Permission;

/** Where an HTML request should go instead, or null to proceed. API requests get errors instead of redirects. */
export function checkAccess(req: FastifyRequest, access: Access): string | null {
  const api = req.url.startsWith('/api/');
  if (access === 'anonymous') return null;
  const s = req.staff;
  if (!s) {
    if (api) throw new HttpError(401, 'unauthenticated', 'sign in to the back office first');
    const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.url)}` : '';
    return req.staffSessionEnded ? `/staff/login?notice=expired${next ? `&${next.slice(1)}` : ''}` : `/staff/login${next}`;
  }
  if (access === 'any-session') return null;
  if (access === 'second-factor') return s.session.totpPending ? null : '/staff';
  if (s.session.totpPending) {
    if (api) throw new HttpError(401, 'second_factor_required', 'complete two-step verification first');
    return '/staff/login/two-factor';
  }
  if (access === 'enrolment') return null;
  if (mustEnrolTotp(s)) {
    if (api) throw new HttpError(403, 'two_factor_enrolment_required', 'administrators must turn on two-step verification first');
    return '/staff/account/two-factor';
  }
  if (access === 'signed-in') return null;
  authorize(s.actor, access.action as never, access.resource as never);
  return null;
}

/** Only back-office paths are followed after sign-in (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/staff(\/[A-Za-z0-9/_?=&.%-]*)?$/.test(next) && !next.includes('//') ? next : '/staff';
}
