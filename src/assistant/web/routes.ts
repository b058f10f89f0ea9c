/**
 * The assistant's public pages (issue 16): the answer page (GET, works without JavaScript) and
 * "Ask a person" (POST), which starts a desk case through the desk's own intake (createCase: one
 * write, idempotent by the form's key, the per-address daily limit) with the question as the first
 * message and the assistant's attempt as the second, a system line the advisor sees in the case.
 * An encapsulated plugin like the desk's quick forms: cookie CSRF and rate limits apply here only.
 */
import { localeOfPath, registerPublicForms, secureRequest } from '../../http/public-forms.ts';
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.ts';
import { formValues } from '../../accounts/forms.ts';
import { CONTROL_CHARACTER, ControlCharacterError } from '../../http/text-guard.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import type { PageContext } from '../../web/layout.ts';
import { createCase, DeskLimitError } from '../../desk/commands/create-case.ts';
import { buildInput, fieldErrors } from '../../desk/form.ts';
import { trackPath } from '../../desk/links.ts';
import { deskMessages } from '../../desk/locales/index.ts';
import { AssistantRequest, MAX_QUESTION_LENGTH, type Answer, type AssistantContext } from '../schema.ts';
import { attemptText } from '../attempt.ts';
import { askPath, contextFrom, personPath } from './links.ts';
import { assistantUiMessages } from './locales/index.ts';
import { answerPage, assistantLimitedPage, type AnswerPageState } from './views/answer-page.ts';

/** What the surfaces need from the engine (src/assistant): a question in, an answer out. */
export type AnswerFn = (req: { question: string; lang: Locale; context?: AssistantContext | undefined }) => Answer | Promise<Answer>;

export const ASSISTANT_CSRF_COOKIE = 'vt_assistant_csrf';
const HTML = 'text/html; charset=utf-8';
const KEY = /^[A-Za-z0-9_-]{8,200}$/;

export async function publicAssistantRoutes(app: FastifyInstance, deps: AppDeps, answer: AnswerFn): Promise<void> {
  await app.register(async (scope) => {
    await registerPublicForms(scope, { csrfCookie: ASSISTANT_CSRF_COOKIE, bodyLimit: 32 * 1024, tooMany: 'too many requests; wait a minute' });

    const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });
    const secure = (req: FastifyRequest) => secureRequest(req, deps.config.PUBLIC_URL);
    const strings = (body: unknown) => Object.fromEntries(Object.entries(formValues(body)).map(([k, v]) => [k, String(Array.isArray(v) ? v.at(-1) : (v ?? ''))]));
    // Answers are not stored by shared caches: a handoff page carries a per-visitor token, and questions may be personal.
    const send = (reply: FastifyReply, status: number, body: { value: string }) =>
      reply.code(status).type(HTML).header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer').send(body.value);

    /** Question and context → the answer, or the field that is wrong (in the visitor's language). */
    async function ask(locale: Locale, q: string, context: Record<string, string> | undefined): Promise<{ answer: Answer } | { error: string }> {
      const t = assistantUiMessages(locale).errors;
      const parsed = AssistantRequest.safeParse({ question: q, lang: locale, ...(context ? { context } : {}) });
      if (!parsed.success) return { error: parsed.error.issues.some((i) => i.path[0] === 'context') ? t.context : t.q(MAX_QUESTION_LENGTH) };
      return { answer: await answer({ question: parsed.data.question, lang: locale, context: parsed.data.context }) };
    }

    /** The answer page; with a handoff, the "Ask a person" form and its CSRF token. */
    const render = (req: FastifyRequest, reply: FastifyReply, status: number, st: AnswerPageState, form?: { values: Record<string, string>; errors: Record<string, string>; formError?: string }) => {
      const locale = localeOfPath(req);
      const handoff = st.answer?.handoff
        ? { csrf: reply.generateCsrf({ secure: secure(req) }), key: form?.values.key && KEY.test(form.values.key) ? form.values.key : randomUUID(), values: form?.values ?? {}, errors: form?.errors ?? {}, formError: form?.formError }
        : undefined;
      return send(reply, status, answerPage(ctxFor(locale), deps.catalogue.current, { ...st, handoff }));
    };

    /** The handoff form again (400, 403): the attempt is recomputed from the question asked. */
    const handoffAgain = async (req: FastifyRequest, reply: FastifyReply, status: number, values: Record<string, string>, errors: Record<string, string>, formError?: string) => {
      const locale = localeOfPath(req);
      const r = await ask(locale, values.asked ?? '', contextFrom(values));
      if ('error' in r) return send(reply, 400, answerPage(ctxFor(locale), deps.catalogue.current, { q: values.asked, error: r.error }));
      // A question that is answered after all still gets its form: the visitor asked for a person.
      const a: Answer = r.answer.handoff ? r.answer : { ...r.answer, handoff: { reason: 'not-found', question: values.asked! } };
      return render(req, reply, status, { q: values.asked, answer: a }, { values, errors, ...(formError ? { formError } : {}) });
    };

    scope.setErrorHandler(async (err: FastifyError, req, reply) => {
      const locale = localeOfPath(req);
      const t = assistantUiMessages(locale);
      const posted = req.method === 'POST';
      if (posted && (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET')) {
        return handoffAgain(req, reply, 403, strings(req.body), {}, t.errors.csrf);
      }
      if (err instanceof ControlCharacterError) {
        const clean = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.replace(new RegExp(CONTROL_CHARACTER, 'g'), '')]));
        if (!posted) return send(reply, 400, answerPage(ctxFor(locale), deps.catalogue.current, { q: '', error: t.errors.control(t.page.question) }));
        const field = err.parameter ?? 'message';
        const label = (t.handoff as Record<string, unknown>)[field];
        return handoffAgain(req, reply, 400, clean(strings(req.body)), { [field]: t.errors.control(typeof label === 'string' ? label : field) });
      }
      if (err.statusCode === 429) return send(reply, 429, assistantLimitedPage(ctxFor(locale)));
      throw err;
    });

    for (const locale of LOCALES) {
      const d = deskMessages(locale);
      scope.get(askPath(locale), { config: { rateLimit: { max: deps.config.ASSISTANT_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } } }, async (req, reply) => {
        const query = req.query as Record<string, unknown>;
        const raw = query.q;
        const q = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw.at(-1) ?? '') : undefined;
        if (q === undefined) return send(reply, 200, answerPage(ctxFor(locale), deps.catalogue.current, {}));
        const r = await ask(locale, q, contextFrom(query));
        if ('error' in r) return send(reply, 400, answerPage(ctxFor(locale), deps.catalogue.current, { q, error: r.error }));
        return render(req, reply, 200, { q: q.trim(), answer: r.answer });
      });

      scope.post(personPath(locale), { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } }, preHandler: scope.csrfProtection }, async (req, reply) => {
        const values = strings(req.body);
        // The honeypot was filled: a bot. It gets the assistant's page and nothing is written.
        if (values.website) return reply.redirect(askPath(locale), 303);
        const r = await ask(locale, values.asked ?? '', contextFrom(values));
        if ('error' in r) return send(reply, 400, answerPage(ctxFor(locale), deps.catalogue.current, { q: values.asked, error: r.error }));
        const parsed = buildInput('question', { name: values.name, email: values.email, message: values.message }, { locale });
        const errors = parsed.success ? {} : fieldErrors(d, parsed.error.issues);
        if (values.consent !== 'yes') errors.consent = d.errors.consent;
        if (!parsed.success || Object.keys(errors).length) return handoffAgain(req, reply, 400, values, errors);
        try {
          const created = await createCase(deps.db, parsed.data, {
            channel: 'web', ip: req.ip, idempotencyKey: KEY.test(values.key ?? '') ? `assistant:${values.key}` : null, publicUrl: deps.config.PUBLIC_URL,
            dailyLimit: deps.config.DESK_DAILY_LIMIT_PER_ADDRESS, firstResponseHours: deps.config.DESK_FIRST_RESPONSE_HOURS, capacity: deps.config.DESK_CAPACITY,
            requestId: req.id, systemNote: attemptText(values.asked!.trim(), r.answer, deps.config.PUBLIC_URL),
          });
          if (!created.replayed) deps.mail.kick();
          return reply.redirect(`${trackPath(locale, created.case.folio)}?token=${encodeURIComponent(created.token)}&new=1`, 303);
        } catch (e) {
          if (e instanceof DeskLimitError) return send(reply, 429, assistantLimitedPage(ctxFor(locale)));
          throw e;
        }
      });
    }
  });
}
