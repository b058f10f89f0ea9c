/**
 * The back office's shell (moved out of accounts/ so that folder is about accounts): one
 * encapsulated Fastify plugin for the /staff/* pages and
 * the /api/v1/staff/* JSON API. Inside it: cookies, form bodies, rate limits,
 * CSRF (@fastify/csrf-protection with the secret kept on the database
 * session), the session loader, the access check every route must declare,
 * no-store caching, and staff error pages. Nothing here touches public routes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import { errorBody, HttpError } from '../http/errors.ts';
import { isDatabaseUnavailable, RETRY_AFTER_S, unavailable } from '../http/unavailable.ts';
import { isLocale } from '../i18n/locale.ts';
import { auditRoutes } from '../audit/routes.ts';
import { editorialRoutes } from '../editorial/routes.ts';
import { reportStaffRoutes } from '../reports/staff-routes.ts';
import { deskStaffRoutes } from '../desk/staff-routes.ts';
import { feedbackStaffRoutes } from '../feedback/staff-routes.ts';
import { checkAccess } from '../accounts/access.ts';
import { apiRoutes } from '../accounts/api-routes.ts';
import { authRoutes } from '../accounts/auth-routes.ts';
import { errorMessage, type ErrorKey } from '../accounts/forms.ts';
import { accountRoutes } from '../accounts/account-routes.ts';
import { userRoutes } from '../accounts/user-routes.ts';
import { isSecure, loadStaffContext, LOCALE_COOKIE, persistAnonymousCsrf } from '../accounts/session.ts';
import { staffView, type StaffAssets, type StaffDeps } from '../accounts/view.ts';
import { staffErrorPage, type StaffErrorKind } from '../accounts/views/account-pages.ts';
import { directoryStaffRoutes } from '../directory/staff-routes.ts';

export type StaffRouteDeps = StaffDeps & { assets: StaffDeps['assets'] & StaffAssets };

export async function staffPlugin(app: FastifyInstance, deps: StaffDeps): Promise<void> {
  const css = await readFile(new URL('../accounts/views/staff.css', import.meta.url));
  const cssPath = `/staff/assets/staff.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
  const d: StaffRouteDeps = { ...deps, assets: { ...deps.assets, staffCss: cssPath } };
  const secure = (req: FastifyRequest) => isSecure(req, deps.config.PUBLIC_URL);

  // Registered here (encapsulated) unless a parent context already has them, e.g. a public form registered at the root.
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  if (!app.hasDecorator('rateLimit')) {
    await app.register(fastifyRateLimit, {
      global: false,
      errorResponseBuilder: () => new HttpError(429, 'rate_limited', 'too many requests; wait a minute'),
    });
  }
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session', logLevel: 'info' });
  app.decorateRequest('staff', null);
  app.decorateRequest('session', null as unknown as { _csrf?: string });
  app.decorateRequest('staffSessionEnded', false);

  // Authorisation is declared, not remembered: a route without `access` does not start.
  app.addHook('onRoute', (route) => {
    if (!route.config?.access) throw new Error(`staff route ${route.method} ${route.url} declares no access`);
  });
  app.addHook('onRequest', async (req) => {
    await loadStaffContext(deps.db, req, deps.config.SESSION_IDLE_MINUTES);
  });
  app.addHook('preHandler', async (req, reply) => {
    const access = req.routeOptions.config.access;
    if (!access) return; // the not-found handler: it answers by itself
    const to = checkAccess(req, access);
    if (to) return reply.redirect(to, 303);
  });
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !req.routeOptions.config.access) return done();
    app.csrfProtection(req, reply, done);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    // Per-user screens: never stored by the browser, a proxy or the public ResponseCache.
    const asset = req.url === cssPath && reply.statusCode === 200;
    reply.header('Cache-Control', asset ? 'public, max-age=31536000, immutable' : 'no-store');
    persistAnonymousCsrf(req, reply, secure(req));
    const lang = (req.query as Record<string, unknown> | undefined)?.lang;
    if (!req.staff && isLocale(lang)) reply.setCookie(LOCALE_COOKIE, lang, { path: '/staff', httpOnly: true, sameSite: 'lax', secure: secure(req), maxAge: 31_536_000 });
    return payload;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => sendStaffError(d, err, req, reply));
  // Unknown staff paths: a staff 404 page; under the API, 401 first when there is no session.
  const notFound = (req: FastifyRequest, reply: FastifyReply) => {
    const e = req.url.startsWith('/api/') && !req.staff ? new HttpError(401, 'unauthenticated', 'sign in to the back office first') : new HttpError(404, 'not_found', 'not found');
    return sendStaffError(d, e, req, reply);
  };
  for (const prefix of ['/staff', '/api/v1/staff']) await app.register(async (child) => child.setNotFoundHandler(notFound), { prefix });

  app.get('/staff/assets/:file', { config: { access: 'anonymous' } }, (req, reply) => {
    if (req.url !== cssPath) throw new HttpError(404, 'not_found', 'asset not found');
    return reply.type('text/css; charset=utf-8').send(css);
  });

  await authRoutes(app, d);
  await accountRoutes(app, d);
  await userRoutes(app, d);
  await auditRoutes(app, d);
  await editorialRoutes(app, d);
  await reportStaffRoutes(app, d);
  await deskStaffRoutes(app, d);
  await feedbackStaffRoutes(app, d);
  await directoryStaffRoutes(app, d);
  await apiRoutes(app, d);
}

function sendStaffError(d: StaffRouteDeps, error: FastifyError | HttpError, req: FastifyRequest, reply: FastifyReply) {
  const err = isDatabaseUnavailable(error) ? unavailable() : error;
  if (err.statusCode === 503) reply.header('Retry-After', String(RETRY_AFTER_S));
  const csrf = err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET';
  const status = err instanceof HttpError || (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) ? (err.statusCode ?? 500) : 500;
  if (status === 503) req.log.warn({ err: error }, 'staff: database unavailable');
  else if (status >= 500) req.log.error({ err }, 'staff: unhandled error');
  reply.header('Cache-Control', 'no-store');
  if (req.url.startsWith('/api/')) {
    const code = csrf ? 'csrf_invalid' : status === 500 ? 'internal' : err instanceof HttpError ? err.code : String(err.code ?? 'bad_request').toLowerCase();
    const message = status === 500 ? 'internal error' : csrf ? 'missing or invalid X-CSRF-Token header' : err.message;
    return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message, err instanceof HttpError ? err.parameter : undefined, err instanceof HttpError ? err.fields : undefined));
  }
  if (status === 401) return reply.redirect('/staff/login', 303);
  const kind: StaffErrorKind = csrf ? 'csrf' : status === 403 ? 'forbidden' : status === 404 ? 'notFound' : status === 429 ? 'rateLimited' : status === 503 ? 'unavailable' : status >= 500 ? 'serverError' : 'badRequest';
  const v = staffView(req, reply, d.assets);
  const param = err instanceof HttpError ? err.parameter : undefined;
  const detail = param ? errorMessage(v.t, 'invalid' as ErrorKey, param) : undefined;
  return reply.code(status).type('text/html; charset=utf-8').send(staffErrorPage(v, kind, detail).value);
}
