/**
 * The desk's open API, in the style of Open311 GeoReport v2 (issue 11, item 6): the request types,
 * filing a request (an `Idempotency-Key` header makes retries safe), and following it with the
 * tracking token as a bearer token — a wrong or missing token is a 404, so a folio's existence is
 * not revealed. Its own scope: a per-minute rate limit on top of the per-day cap in the database.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { LOCALES } from '../i18n/locale.ts';
import { parseQuery } from '../http/query.ts';
import { decodeRoadmapId } from '../roadmap/roadmap-id.ts';
import { createCase, DeskLimitError } from './commands/create-case.ts';
import { CaseClosedError, investorReply } from './commands/conversation.ts';
import { buildInput, FIELDS } from './form.ts';
import { trackingUrl } from './links.ts';
import { caseTokenHash, findCaseByFolio, listMessages } from './queries.ts';
import { FOLIO, KINDS, REPLY_MAX, type DeskCase } from './schema.ts';
import { services } from './services.ts';
import { bearerToken, tokenMatches } from './token.ts';
import { invalid } from './api-errors.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const KEY = /^[\x21-\x7e]{8,200}$/;
const langQuery = z.object({ lang: z.enum(LOCALES).default('es') });
const Envelope = z.object({ service_code: z.enum(KINDS, { error: 'must be one of the service codes' }), consent: z.literal(true, { error: 'must be true (the requester agreed to the privacy notice)' }) }).loose();
const Reply = z.object({ message: z.string().trim().min(1, 'required').max(REPLY_MAX, `must be at most ${REPLY_MAX} characters`) }).strict();

function present(c: DeskCase, messages: Awaited<ReturnType<typeof listMessages>>) {
  return {
    folio: c.folio,
    service_code: c.kind,
    status: c.status,
    requested_datetime: c.createdAt.toISOString(),
    updated_datetime: c.updatedAt.toISOString(),
    expected_datetime: c.firstResponseAt ? null : c.firstResponseDue.toISOString(),
    state: c.stateCode,
    procedureId: c.procedureId,
    messages: messages.map((m) => ({ from: m.authorKind, at: m.createdAt.toISOString(), text: m.body })),
  };
}

export async function apiDeskRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyRateLimit, { global: false, errorResponseBuilder: () => new HttpError(429, 'rate_limited', 'too many requests; wait a minute') });

    scope.get('/api/v1/services', (req, reply) => {
      const { lang } = parseQuery(langQuery, req.query, { strict: true });
      const view = deps.catalogue.current;
      const body = services(lang, [...view.states.values()].map((s) => ({ key: s.code, name: s.name })), view.procedures.map((p) => ({ key: p.id, name: p.title[lang] })));
      return reply.type(JSON_TYPE).header('Cache-Control', 'public, max-age=300').send(body);
    });

    scope.post('/api/v1/requests', { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } } }, async (req, reply) => {
      const raw = (req.body ?? {}) as Record<string, unknown>;
      const env = Envelope.safeParse(raw);
      if (!env.success) throw invalid(env.error.issues);
      const { service_code: kind, consent: _c, locale, ...fields } = raw as Record<string, unknown>;
      // Every field must be one the service declares: an unknown one is named, never silently dropped.
      const allowed = new Set([...FIELDS[env.data.service_code], 'roadmapId']);
      const unknown = Object.keys(fields).filter((k) => !allowed.has(k));
      if (unknown.length) throw invalid(unknown.map((k) => ({ code: 'custom', path: [k], message: 'unknown field', input: fields[k] }) as z.core.$ZodIssue));
      const parsed = buildInput(env.data.service_code, fields, { locale: locale ?? 'es', ...(fields.roadmapId ? { roadmapId: fields.roadmapId } : {}) });
      if (!parsed.success) throw invalid(parsed.error.issues);
      if (parsed.data.roadmapId && !decodeRoadmapId(parsed.data.roadmapId)) throw invalid([{ code: 'custom', path: ['roadmapId'], message: 'is not a roadmap id', input: parsed.data.roadmapId } as z.core.$ZodIssue]);
      if (parsed.data.kind === 'obstacle' && !deps.catalogue.current.procedure(parsed.data.procedureId!)) throw invalid([{ code: 'custom', path: ['procedureId'], message: 'is not a catalogue procedure', input: parsed.data.procedureId } as z.core.$ZodIssue]);
      const keyHeader = req.headers['idempotency-key'];
      const key = typeof keyHeader === 'string' ? keyHeader : null;
      if (key !== null && !KEY.test(key)) throw new HttpError(400, 'invalid_parameter', 'Idempotency-Key must be 8 to 200 visible ASCII characters', 'Idempotency-Key');
      try {
        const r = await createCase(deps.db, parsed.data, {
          channel: 'api', ip: req.ip, idempotencyKey: key ? `api:${key}` : null, publicUrl: deps.config.PUBLIC_URL, dailyLimit: deps.config.DESK_DAILY_LIMIT_PER_ADDRESS,
          firstResponseHours: deps.config.DESK_FIRST_RESPONSE_HOURS, capacity: deps.config.DESK_CAPACITY, requestId: req.id,
        });
        if (r.replayed) reply.header('Idempotent-Replayed', 'true');
        else deps.mail.kick();
        return reply.code(201).type(JSON_TYPE).header('Location', `/api/v1/requests/${r.case.folio}`).send({
          folio: r.case.folio, status: r.case.status, service_code: kind, token: r.token,
          trackingUrl: trackingUrl(deps.config.PUBLIC_URL, r.case.locale, r.case.folio, r.token), expected_datetime: r.case.firstResponseDue.toISOString(),
        });
      } catch (e) {
        if (e instanceof DeskLimitError) throw new HttpError(429, 'rate_limited', 'daily request limit reached for this address');
        throw e;
      }
    });

    /** The case behind the folio when the bearer token is its own; else 404. */
    async function authorised(req: FastifyRequest<{ Params: { folio: string } }>): Promise<DeskCase> {
      const token = bearerToken(req.headers.authorization);
      const c = FOLIO.test(req.params.folio) ? await findCaseByFolio(deps.db, req.params.folio) : null;
      if (!c || !tokenMatches(token, await caseTokenHash(deps.db, c.id))) throw notFound('request');
      return c;
    }

    scope.get<{ Params: { folio: string } }>('/api/v1/requests/:folio', async (req, reply) => {
      const c = await authorised(req);
      return reply.type(JSON_TYPE).header('Cache-Control', 'no-store').send(present(c, await listMessages(deps.db, c.id, { includeInternal: false })));
    });

    scope.post<{ Params: { folio: string } }>('/api/v1/requests/:folio/messages', { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE * 3, timeWindow: 60_000 } } }, async (req, reply) => {
      const c = await authorised(req);
      const body = Reply.safeParse(req.body ?? {});
      if (!body.success) throw invalid(body.error.issues);
      try {
        await investorReply(deps.db, c.id, body.data.message, req.id);
      } catch (e) {
        if (e instanceof CaseClosedError) throw new HttpError(409, 'closed', 'the request is closed');
        throw e;
      }
      const now = (await findCaseByFolio(deps.db, c.folio))!;
      return reply.code(201).type(JSON_TYPE).header('Cache-Control', 'no-store').send(present(now, await listMessages(deps.db, c.id, { includeInternal: false })));
    });
  });
}
