/** Builds the per-request StaffView and other small helpers the staff routes share. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { CatalogueStore } from '../catalogue/store.ts';
import type { Assets } from '../web/assets.ts';
import type { MailKicker } from '../mail/worker.ts';
import type { AuditActor } from '../audit/record.ts';
import type { Locale } from '../i18n/locale.ts';
import { staffMessages } from './locales/index.ts';
import type { AuthSettings, Ctx } from './commands/context.ts';
import { staffLocale } from './session.ts';
import type { StaffView } from './views/layout.ts';

export interface StaffDeps {
  config: Config;
  db: Db;
  catalogue: CatalogueStore;
  assets: Assets;
  mail: MailKicker;
}

/** Set by the staff plugin once the stylesheet is hashed. */
export interface StaffAssets {
  staffCss: string;
}

export function staffView(req: FastifyRequest, reply: FastifyReply, assets: Assets & StaffAssets, prefer?: Locale): StaffView {
  req.session ??= {}; // an error raised before the session loaded still renders a page with a form token
  const locale = staffLocale(req, prefer);
  const s = req.staff;
  const full = s && !s.session.totpPending;
  return {
    locale,
    t: staffMessages(locale),
    csrf: reply.generateCsrf(),
    user: full ? { displayName: s.account.displayName, email: s.account.email, actor: s.actor } : null,
    path: req.url.split('?')[0]!,
    css: { site: assets.css, staff: assets.staffCss },
    js: assets.staffJs,
  };
}

export const authSettings = (c: Config): AuthSettings => ({
  idleMinutes: c.SESSION_IDLE_MINUTES,
  absoluteHours: c.SESSION_ABSOLUTE_HOURS,
  maxFailures: c.LOGIN_MAX_FAILURES,
  lockoutMinutes: c.LOGIN_LOCKOUT_MINUTES,
});

/** The command context of a signed-in request. */
export function ctxOf(req: FastifyRequest): Ctx & { actor: AuditActor } {
  if (!req.staff) throw new Error('ctxOf on a request without a session');
  return { actor: req.staff.auditActor, requestId: req.id };
}

/** State names for labels (from the catalogue; the code alone if the catalogue lacks it). */
export const stateNamer = (catalogue: CatalogueStore) => (code: string): string => catalogue.current.states.get(code)?.name ?? code;

/** Whitelisted confirmation messages shown after a redirect (?notice=…). */
export function pickNotice<K extends string>(query: unknown, texts: Partial<Record<K, string>>): string | undefined {
  const key = (query as Record<string, unknown> | undefined)?.notice;
  return typeof key === 'string' && Object.hasOwn(texts, key) ? texts[key as K] : undefined;
}

export const html200 = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');
