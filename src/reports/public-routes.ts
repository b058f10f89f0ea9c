/**
 * The public "report an error" form, its post and its confirmation, under
 * each procedure: /es/tramites/:slug/reportar?paso=2, /en/procedures/:slug/report?step=2.
 * An encapsulated plugin: its cookie parser, form parser, CSRF protection
 * (secret in an HttpOnly cookie, token in the form: ADR 014) and rate limit
 * apply to these routes only — public pages stay cookie-free and cached.
 */
import { localeOfPath, registerPublicForms, secureRequest } from '../http/public-forms.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.ts';
import { formValues } from '../accounts/forms.ts';
import { notFound } from '../http/errors.ts';
import { CONTROL_CHARACTER, ControlCharacterError } from '../http/text-guard.ts';
import { LOCALES, REPORT_SEGMENT, SEGMENTS, STEP_PARAM, type Locale } from '../i18n/locale.ts';
import type { Procedure } from '../catalogue/schema.ts';
import type { PageContext } from '../web/layout.ts';
import { createReport, ReportLimitError } from './commands/create-report.ts';
import { reportMessages } from './locales/index.ts';
import { MESSAGE_MAX, MESSAGE_MIN, ReportForm, type ReportErrorKey } from './schema.ts';
import { reportFormPage, reportLimitedPage, reportThanksPage, type ReportFormState } from './views/public-pages.ts';

export const REPORT_CSRF_COOKIE = 'vt_report_csrf';
const THANKS = { es: 'enviado', en: 'sent' } as const satisfies Record<Locale, string>;
const HTML = 'text/html; charset=utf-8';

type Slug = { Params: { slug: string } };

export async function publicReportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await registerPublicForms(scope, { csrfCookie: REPORT_CSRF_COOKIE, bodyLimit: 16 * 1024, tooMany: 'too many reports; wait a minute' });

    const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });
    const procedureOf = (req: FastifyRequest<Slug>): Procedure => {
      const p = deps.catalogue.current.procedure(req.params.slug);
      if (!p) throw notFound('procedure');
      return p;
    };
    const secure = (req: FastifyRequest) => secureRequest(req, deps.config.PUBLIC_URL);
    // Per-visitor token: never stored by a shared cache.
    const send = (reply: FastifyReply, status: number, body: { value: string }) => reply.code(status).type(HTML).header('Cache-Control', 'no-store').send(body.value);
    const form = (req: FastifyRequest<Slug>, reply: FastifyReply, status: number, p: Procedure, step: number | undefined, st: ReportFormState) =>
      send(reply, status, reportFormPage(ctxFor(localeOfPath(req)), p, step, reply.generateCsrf({ secure: secure(req) }), st));

    scope.setErrorHandler((err: FastifyError, req, reply) => {
      const locale = localeOfPath(req);
      const slug = (req.params as { slug?: string } | undefined)?.slug;
      const p = slug ? deps.catalogue.current.procedure(slug) : undefined;
      if (p && (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET')) {
        // Nothing is lost: the form comes back with what was typed and a fresh token.
        const v = formValues(req.body);
        const values = { message: String(v.message ?? ''), email: String(v.email ?? ''), step: String(v.step ?? '') };
        return form(req as FastifyRequest<Slug>, reply, 403, p, undefined, { values, errors: {}, formError: reportMessages(locale).errors.csrf });
      }
      if (p && err instanceof ControlCharacterError) {
        // The form comes back with the field named; the offending characters are removed from what is shown.
        const v = formValues(req.body);
        const clean = (x: unknown) => String(x ?? '').replace(new RegExp(CONTROL_CHARACTER, 'g'), '');
        const values = { message: clean(v.message), email: clean(v.email), step: clean(v.step) };
        const label = { message: reportMessages(locale).form.message, email: reportMessages(locale).form.email, step: reportMessages(locale).form.step }[err.parameter as 'message' | 'email' | 'step'] ?? err.parameter ?? '';
        return form(req as FastifyRequest<Slug>, reply, 400, p, undefined, { values, errors: { [err.parameter ?? 'message']: reportMessages(locale).errors.control(label) } });
      }
      if (err.statusCode === 429) return send(reply, 429, reportLimitedPage(ctxFor(locale), p));
      throw err; // the app's handler: 404 and others, in the visitor's language
    });

    for (const locale of LOCALES) {
      const base = `/${locale}/${SEGMENTS.procedures[locale]}/:slug/${REPORT_SEGMENT[locale]}`;
      const t = reportMessages(locale);

      scope.get<Slug>(base, (req, reply) => {
        const p = procedureOf(req);
        const raw = (req.query as Record<string, unknown>)[STEP_PARAM[locale]];
        const step = raw === undefined || raw === '' ? undefined : Number(raw);
        if (step !== undefined && !(Number.isInteger(step) && step >= 1 && step <= p.steps.length)) {
          return form(req, reply, 400, p, undefined, { values: {}, errors: { step: t.errors.step } });
        }
        return form(req, reply, 200, p, step, { values: {}, errors: {} });
      });

      scope.post<Slug>(
        base,
        { config: { rateLimit: { max: deps.config.REPORT_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } }, preHandler: scope.csrfProtection },
        async (req, reply) => {
          const p = procedureOf(req);
          const v = formValues(req.body);
          const values = { message: String(v.message ?? ''), email: String(v.email ?? ''), step: String(v.step ?? '') };
          const parsed = ReportForm.safeParse(v);
          const errors: Record<string, string> = {};
          if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] ??= message(t, i.message as ReportErrorKey);
          const step = parsed.success ? parsed.data.step : undefined;
          if (step !== undefined && step > p.steps.length) errors.step = t.errors.step;
          if (Object.keys(errors).length || !parsed.success) return form(req, reply, 400, p, undefined, { values, errors });
          const thanks = `/${locale}/${SEGMENTS.procedures[locale]}/${encodeURIComponent(p.slug)}/${REPORT_SEGMENT[locale]}/${THANKS[locale]}`;
          // The honeypot was filled: a bot. It is told "thank you" and nothing is written.
          if (parsed.data.website) return reply.redirect(thanks, 303);
          try {
            const r = await createReport(
              deps.db,
              { procedureId: p.id, stepNumber: step ?? null, message: parsed.data.message, contactEmail: parsed.data.email ?? null, locale, ip: req.ip },
              { dailyLimit: deps.config.REPORT_DAILY_LIMIT_PER_ADDRESS, requestId: req.id },
            );
            return reply.redirect(`${thanks}?ref=${r.reference}`, 303);
          } catch (e) {
            if (e instanceof ReportLimitError) return send(reply, 429, reportLimitedPage(ctxFor(locale), p));
            throw e;
          }
        },
      );

      scope.get<Slug>(`${base}/${THANKS[locale]}`, (req, reply) => {
        const p = procedureOf(req);
        const ref = (req.query as Record<string, unknown>).ref;
        return send(reply, 200, reportThanksPage(ctxFor(locale), p, typeof ref === 'string' && /^R-[0-9A-Z]{8}$/.test(ref) ? ref : null));
      });
    }
  });
}

function message(t: ReturnType<typeof reportMessages>, key: ReportErrorKey): string {
  switch (key) {
    case 'messageShort':
      return t.errors.messageShort(MESSAGE_MIN);
    case 'messageLong':
      return t.errors.messageLong(MESSAGE_MAX);
    case 'email':
      return t.errors.email;
    case 'step':
      return t.errors.step;
    default:
      return t.errors.messageRequired;
  }
}
