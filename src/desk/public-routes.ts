/**
 * The desk's public side (issue 11): the choice of request, the quick forms, and the tracking page
 * with reply, close, data export and erasure. An encapsulated plugin like the error reports: cookie,
 * form parser, CSRF (secret in an HttpOnly cookie, token in the form) and rate limit apply to these
 * routes only. The tracking token travels in the query of links (redacted from logs) and in the body
 * of forms; a wrong token is a 404, like an unknown folio.
 */
import { localeOfPath, registerPublicForms, secureRequest } from '../http/public-forms.ts';
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.ts';
import { formValues } from '../accounts/forms.ts';
import { CONTROL_CHARACTER, ControlCharacterError } from '../http/text-guard.ts';
import { LOCALES, pathFor, type Locale } from '../i18n/locale.ts';
import type { PageContext } from '../web/layout.ts';
import { decodeRoadmapId } from '../roadmap/roadmap-id.ts';
import { createCase, DeskLimitError } from './commands/create-case.ts';
import { CaseClosedError, investorClose, investorErase, investorReply } from './commands/conversation.ts';
import { buildInput, fieldErrors } from './form.ts';
import { DESK_SEGMENTS, kindPath, trackPath } from './links.ts';
import { deskMessages } from './locales/index.ts';
import { caseTokenHash, findCaseByFolio, listMessages } from './queries.ts';
import { FOLIO, KINDS, REPLY_MAX, type DeskCase, type Kind } from './schema.ts';
import { tokenMatches } from './token.ts';
import { formPage, hubPage, limitedPage, notFoundTrackPage, trackPage, type FormContext } from './views/public-pages.ts';

export const DESK_CSRF_COOKIE = 'vt_desk_csrf';
const HTML = 'text/html; charset=utf-8';
const KEY = /^[A-Za-z0-9_-]{8,200}$/;

type Folio = { Params: { folio: string } };

export async function publicDeskRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await registerPublicForms(scope, { csrfCookie: DESK_CSRF_COOKIE, bodyLimit: 32 * 1024, tooMany: 'too many requests; wait a minute' });

    const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });
    const secure = (req: FastifyRequest) => secureRequest(req, deps.config.PUBLIC_URL);
    const send = (reply: FastifyReply, status: number, body: { value: string }) => reply.code(status).type(HTML).header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer').send(body.value);
    const kindOf = (locale: Locale, seg: string): Kind | undefined => KINDS.find((k) => DESK_SEGMENTS.kinds[k][locale] === seg);
    const planOf = (raw: unknown): FormContext['plan'] => {
      const id = typeof raw === 'string' ? raw : '';
      const p = id ? decodeRoadmapId(id) : null;
      return p ? { id, state: p.state, scian: p.scian } : null;
    };
    const form = (req: FastifyRequest, reply: FastifyReply, status: number, kind: Kind, values: Record<string, string>, errors: Record<string, string>, formError?: string) => {
      const locale = localeOfPath(req);
      const fc: FormContext = { kind, csrf: reply.generateCsrf({ secure: secure(req) }), key: values.key && KEY.test(values.key) ? values.key : randomUUID(), plan: planOf(values.plan) };
      return send(reply, status, formPage(ctxFor(locale), deps.catalogue.current, fc, { values, errors, ...(formError ? { formError } : {}) }));
    };
    const strings = (body: unknown) => Object.fromEntries(Object.entries(formValues(body)).map(([k, v]) => [k, String(Array.isArray(v) ? v.at(-1) : (v ?? ''))]));

    scope.setErrorHandler((err: FastifyError, req, reply) => {
      const locale = localeOfPath(req);
      const t = deskMessages(locale);
      const kind = kindOf(locale, req.url.split('?')[0]!.split('/')[3] ?? '');
      if (kind && req.method === 'POST' && (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET')) {
        return form(req, reply, 403, kind, strings(req.body), {}, t.errors.csrf);
      }
      if (kind && err instanceof ControlCharacterError) {
        const values = Object.fromEntries(Object.entries(strings(req.body)).map(([k, v]) => [k, v.replace(new RegExp(CONTROL_CHARACTER, 'g'), '')]));
        const field = err.parameter ?? 'message';
        const label = (t.form as Record<string, unknown>)[field];
        return form(req, reply, 400, kind, values, { [field]: t.errors.control(typeof label === 'string' ? label : field) });
      }
      if (err.statusCode === 429) return send(reply, 429, limitedPage(ctxFor(locale)));
      throw err;
    });

    /** The case behind a folio and token, or null (unknown folio and wrong token look the same). */
    async function authorised(folio: string, token: unknown): Promise<DeskCase | null> {
      if (!FOLIO.test(folio) || typeof token !== 'string') return null;
      const c = await findCaseByFolio(deps.db, folio);
      if (!c || !tokenMatches(token, await caseTokenHash(deps.db, c.id))) return null;
      return c;
    }

    for (const locale of LOCALES) {
      const t = deskMessages(locale);
      const hub = pathFor({ page: 'desk' }, locale);
      const track = `/${locale}/${DESK_SEGMENTS.track[locale]}/:folio`;

      scope.get(hub, (req, reply) => {
        const plan = planOf((req.query as Record<string, unknown>).plan);
        return send(reply, 200, hubPage(ctxFor(locale), plan ? `plan=${plan.id}` : ''));
      });

      for (const kind of KINDS) {
        scope.get(kindPath(locale, kind), (req, reply) => {
          const q = req.query as Record<string, unknown>;
          const values: Record<string, string> = {};
          for (const k of ['plan', 'procedureId', 'state']) if (typeof q[k] === 'string') values[k] = q[k] as string;
          return form(req, reply, 200, kind, values, {});
        });

        scope.post(kindPath(locale, kind), { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } }, preHandler: scope.csrfProtection }, async (req, reply) => {
          const values = strings(req.body);
          // The honeypot was filled: a bot. It gets the hub and nothing is written.
          if (values.website) return reply.redirect(hub, 303);
          const plan = planOf(values.plan);
          const fromPlan = plan ? { roadmapId: plan.id, state: kind === 'meeting' && values.state ? values.state : plan.state, scian: plan.scian } : {};
          const parsed = buildInput(kind, plan ? { ...values, state: undefined, scian: undefined } : values, { locale, ...fromPlan });
          const errors = parsed.success ? {} : fieldErrors(t, parsed.error.issues);
          if (parsed.success && parsed.data.kind === 'obstacle' && !deps.catalogue.current.procedure(parsed.data.procedureId!)) errors.procedureId = t.errors.procedure;
          if (values.consent !== 'yes') errors.consent = t.errors.consent;
          if (!parsed.success || Object.keys(errors).length) return form(req, reply, 400, kind, values, errors);
          try {
            const key = KEY.test(values.key ?? '') ? `web:${values.key}` : null;
            const r = await createCase(deps.db, parsed.data, {
              channel: 'web', ip: req.ip, idempotencyKey: key, publicUrl: deps.config.PUBLIC_URL, dailyLimit: deps.config.DESK_DAILY_LIMIT_PER_ADDRESS,
              firstResponseHours: deps.config.DESK_FIRST_RESPONSE_HOURS, capacity: deps.config.DESK_CAPACITY, requestId: req.id,
            });
            if (!r.replayed) deps.mail.kick();
            return reply.redirect(`${trackPath(locale, r.case.folio)}?token=${encodeURIComponent(r.token)}&new=1`, 303);
          } catch (e) {
            if (e instanceof DeskLimitError) return send(reply, 429, limitedPage(ctxFor(locale)));
            throw e;
          }
        });
      }

      const page = async (req: FastifyRequest<Folio>, reply: FastifyReply, c: DeskCase, token: string, status = 200, extra: { notice?: string; error?: string; fresh?: boolean } = {}) =>
        send(reply, status, trackPage(ctxFor(locale), deps.catalogue.current, {
          case: c, messages: await listMessages(deps.db, c.id, { includeInternal: false }), token, csrf: reply.generateCsrf({ secure: secure(req) }),
          notice: extra.notice, error: extra.error, fresh: extra.fresh ?? false,
        }));

      scope.get<Folio>(track, async (req, reply) => {
        const q = req.query as Record<string, unknown>;
        const c = await authorised(req.params.folio, q.token);
        if (!c) return send(reply, 404, notFoundTrackPage(ctxFor(locale)));
        const notice = q.notice === 'replied' ? t.track.replied : q.notice === 'closed' ? t.track.closedNow : q.notice === 'erased' ? t.track.erased : undefined;
        return page(req, reply, c, q.token as string, 200, { ...(notice ? { notice } : {}), fresh: q.new === '1' });
      });

      scope.get<Folio>(`${track}/data.json`, async (req, reply) => {
        const token = (req.query as Record<string, unknown>).token;
        const c = await authorised(req.params.folio, token);
        if (!c) return send(reply, 404, notFoundTrackPage(ctxFor(locale)));
        const messages = await listMessages(deps.db, c.id, { includeInternal: false });
        const { id: _id, assigneeId: _a, assigneeName: _n, ...data } = c;
        return reply.type('application/json; charset=utf-8').header('Cache-Control', 'no-store').header('Content-Disposition', `attachment; filename="${c.folio}.json"`)
          .send(JSON.stringify({ ...data, messages: messages.map((m) => ({ from: m.authorKind, at: m.createdAt, text: m.body })) }, null, 2));
      });

      const post = (verb: string, act: (c: DeskCase, values: Record<string, string>, req: FastifyRequest<Folio>, reply: FastifyReply) => Promise<unknown>) =>
        scope.post<Folio>(`${track}/${verb}`, { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE * 3, timeWindow: 60_000 } }, preHandler: scope.csrfProtection }, async (req, reply) => {
          const values = strings(req.body);
          const c = await authorised(req.params.folio, values.token);
          if (!c) return send(reply, 404, notFoundTrackPage(ctxFor(locale)));
          return act(c, values, req, reply);
        });
      const back = (c: DeskCase, token: string, notice: string) => `${trackPath(locale, c.folio)}?token=${encodeURIComponent(token)}&notice=${notice}`;

      post('reply', async (c, values, req, reply) => {
        const text = (values.message ?? '').trim();
        if (!text || text.length > REPLY_MAX) return page(req, reply, c, values.token!, 400, { error: t.errors.reply });
        try {
          await investorReply(deps.db, c.id, text, req.id);
        } catch (e) {
          if (e instanceof CaseClosedError) return page(req, reply, c, values.token!, 409, { error: t.track.closed });
          throw e;
        }
        return reply.redirect(back(c, values.token!, 'replied'), 303);
      });
      post('close', async (c, values, req, reply) => {
        await investorClose(deps.db, c.id, req.id);
        return reply.redirect(back(c, values.token!, 'closed'), 303);
      });
      post('erase', async (c, values, req, reply) => {
        await investorErase(deps.db, c.id, req.id);
        return reply.redirect(back(c, values.token!, 'erased'), 303);
      });
    }
  });
}
