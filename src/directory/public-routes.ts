/**
 * The directory's public pages (cached by catalogue revision) and the supplier self-registration
 * (ADR 026). The registration is an encapsulated plugin like the feedback form (ADR 014/023):
 * cookie, form parser, CSRF and the per-minute limit apply only there, and a daily cap per address
 * is counted in the database. A registration writes a pending entry (never public) and queues the
 * confirmation mail in one transaction; a bad field is a 400 naming it in the visitor's language.
 */
import { localeOfPath, registerPublicForms, secureRequest } from '../http/public-forms.ts';
import { createHmac, randomBytes } from 'node:crypto';
import { hashToken } from '../desk/token.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.ts';
import { formValues } from '../accounts/forms.ts';
import { notFound } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { LOCALES, pathFor, type Locale } from '../i18n/locale.ts';
import { ID_PATTERN } from '../catalogue/schema.ts';
import { sendCached } from '../web/page-cache.ts';
import type { PageContext } from '../web/layout.ts';
import type { SafeHtml } from '../web/html.ts';
import { cachedSecret } from '../desk/intake-keys.ts';
import { queueMail } from '../mail/outbox.ts';
import { DirectoryFilter, queryString } from './filter.ts';
import { directoryMessages } from './locales/index.ts';
import { confirmRegistration, insertRegistration, registrationsFrom } from './queries.ts';
import { parseRegistration } from './registration.ts';
import { directoryPage, entryPage, mappingPage } from './views/pages.ts';
import { messagePage, registerPage } from './views/register.ts';

const HTML = 'text/html; charset=utf-8';
const DIRECTORY_CSRF_COOKIE = 'vt_directory_csrf';
const MappingQuery = DirectoryFilter.pick({ sector: true });
const confirmPath = (locale: Locale) => `${pathFor({ page: 'directoryRegister' }, locale)}/${locale === 'es' ? 'confirmar' : 'confirm'}`;
const sentPath = (locale: Locale) => `${pathFor({ page: 'directoryRegister' }, locale)}/${locale === 'es' ? 'enviado' : 'sent'}`;

export async function publicDirectoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });
  const page = (req: FastifyRequest, reply: FastifyReply, key: string, render: () => SafeHtml) =>
    sendCached(req, reply, deps.cache.get(`${deps.catalogue.current.revision}|${key}`, HTML, () => render().value));

  for (const locale of LOCALES) {
    const ctx = ctxFor(locale);
    const base = pathFor({ page: 'directory' }, locale);
    app.get(base, (req, reply) => {
      const f = parseQuery(DirectoryFilter, req.query);
      return page(req, reply, `${locale}|directory?${queryString(f)}`, () => directoryPage(ctx, deps.catalogue.current, f));
    });
    app.get(pathFor({ page: 'directoryMapping' }, locale), (req, reply) => {
      const { sector } = parseQuery(MappingQuery, req.query);
      return page(req, reply, `${locale}|directory-mapping|${sector ?? ''}`, () => mappingPage(ctx, deps.catalogue.current, sector));
    });
    app.get<{ Params: { id: string } }>(`${base}/:id`, (req, reply) => {
      const view = deps.catalogue.current;
      // Only published, verified entries are in the view: a pending registration is a 404 like any unknown id.
      const e = ID_PATTERN.test(req.params.id) ? view.directory.find((x) => x.id === req.params.id) : undefined;
      if (!e) throw notFound('directory entry');
      return page(req, reply, `${locale}|directory|${e.id}`, () => entryPage(ctx, view, e));
    });
  }

  await app.register(async (scope) => {
    await registerPublicForms(scope, { csrfCookie: DIRECTORY_CSRF_COOKIE, bodyLimit: 32 * 1024, tooMany: 'too many registrations; wait a minute' });
    const secure = (req: FastifyRequest) => secureRequest(req, deps.config.PUBLIC_URL);
    const send = (reply: FastifyReply, status: number, body: SafeHtml) => reply.code(status).type(HTML).header('Cache-Control', 'no-store').send(body.value);
    const limited = (req: FastifyRequest, reply: FastifyReply) => {
      const t = directoryMessages(localeOfPath(req)).register;
      return send(reply, 429, messagePage(ctxFor(localeOfPath(req)), t.limitedTitle, t.limited));
    };

    scope.setErrorHandler((err: FastifyError, req, reply) => {
      const locale = localeOfPath(req);
      const t = directoryMessages(locale);
      if (req.method === 'POST' && (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET')) {
        if (req.url.includes(confirmPath(locale))) return send(reply, 403, messagePage(ctxFor(locale), t.register.confirmTitle, t.errors.csrf));
        return send(reply, 403, registerPage(ctxFor(locale), deps.catalogue.current, reply.generateCsrf({ secure: secure(req) }), formValues(req.body), {}, t.errors.csrf));
      }
      if (err.statusCode === 429) return limited(req, reply);
      throw err;
    });

    for (const locale of LOCALES) {
      const ctx = ctxFor(locale);
      const t = directoryMessages(locale);
      const path = pathFor({ page: 'directoryRegister' }, locale);
      scope.get(path, (req, reply) => send(reply, 200, registerPage(ctx, deps.catalogue.current, reply.generateCsrf({ secure: secure(req) }), {}, {})));

      scope.post(path, { config: { rateLimit: { max: deps.config.DIRECTORY_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } }, preHandler: scope.csrfProtection }, async (req, reply) => {
        const v = formValues(req.body);
        const parsed = parseRegistration(v, locale);
        if (!parsed.ok) return send(reply, 400, registerPage(ctx, deps.catalogue.current, reply.generateCsrf({ secure: secure(req) }), v, parsed.errors));
        const day = new Date().toISOString().slice(0, 10);
        const addressKey = createHmac('sha256', await cachedSecret(deps.db, 'directory-address-key')).update(`${day}|${req.ip}`).digest('base64url');
        const token = randomBytes(24).toString('base64url');
        const ok = await deps.db.transaction(async (tx) => {
          if ((await registrationsFrom(tx, addressKey)) >= deps.config.DIRECTORY_DAILY_LIMIT_PER_ADDRESS) return false;
          await insertRegistration(tx, parsed.doc, { email: parsed.email, locale, tokenHash: hashToken(token), addressKey });
          await queueMail(tx, { to: parsed.email, locale, template: 'directoryConfirm', params: { name: parsed.doc.name, link: `${deps.config.PUBLIC_URL}${confirmPath(locale)}?token=${token}` } });
          return true;
        });
        if (!ok) return limited(req, reply);
        return reply.redirect(sentPath(locale), 303);
      });

      scope.get(sentPath(locale), (_req, reply) => send(reply, 200, messagePage(ctx, t.register.sentTitle, t.register.sent)));

      // The link in the mail shows a button: a mail scanner that follows links confirms nothing.
      scope.get(confirmPath(locale), (req, reply) => {
        const token = String((req.query as Record<string, unknown>).token ?? '');
        if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return send(reply, 400, messagePage(ctx, t.register.confirmTitle, t.register.badToken));
        return send(reply, 200, messagePage(ctx, t.register.confirmTitle, t.register.confirmLead, { action: confirmPath(locale), csrf: reply.generateCsrf({ secure: secure(req) }), token, button: t.register.confirm }));
      });
      scope.post(confirmPath(locale), { config: { rateLimit: { max: 30, timeWindow: 60_000 } }, preHandler: scope.csrfProtection }, async (req, reply) => {
        const token = String(formValues(req.body).token ?? '');
        const id = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await confirmRegistration(deps.db, hashToken(token)) : null;
        if (!id) return send(reply, 400, messagePage(ctx, t.register.confirmTitle, t.register.badToken));
        return send(reply, 200, messagePage(ctx, t.register.confirmedTitle, t.register.confirmed));
      });
    }
  });
}
