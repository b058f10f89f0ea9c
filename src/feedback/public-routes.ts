/**
 * "Was this page useful?": the feedback page (/es/opinion, /en/feedback), its post, its thank-you
 * page, and a token for the in-page enhancement. An encapsulated plugin like the error reports
 * (ADR 014): cookie, form parser, CSRF (secret in an HttpOnly cookie, token in the form) and the
 * per-minute rate limit apply here only, so the cached pages that ask the question stay cookie-free.
 * A request that asks for JSON (the enhancement) gets JSON; a form gets pages (ADR 023).
 */
import { localeOfPath, registerPublicForms, secureRequest } from '../http/public-forms.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.ts';
import { formValues } from '../accounts/forms.ts';
import { errorBody } from '../http/errors.ts';
import { CONTROL_CHARACTER, ControlCharacterError } from '../http/text-guard.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import type { PageContext } from '../web/layout.ts';
import { feedbackMessages, type FeedbackMessages } from './locales/index.ts';
import { feedbackPath, thanksPath, tokenPath } from './links.ts';
import { feedbackTarget } from './page-ref.ts';
import { FeedbackLimitError, recordFeedback } from './record.ts';
import { COMMENT_MAX, FeedbackForm, type FeedbackErrorKey, type FeedbackField } from './schema.ts';
import { feedbackFormPage, feedbackLimitedPage, feedbackThanksPage, type FeedbackFormState } from './views/public-pages.ts';

export const FEEDBACK_CSRF_COOKIE = 'vt_feedback_csrf';
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export async function publicFeedbackRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await registerPublicForms(scope, { csrfCookie: FEEDBACK_CSRF_COOKIE, bodyLimit: 8 * 1024, tooMany: 'too many answers; wait a minute' });

    const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });
    const secure = (req: FastifyRequest) => secureRequest(req, deps.config.PUBLIC_URL);
    const wantsJson = (req: FastifyRequest) => String(req.headers.accept ?? '').includes('application/json');
    // Per-visitor token: never stored by a shared cache.
    const send = (reply: FastifyReply, status: number, body: { value: string }) => reply.code(status).type(HTML).header('Cache-Control', 'no-store').send(body.value);
    const json = (reply: FastifyReply, status: number, body: unknown) => reply.code(status).type(JSON_TYPE).header('Cache-Control', 'no-store').send(body);
    const strings = (body: unknown) => Object.fromEntries(Object.entries(formValues(body)).map(([k, v]) => [k, String(Array.isArray(v) ? v.at(-1) : (v ?? ''))]));
    /** The page as the visitor came from it, when it is one of ours: the link back. */
    const backOf = (page: string | undefined) => (page && feedbackTarget(page, deps.catalogue.current) ? page : null);
    const form = (req: FastifyRequest, reply: FastifyReply, status: number, st: Omit<FeedbackFormState, 'back'>) =>
      send(reply, status, feedbackFormPage(ctxFor(localeOfPath(req)), reply.generateCsrf({ secure: secure(req) }), { ...st, back: backOf(st.values.page) }));
    /** A 400 naming the field in the page's language: JSON for the enhancement, the form again otherwise. */
    const invalid = (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors: Record<string, string>) => {
      if (!wantsJson(req)) return form(req, reply, 400, { values, errors });
      const [field, message] = Object.entries(errors)[0]!;
      return json(reply, 400, errorBody('invalid_parameter', message, field));
    };

    scope.setErrorHandler((err: FastifyError, req, reply) => {
      const locale = localeOfPath(req);
      const t = feedbackMessages(locale);
      const values = strings(req.body);
      if (req.method === 'POST' && (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET')) {
        // Nothing is stored; the form comes back with the answer and a fresh token.
        if (wantsJson(req)) return json(reply, 403, errorBody('csrf_invalid', t.errors.csrf));
        return form(req, reply, 403, { values, errors: {}, formError: t.errors.csrf });
      }
      if (err instanceof ControlCharacterError) {
        const field = (err.parameter ?? 'comment') as FeedbackField;
        const label = { page: t.form.page, useful: t.form.useful, comment: t.form.comment }[field] ?? field;
        const clean = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replace(new RegExp(CONTROL_CHARACTER, 'g'), '')]));
        return invalid(req, reply, clean, { [field]: t.errors.control(label) });
      }
      if (err.statusCode === 429) return wantsJson(req) ? json(reply, 429, errorBody('rate_limited', t.errors.rateLimited)) : send(reply, 429, feedbackLimitedPage(ctxFor(locale)));
      throw err;
    });

    for (const locale of LOCALES) {
      const t = feedbackMessages(locale);
      const base = feedbackPath(locale);

      // Without JavaScript, the question's buttons land here: the form with the answer chosen.
      scope.get(base, (req, reply) => {
        const q = strings(req.query);
        const values = { page: q.page ?? '', useful: q.useful === 'yes' || q.useful === 'no' ? q.useful : '' };
        const errors: Record<string, string> = {};
        if (!feedbackTarget(values.page, deps.catalogue.current)) errors.page = t.errors.page;
        return form(req, reply, errors.page ? 400 : 200, { values, errors });
      });

      scope.get(tokenPath(locale), (req, reply) => json(reply, 200, { token: reply.generateCsrf({ secure: secure(req) }) }));

      scope.post(base, { config: { rateLimit: { max: deps.config.FEEDBACK_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } }, preHandler: scope.csrfProtection }, async (req, reply) => {
        const values = strings(req.body);
        const done = () => (wantsJson(req) ? json(reply, 201, { stored: true }) : reply.redirect(`${thanksPath(locale)}?page=${encodeURIComponent(values.page ?? '')}`, 303));
        // The honeypot was filled: a bot. It is thanked and nothing is stored.
        if (values.website) return done();
        const parsed = FeedbackForm.safeParse(values);
        const errors: Record<string, string> = {};
        if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] ??= message(t, i.message as FeedbackErrorKey);
        const target = feedbackTarget(values.page ?? '', deps.catalogue.current);
        if (!target) errors.page ??= t.errors.page;
        if (!parsed.success || !target || Object.keys(errors).length) return invalid(req, reply, values, errors);
        const useful = parsed.data.useful === 'yes';
        try {
          // A comment is asked for after "no" (what was missing or wrong); one sent with "yes" is not kept.
          await recordFeedback(deps.db, { ...target, useful, comment: useful ? null : (parsed.data.comment ?? null) }, { ip: req.ip, dailyLimit: deps.config.FEEDBACK_DAILY_LIMIT_PER_ADDRESS });
        } catch (e) {
          if (e instanceof FeedbackLimitError) return wantsJson(req) ? json(reply, 429, errorBody('rate_limited', t.errors.rateLimited)) : send(reply, 429, feedbackLimitedPage(ctxFor(locale)));
          throw e;
        }
        return done();
      });

      scope.get(thanksPath(locale), (req, reply) => send(reply, 200, feedbackThanksPage(ctxFor(locale), backOf(strings(req.query).page))));
    }
  });
}

function message(t: FeedbackMessages, key: FeedbackErrorKey): string {
  switch (key) {
    case 'commentLong':
      return t.errors.commentLong(COMMENT_MAX);
    case 'useful':
      return t.errors.useful;
    default:
      return t.errors.page;
  }
}
