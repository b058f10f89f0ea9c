/** Sign-in, second factor, password reset and invitation pages. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { Invitation } from '../queries.ts';
import { PASSWORD_MIN } from '../schema.ts';
import { errorSummary, input, type FormState } from './components.ts';
import { csrfField, notice, staffLayout, type StaffView } from './layout.ts';

export function loginPage(v: StaffView, state: FormState, o: { formError?: string; notice?: string; next?: string }): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.login.title,
    body: html`<div class="narrow">
<h1>${t.login.title}</h1>
<p class="lead">${t.login.lead}</p>
${notice(o.notice)}
${errorSummary(t, state, o.formError)}
<form method="post" action="/staff/login" novalidate>
  ${csrfField(v)}
  ${o.next ? html`<input type="hidden" name="next" value="${o.next}">` : ''}
  ${input(t, state, { name: 'email', type: 'email', autocomplete: 'username', required: true })}
  ${input(t, state, { name: 'password', type: 'password', autocomplete: 'current-password', required: true })}
  <div class="actions"><button type="submit" class="button">${t.login.submit}</button><a href="/staff/password/forgot">${t.login.forgot}</a></div>
</form>
</div>`,
  });
}

export function secondFactorPage(v: StaffView, state: FormState, o: { formError?: string }): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.twoFactor.verifyTitle,
    body: html`<div class="narrow">
<h1>${t.twoFactor.verifyTitle}</h1>
<p class="lead">${t.twoFactor.verifyLead}</p>
${errorSummary(t, state, o.formError)}
<form method="post" action="/staff/login/two-factor" novalidate>
  ${csrfField(v)}
  ${input(t, state, { name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', hint: t.hints.code, required: true })}
  <div class="actions"><button type="submit" class="button">${t.twoFactor.verify}</button></div>
</form>
<form method="post" action="/staff/logout">${csrfField(v)}<button type="submit" class="link-button">${t.twoFactor.cancel}</button></form>
</div>`,
  });
}

export function forgotPage(v: StaffView, state: FormState): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.forgot.title,
    body: html`<div class="narrow">
<h1>${t.forgot.title}</h1>
<p class="lead">${t.forgot.lead}</p>
${errorSummary(t, state)}
<form method="post" action="/staff/password/forgot" novalidate>
  ${csrfField(v)}
  ${input(t, state, { name: 'email', type: 'email', autocomplete: 'email', required: true })}
  <div class="actions"><button type="submit" class="button">${t.forgot.submit}</button></div>
</form>
</div>`,
  });
}

export function messagePage(v: StaffView, title: string, body: string, link?: { href: string; label: string }): SafeHtml {
  return staffLayout(v, {
    title,
    body: html`<div class="narrow"><h1>${title}</h1><p>${body}</p>${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : ''}</div>`,
  });
}

export function resetPage(v: StaffView, state: FormState, token: string): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.reset.title,
    body: html`<div class="narrow">
<h1>${t.reset.title}</h1>
${errorSummary(t, state)}
<form method="post" action="/staff/password/reset/${token}" novalidate>
  ${csrfField(v)}
  ${input(t, state, { name: 'password', label: t.fields.newPassword, type: 'password', autocomplete: 'new-password', hint: t.hints.password(PASSWORD_MIN), required: true })}
  ${input(t, state, { name: 'confirm', type: 'password', autocomplete: 'new-password', required: true })}
  <div class="actions"><button type="submit" class="button">${t.reset.submit}</button></div>
</form>
</div>`,
  });
}

export function invitationPage(v: StaffView, state: FormState, o: { token: string; invitation: Invitation; stateName: (code: string) => string; formError?: string }): SafeHtml {
  const t = v.t;
  const inv = o.invitation;
  return staffLayout(v, {
    title: t.invitation.title,
    body: html`<div class="narrow">
<h1>${t.invitation.title}</h1>
<p class="lead">${t.invitation.lead(inv.email)}</p>
<dl class="facts">
  <dt>${t.invitation.rolesGiven}</dt><dd>${inv.roles.map((r) => t.roles[r]).join(', ')}</dd>
  ${inv.states.length ? html`<dt>${t.invitation.statesGiven}</dt><dd>${inv.states.map(o.stateName).join(', ')}</dd>` : ''}
</dl>
${errorSummary(t, state, o.formError)}
<form method="post" action="/staff/invitations/${o.token}" novalidate>
  ${csrfField(v)}
  ${input(t, state, { name: 'displayName', autocomplete: 'name', required: true, value: (state.values.displayName as string | undefined) ?? inv.displayName })}
  ${input(t, state, { name: 'password', type: 'password', autocomplete: 'new-password', hint: t.hints.password(PASSWORD_MIN), required: true })}
  ${input(t, state, { name: 'confirm', type: 'password', autocomplete: 'new-password', required: true })}
  <div class="actions"><button type="submit" class="button">${t.invitation.submit}</button></div>
</form>
</div>`,
  });
}
