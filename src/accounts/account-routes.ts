/** The dashboard and the signed-in person's own settings: TOTP enrolment and language. */
import type { FastifyInstance } from 'fastify';
import { safeNext } from './access.ts';
import { enableTwoFactor } from './commands/enable-two-factor.ts';
import { setOwnLocale } from './commands/set-own-locale.ts';
import { parseForm } from './forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { CodeForm, LocaleForm } from './schema.ts';
import { setEnrolSecret } from './session-queries.ts';
import { mustEnrolTotp } from './session.ts';
import { groupedSecret, newTotpSecret, totpUri } from './totp.ts';
import { ctxOf, html200, pickNotice, stateNamer, staffView } from './view.ts';
import { dashboardPage, enrolledPage, enrolPage } from './views/account-pages.ts';
import { emptyForm, type FormState } from './views/components.ts';
import { HttpError } from '../http/errors.ts';

export async function accountRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const view = (req: Parameters<typeof staffView>[0], reply: Parameters<typeof staffView>[1]) => staffView(req, reply, d.assets);

  app.get('/staff', { config: { access: 'signed-in' } }, (req, reply) => html200(reply).send(dashboardPage(view(req, reply), { stateName: stateNamer(d.catalogue) }).value));

  app.get('/staff/account/two-factor', { config: { access: 'enrolment' } }, async (req, reply) => {
    const s = req.staff!;
    const v = view(req, reply);
    if (s.account.totpEnabled) return html200(reply).send(enrolledPage(v, { ...pickNoticeOf(req.query, v.t.twoFactor.justEnabled) }).value);
    // The secret waits on the session until a code proves the app has it.
    let secret = s.session.enrolTotpSecret;
    if (!secret) {
      secret = newTotpSecret();
      await setEnrolSecret(d.db, s.session.idHash, secret);
    }
    return html200(reply).send(enrolForm(v, emptyForm(), secret, mustEnrolTotp(s)));
  });

  app.post('/staff/account/two-factor', { config: { access: 'enrolment' } }, async (req, reply) => {
    const s = req.staff!;
    if (s.account.totpEnabled || !s.session.enrolTotpSecret) return reply.redirect('/staff/account/two-factor', 303);
    const v = view(req, reply);
    const form = parseForm(CodeForm, req.body);
    if (!form.ok) return html200(reply, 400).send(enrolForm(v, form, s.session.enrolTotpSecret, mustEnrolTotp(s)));
    const ok = await enableTwoFactor(d.db, ctxOf(req), { sessionIdHash: s.session.idHash, accountId: s.account.id, secret: s.session.enrolTotpSecret, code: form.data.code });
    if (!ok) return html200(reply, 400).send(enrolForm(v, emptyForm(), s.session.enrolTotpSecret, mustEnrolTotp(s), v.t.errors.badCode));
    return reply.redirect('/staff/account/two-factor?notice=enabled', 303);
  });

  app.post('/staff/account/locale', { config: { access: 'enrolment' } }, async (req, reply) => {
    const form = parseForm(LocaleForm, req.body);
    if (!form.ok) throw new HttpError(400, 'invalid_parameter', 'locale must be es or en', 'locale');
    const s = req.staff!;
    await setOwnLocale(d.db, ctxOf(req), { accountId: s.account.id, from: s.account.locale, to: form.data.locale });
    return reply.redirect(safeNext(form.data.next), 303);
  });
}

function enrolForm(v: ReturnType<typeof staffView>, state: FormState, secret: string, required: boolean, formError?: string): string {
  const label = v.user?.email ?? '';
  return enrolPage(v, state, { required, secret, grouped: groupedSecret(secret), uri: totpUri(label, secret), ...(formError ? { formError } : {}) }).value;
}

const pickNoticeOf = (query: unknown, text: string) => {
  const n = pickNotice(query, { enabled: text });
  return n ? { notice: n } : {};
};
