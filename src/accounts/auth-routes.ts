/** Sign-in, second factor, sign-out, password reset and invitation acceptance (thin: parse, call a command, render). */
import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { safeNext } from './access.ts';
import { acceptInvitation } from './commands/accept-invitation.ts';
import { CommandError } from './commands/context.ts';
import { requestPasswordReset } from './commands/request-password-reset.ts';
import { resetPassword } from './commands/reset-password.ts';
import { signIn } from './commands/sign-in.ts';
import { signOut } from './commands/sign-out.ts';
import { verifySecondFactor } from './commands/verify-second-factor.ts';
import { parseForm } from './forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { findUsableInvitation, isPasswordResetUsable } from './queries.ts';
import { AcceptInvitationForm, CodeForm, ForgotForm, LoginForm, ResetForm } from './schema.ts';
import { hashToken } from './secrets.ts';
import { clearSessionCookie, isSecure, setSessionCookie } from './session.ts';
import { authSettings, html200, pickNotice, stateNamer, staffView } from './view.ts';
import { emptyForm, type FormState } from './views/components.ts';
import { forgotPage, invitationPage, loginPage, messagePage, resetPage, secondFactorPage } from './views/auth-pages.ts';

type TokenParams = { Params: { token: string } };
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
/** The forgotten-password answer never comes sooner than this (the real work takes a few ms). */
const RESET_ANSWER_FLOOR_MS = 120;

export async function authRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const settings = authSettings(d.config);
  const limited = { rateLimit: { max: d.config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } };
  const secure = (req: Parameters<typeof isSecure>[0]) => isSecure(req, d.config.PUBLIC_URL);
  const view = (req: Parameters<typeof staffView>[0], reply: Parameters<typeof staffView>[1]) => staffView(req, reply, d.assets);

  app.get('/staff/login', { config: { access: 'anonymous' } }, (req, reply) => {
    if (req.staff && !req.staff.session.totpPending) return reply.redirect('/staff', 303);
    const v = view(req, reply);
    const q = req.query as Record<string, unknown>;
    const n = pickNotice(q, { signedOut: v.t.login.signedOut, expired: v.t.login.expired, passwordChanged: v.t.login.passwordChanged, accountReady: v.t.login.accountReady });
    return html200(reply).send(loginPage(v, emptyForm(), { ...(n ? { notice: n } : {}), ...(q.next ? { next: safeNext(q.next) } : {}) }).value);
  });

  app.post('/staff/login', { config: { access: 'anonymous', ...limited } }, async (req, reply) => {
    const body = req.body as Record<string, unknown> | undefined;
    const next = safeNext(body?.next);
    const form = parseForm(LoginForm, body);
    if (!form.ok) return html200(reply, 400).send(loginPage(view(req, reply), form, { next }).value);
    const r = await signIn(d.db, { ...form.data, ip: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: req.id }, settings);
    if (r.kind !== 'ok') {
      const v = view(req, reply);
      const state = { errors: {}, values: { email: form.data.email } };
      const formError = r.kind === 'locked' ? v.t.errors.locked(r.minutes) : v.t.errors.badCredentials;
      return html200(reply, r.kind === 'locked' ? 423 : 401).send(loginPage(v, state, { formError, next }).value);
    }
    setSessionCookie(reply, r.token, secure(req));
    return reply.redirect(r.totpPending ? `/staff/login/two-factor` : next, 303);
  });

  app.get('/staff/login/two-factor', { config: { access: 'second-factor' } }, (req, reply) => html200(reply).send(secondFactorPage(view(req, reply), emptyForm(), {}).value));

  app.post('/staff/login/two-factor', { config: { access: 'second-factor', ...limited } }, async (req, reply) => {
    const form = parseForm(CodeForm, req.body);
    if (!form.ok) return html200(reply, 400).send(secondFactorPage(view(req, reply), form, {}).value);
    const s = req.staff!;
    const r = await verifySecondFactor(d.db, { sessionIdHash: s.session.idHash, accountId: s.account.id, code: form.data.code, requestId: req.id }, settings);
    if (r.kind === 'ok') return reply.redirect('/staff', 303);
    const v = view(req, reply);
    if (r.kind === 'locked') {
      clearSessionCookie(reply, secure(req));
      req.staff = null;
      return html200(reply, 423).send(loginPage(view(req, reply), emptyForm(), { formError: v.t.errors.locked(r.minutes) }).value);
    }
    return html200(reply, 401).send(secondFactorPage(v, emptyForm(), { formError: v.t.errors.badCode }).value);
  });

  app.post('/staff/logout', { config: { access: 'any-session' } }, async (req, reply) => {
    const s = req.staff!;
    await signOut(d.db, { actor: s.auditActor, requestId: req.id }, { sessionIdHash: s.session.idHash, accountId: s.account.id });
    clearSessionCookie(reply, secure(req));
    return reply.redirect(`/staff/login?notice=signedOut&lang=${s.account.locale}`, 303); // stay in their language
  });

  app.get('/staff/password/forgot', { config: { access: 'anonymous' } }, (req, reply) => html200(reply).send(forgotPage(view(req, reply), emptyForm()).value));

  app.post('/staff/password/forgot', { config: { access: 'anonymous', ...limited } }, async (req, reply) => {
    const form = parseForm(ForgotForm, req.body);
    const v = view(req, reply);
    if (!form.ok) return html200(reply, 400).send(forgotPage(v, form).value);
    // The same answer whether or not the address has an account, and after the same time: the
    // work for a real account (a transaction, a mail queued) is hidden under a fixed floor.
    const started = performance.now();
    if (await requestPasswordReset(d.db, { requestId: req.id }, { email: form.data.email, publicUrl: d.config.PUBLIC_URL })) d.mail.kick();
    await sleep(Math.max(0, RESET_ANSWER_FLOOR_MS - (performance.now() - started)));
    return html200(reply).send(messagePage(v, v.t.forgot.sentTitle, v.t.forgot.sentBody).value);
  });

  app.get<TokenParams>('/staff/password/reset/:token', { config: { access: 'anonymous' } }, async (req, reply) => {
    const v = view(req, reply);
    const ok = TOKEN.test(req.params.token) && (await isPasswordResetUsable(d.db, hashToken(req.params.token)));
    if (!ok) return html200(reply, 404).send(messagePage(v, v.t.reset.invalidTitle, v.t.reset.invalidBody, { href: '/staff/password/forgot', label: v.t.reset.again }).value);
    return html200(reply).send(resetPage(v, emptyForm(), req.params.token).value);
  });

  app.post<TokenParams>('/staff/password/reset/:token', { config: { access: 'anonymous', ...limited } }, async (req, reply) => {
    const v = view(req, reply);
    const invalid = () => html200(reply, 404).send(messagePage(v, v.t.reset.invalidTitle, v.t.reset.invalidBody, { href: '/staff/password/forgot', label: v.t.reset.again }).value);
    if (!TOKEN.test(req.params.token)) return invalid();
    const form = parseForm(ResetForm, req.body);
    if (!form.ok) return html200(reply, 400).send(resetPage(v, form, req.params.token).value);
    if (!(await resetPassword(d.db, { requestId: req.id }, { token: req.params.token, password: form.data.password }))) return invalid();
    d.mail.kick();
    if (req.staff) clearSessionCookie(reply, secure(req));
    return reply.redirect('/staff/login?notice=passwordChanged', 303);
  });

  app.get<TokenParams>('/staff/invitations/:token', { config: { access: 'anonymous' } }, async (req, reply) => {
    const inv = TOKEN.test(req.params.token) ? await findUsableInvitation(d.db, hashToken(req.params.token)) : null;
    const v = staffView(req, reply, d.assets, inv?.locale); // the invitee sees the language they were invited in
    if (!inv) return html200(reply, 404).send(messagePage(v, v.t.invitation.invalidTitle, v.t.invitation.invalidBody).value);
    return html200(reply).send(invitationPage(v, emptyForm(), { token: req.params.token, invitation: inv, stateName: stateNamer(d.catalogue) }).value);
  });

  app.post<TokenParams>('/staff/invitations/:token', { config: { access: 'anonymous', ...limited } }, async (req, reply) => {
    const inv = TOKEN.test(req.params.token) ? await findUsableInvitation(d.db, hashToken(req.params.token)) : null;
    const v = staffView(req, reply, d.assets, inv?.locale);
    const invalid = () => html200(reply, 404).send(messagePage(v, v.t.invitation.invalidTitle, v.t.invitation.invalidBody).value);
    if (!inv) return invalid();
    const form = parseForm(AcceptInvitationForm, req.body);
    const page = (state: FormState, status: number, formError?: string) =>
      html200(reply, status).send(invitationPage(v, state, { token: req.params.token, invitation: inv, stateName: stateNamer(d.catalogue), ...(formError ? { formError } : {}) }).value);
    if (!form.ok) return page(form, 400);
    try {
      const account = await acceptInvitation(d.db, { requestId: req.id }, { token: req.params.token, ...form.data });
      if (!account) return invalid();
    } catch (e) {
      if (e instanceof CommandError) return page(emptyForm({ displayName: form.data.displayName }), 409, v.t.errors[e.key] as string);
      throw e;
    }
    return reply.redirect(`/staff/login?notice=accountReady&lang=${inv.locale}`, 303);
  });
}
