/**
 * The composition root: createApp(deps) builds the whole web process from its
 * dependencies, in one readable order. Tests build the same app on a real database.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { CatalogueStore } from './catalogue/store.ts';
import type { Assets } from './web/assets.ts';
import { ResponseCache } from './web/page-cache.ts';
import { errorBody, HttpError } from './http/errors.ts';
import { openApiDocument } from './http/openapi.ts';
import { securityHeaders } from './http/security-headers.ts';
import { requestSerializer } from './http/log-redaction.ts';
import { textGuard } from './http/text-guard.ts';
import { healthChecker } from './db/health.ts';
import { clientErrorHandler, frameworkErrorHandler } from './http/framework-errors.ts';
import { isDatabaseUnavailable, RETRY_AFTER_S, unavailable } from './http/unavailable.ts';
import { errorPage } from './web/error-pages.ts';
import { isLocale, negotiateLocale, type Locale } from './i18n/locale.ts';
import { messages } from './i18n/messages.ts';
import { publicCatalogueRoutes } from './catalogue/public-routes.ts';
import { opportunityRoutes } from './opportunities/routes.ts';
import { apiCatalogueRoutes } from './catalogue/api-routes.ts';
import { certificationRoutes } from './certifications/routes.ts';
import { apiRoadmapRoutes } from './roadmap/api-routes.ts';
import { publicRoadmapRoutes } from './roadmap/public-routes.ts';
import { planBack } from './roadmap/plan-link.ts';
import { loadScian } from './catalogue/scian.ts';
import { SearchService } from './search/service.ts';
import { apiSearchRoutes } from './search/api-routes.ts';
import { publicSearchRoutes } from './search/public-routes.ts';
import { apiAssistantRoutes } from './assistant/api-routes.ts';
import { publicAssistantRoutes } from './assistant/web/routes.ts';
import { answerQuestion } from './assistant/service.ts';
import { staffPlugin } from './backoffice/plugin.ts';
import { publicReportRoutes } from './reports/public-routes.ts';
import { publicDeskRoutes } from './desk/public-routes.ts';
import { apiDeskRoutes } from './desk/api-routes.ts';
import { apiChatRoutes } from './desk/chat-routes.ts';
import { chatSocketRoutes, MAX_FRAME } from './desk/chat-socket.ts';
import fastifyWebsocket from '@fastify/websocket';
import { DISPATCH_EVERY_MS, scheduleDispatch } from './desk/commands/availability.ts';
import { MessageHub } from './desk/message-hub.ts';
import { publicSiteRoutes } from './site/public-routes.ts';
import { publicFeedbackRoutes } from './feedback/public-routes.ts';
import { publicDirectoryRoutes } from './directory/public-routes.ts';
import { apiDirectoryRoutes } from './directory/api-routes.ts';
import type { MailKicker } from './mail/worker.ts';
import { metricsRoutes } from './metrics/routes.ts';
import { dashboardRoutes } from './dashboard/routes.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  catalogue: CatalogueStore;
  assets: Assets;
  cache: ResponseCache;
  /** Nudged after a transaction that queued mail commits; without a worker (tests) mail stays in the outbox table. */
  mail: MailKicker;
}

export async function createApp(
  input: Omit<AppDeps, 'cache' | 'mail'> & { cache?: ResponseCache; mail?: MailKicker; logger?: boolean | object; logStream?: DestinationStream },
): Promise<FastifyInstance> {
  const deps: AppDeps = { ...input, cache: input.cache ?? new ResponseCache(), mail: input.mail ?? { kick() {} } };
  const app = Fastify({
    logger: input.logger ?? { level: deps.config.LOG_LEVEL, serializers: { req: requestSerializer }, ...(input.logStream ? { stream: input.logStream } : {}) },
    // false, a hop count or a list of proxy addresses/networks (never `true`: config.ts).
    trustProxy: deps.config.TRUST_PROXY as boolean,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 700 },
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    // One line per request, written when it completes (below), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // Parser and router errors get our headers and error format too (src/http/framework-errors.ts).
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler((req, reply, status, code, message) => sendError(deps, req, reply, new HttpError(status, code, message))),
  });

  app.addHook('onResponse', (req, reply, done) => {
    req.log.info({ req, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime * 100) / 100 }, 'request completed');
    done();
  });

  // Before every route, so that its onResponse hook counts them all (a hook applies to routes added after it).
  await metricsRoutes(app, deps);

  // HSTS is left to the TLS-terminating proxy.
  securityHeaders(app);
  // Before any route: NUL and other control characters never reach a handler or the database.
  textGuard(app);

  // Error handlers first: plugins registered later inherit them.
  app.setNotFoundHandler((req, reply) => sendError(deps, req, reply, new HttpError(404, 'not_found', 'not found')));
  app.setErrorHandler((err, req, reply) => {
    const e = err as Error & { statusCode?: number; code?: string };
    if (e instanceof HttpError) return sendError(deps, req, reply, e);
    if (isDatabaseUnavailable(e)) {
      req.log.warn({ err }, 'database unavailable');
      return sendError(deps, req, reply, unavailable());
    }
    const framework = e.code ? FRAMEWORK_CODES[e.code] : undefined;
    if (framework) return sendError(deps, req, reply, new HttpError(e.statusCode ?? 400, framework, e.message));
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    return sendError(deps, req, reply, new HttpError(status, status === 500 ? 'internal' : (e.code ?? 'bad_request').toLowerCase(), status === 500 ? 'internal error' : e.message));
  });

  // 200 while the database accepts writes ('degraded' while the catalogue listener reconnects:
  // pages are served, changes arrive once it is back); 503 when it does not (ADR 018).
  const health = healthChecker(deps.db);
  app.get('/healthz', async (_req, reply) => {
    const h = await health();
    return reply
      .code(h.status === 'unavailable' ? 503 : 200)
      .header('Cache-Control', 'no-store')
      .send({ ...h, db: deps.db.kind, catalogueRevision: deps.catalogue.current.revision });
  });

  app.get('/', (req, reply) => {
    reply.header('Vary', 'Accept-Language').header('Cache-Control', 'no-cache');
    return reply.redirect(`/${negotiateLocale(req.headers['accept-language'])}/`, 302);
  });

  app.get<{ Params: { file: string } }>('/assets/:file', (req, reply) => {
    const asset = deps.assets.files.get(`/assets/${req.params.file}`);
    if (!asset) throw new HttpError(404, 'not_found', 'asset not found');
    return reply.type(asset.type).header('Cache-Control', 'public, max-age=31536000, immutable').send(asset.body);
  });

  const openapi = JSON.stringify(openApiDocument(deps.config.PUBLIC_URL));
  app.get('/openapi.json', (_req, reply) => reply.type('application/json; charset=utf-8').send(openapi));

  await apiCatalogueRoutes(app, deps);
  await publicCatalogueRoutes(app, deps, { planBack });
  // The US ↔ Mexico certification glossary: public pages and its open API (ADR 025).
  await certificationRoutes(app, deps);
  await opportunityRoutes(app, deps);
  await publicSiteRoutes(app, deps);
  // "Report an error": its own encapsulated plugin (cookie, CSRF, rate limit), off the cached pages.
  await publicReportRoutes(app, deps);
  // Ask the desk: quick forms and tracking, the same kind of encapsulated plugin.
  await publicDeskRoutes(app, deps);
  // "Was this page useful?": the same kind of plugin; the cached pages only link to it (ADR 023).
  await publicFeedbackRoutes(app, deps);
  // The supplier and industrial-park directory (issue 14): pages, self-registration, API.
  await publicDirectoryRoutes(app, deps);
  await apiDirectoryRoutes(app, deps);
  await apiDeskRoutes(app, deps);
  // Search keeps its index in memory and rebuilds it when the catalogue changes.
  const search = new SearchService(deps.catalogue, await loadScian());
  // Built once the server listens (not for tests that only inject requests), in slices so that the
  // first requests are answered meanwhile; else on first use.
  app.addHook('onListen', async () => void search.prebuild().catch((err) => app.log.error({ err }, 'search index build failed')));
  app.addHook('onClose', async () => search.close());
  // Chat: one LISTEN per process wakes the clients waiting for a conversation's next message.
  const hub = new MessageHub(deps.db);
  // Before the server waits for requests in flight: a long poll answers now rather than hold the close.
  app.addHook('preClose', async () => hub.release());
  app.addHook('onClose', async () => hub.stop());
  // Once for the whole server (each registration would handle every upgrade): the visitor's and the staff's sockets.
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME } });
  const dispatcher = scheduleDispatch(deps.db, DISPATCH_EVERY_MS, (err) => app.log.error({ err }, 'chat dispatch failed'));
  app.addHook('onClose', async () => dispatcher.stop());
  app.decorate('chatLive', { hub, dispatcher });
  // A chat started from the assistant's handoff carries its attempt (ADR 029).
  await apiChatRoutes(app, deps, hub, (r) => answerQuestion(deps.catalogue.current, search, r));
  await chatSocketRoutes(app, deps, hub);
  await apiRoadmapRoutes(app, deps);
  await publicRoadmapRoutes(app, deps);
  await apiSearchRoutes(app, deps, search);
  await publicSearchRoutes(app, deps, search);
  // The catalogue assistant answers from the same view and index (no database).
  await apiAssistantRoutes(app, deps, search);
  // Its pages: the answer page (works without JavaScript) and "Ask a person", into the desk's intake.
  await publicAssistantRoutes(app, deps, (r) => answerQuestion(deps.catalogue.current, search, r));
  // The public dashboard: figures from a scheduled job, kept in memory; it counts searches that found nothing.
  await dashboardRoutes(app, deps, search);
  // The back office: encapsulated (its cookies, CSRF, sessions and no-store apply to /staff and /api/v1/staff only).
  await app.register(staffPlugin, deps);

  return app;
}

/** Fastify's body errors, under codes of our own (the rest keep their lower-cased code). */
const FRAMEWORK_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
};

function localeOf(req: FastifyRequest): Locale {
  const first = req.url.split('/')[1];
  return isLocale(first) ? first : negotiateLocale(req.headers['accept-language']);
}

function sendError(deps: AppDeps, req: FastifyRequest, reply: FastifyReply, e: HttpError) {
  reply.header('Cache-Control', 'no-store');
  if (e.statusCode === 503) reply.header('Retry-After', String(RETRY_AFTER_S));
  if (req.url.startsWith('/api/') || req.url.startsWith('/openapi')) {
    return reply.code(e.statusCode).type('application/json; charset=utf-8').send(errorBody(e.code, e.message, e.parameter, e.fields));
  }
  const locale = localeOf(req);
  const ctx = { locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets };
  const kind = e.statusCode === 404 ? 'notFound' : e.statusCode === 503 ? 'unavailable' : e.statusCode >= 500 ? 'serverError' : 'badRequest';
  const detail = e.parameter ? messages(locale).errors.invalidParam(fieldLabel(locale, e.parameter)) : undefined;
  return reply.code(e.statusCode).type('text/html; charset=utf-8').send(errorPage(ctx, kind, detail).value);
}

/** The field's label as the visitor saw it on the form, in their language. */
function fieldLabel(locale: Locale, parameter: string): string {
  const f = messages(locale).filters as Record<string, unknown>;
  return typeof f[parameter] === 'string' ? (f[parameter] as string) : parameter;
}
