/** The dashboard, two-step verification enrolment, and staff error pages. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { StaffMessages } from '../locales/index.ts';
import { can, type Actor } from '../policies.ts';
import { errorSummary, input, type FormState } from './components.ts';
import { csrfField, notice, staffLayout, type StaffView } from './layout.ts';

type Capability = keyof StaffMessages['dashboard']['capabilities'];

/**
 * What the dashboard lists, each with a representative policy check. Where
 * the screen exists the entry links to it; the rest arrive with later slices.
 */
const CAPABILITIES: { key: Capability; allowed: (a: Actor) => boolean; href?: string }[] = [
  { key: 'manageUsers', allowed: (a) => can(a, 'invite', { type: 'account' }), href: '/staff/users' },
  { key: 'readAudit', allowed: (a) => can(a, 'read', { type: 'audit' }), href: '/staff/audit' },
  { key: 'draftCatalogue', allowed: (a) => can(a, 'draft', { type: 'procedure', level: 'federal', states: [] }), href: '/staff/procedures' },
  { key: 'draftReference', allowed: (a) => can(a, 'draft', { type: 'authority' }), href: '/staff/reference' },
  { key: 'draftStateContent', allowed: (a) => a.states.some((s) => can(a, 'draft', { type: 'state-page', code: s })), href: '/staff/states' },
  { key: 'reviewCatalogue', allowed: (a) => can(a, 'publish', { type: 'procedure', level: 'federal', states: [] }), href: '/staff/reviews' },
  { key: 'resolveReports', allowed: (a) => can(a, 'resolve', { type: 'error-report', level: 'state', states: a.states.length ? a.states : ['01'] }), href: '/staff/reports' },
  { key: 'answerCases', allowed: (a) => can(a, 'reply', { type: 'case', state: a.states[0] ?? null }), href: '/staff/desk' },
  { key: 'ownAccount', allowed: (a) => can(a, 'update-self', { type: 'account', id: a.id }), href: '/staff/account/two-factor' },
];

export const capabilitiesOf = (a: Actor): Capability[] => CAPABILITIES.filter((c) => c.allowed(a)).map((c) => c.key);

export function dashboardPage(v: StaffView, o: { stateName: (code: string) => string }): SafeHtml {
  const t = v.t;
  const a = v.user!.actor;
  const caps = CAPABILITIES.filter((c) => c.allowed(a));
  return staffLayout(v, {
    title: t.dashboard.title,
    current: 'dashboard',
    body: html`<h1>${t.dashboard.welcome(v.user!.displayName)}</h1>
<dl class="facts">
  <dt>${t.dashboard.yourRoles}</dt><dd>${a.roles.length ? a.roles.map((r) => t.roles[r]).join(', ') : '—'}</dd>
  ${a.roles.includes('state-officer') ? html`<dt>${t.dashboard.yourStates}</dt><dd>${a.states.length ? a.states.map(o.stateName).join(', ') : t.dashboard.noStates}</dd>` : ''}
</dl>
<h2>${t.dashboard.mayDo}</h2>
${a.roles.length === 0 ? html`<p>${t.dashboard.nothing}</p>` : ''}
<ul class="capabilities">
  ${caps.map((c) => html`<li>${c.href ? html`<a href="${c.href}">${t.dashboard.capabilities[c.key]}</a>` : html`${t.dashboard.capabilities[c.key]} <span class="muted">(${t.dashboard.soon})</span>`}</li>`)}
</ul>`,
  });
}

export function enrolPage(v: StaffView, state: FormState, o: { required: boolean; secret: string; grouped: string; uri: string; formError?: string }): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.twoFactor.enrolTitle,
    current: 'account',
    // Until an administrator enrols, the other sections would only redirect back here.
    nav: !o.required,
    body: html`<div class="narrow">
<h1>${t.twoFactor.enrolTitle}</h1>
${o.required ? html`<div class="notice warning" role="status"><p>${t.twoFactor.requiredForAdmins}</p></div>` : ''}
<p>${t.twoFactor.enrolLead}</p>
<ol class="steps-list">
  <li><p>${t.twoFactor.step1}</p>
    <dl class="facts">
      <dt>${t.twoFactor.keyLabel}</dt><dd><code class="secret" data-secret="${o.secret}">${o.grouped}</code></dd>
      <dt>${t.twoFactor.linkLabel}</dt><dd><a href="${o.uri}" class="break">${o.uri}</a></dd>
    </dl>
  </li>
  <li><p>${t.twoFactor.step2}</p></li>
</ol>
${errorSummary(t, state, o.formError)}
<form method="post" action="/staff/account/two-factor" novalidate>
  ${csrfField(v)}
  ${input(t, state, { name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', hint: t.hints.code, required: true })}
  <div class="actions"><button type="submit" class="button">${t.twoFactor.enable}</button></div>
</form>
</div>`,
  });
}

export function enrolledPage(v: StaffView, o: { notice?: string }): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.twoFactor.enabledTitle,
    current: 'account',
    body: html`<div class="narrow"><h1>${t.twoFactor.enabledTitle}</h1>${notice(o.notice)}<p>${t.twoFactor.enabledBody}</p></div>`,
  });
}

export type StaffErrorKind = 'forbidden' | 'notFound' | 'badRequest' | 'csrf' | 'rateLimited' | 'serverError' | 'unavailable';

export function staffErrorPage(v: StaffView, kind: StaffErrorKind, detail?: string): SafeHtml {
  const p = v.t.pages;
  const texts: Record<StaffErrorKind, [string, string]> = {
    forbidden: [p.forbiddenTitle, p.forbiddenBody],
    notFound: [p.notFoundTitle, p.notFoundBody],
    badRequest: [p.badRequestTitle, detail ?? ''],
    csrf: [p.csrfTitle, p.csrfBody],
    rateLimited: [p.rateLimitedTitle, p.rateLimitedBody],
    serverError: [p.serverErrorTitle, p.serverErrorBody],
    unavailable: [p.unavailableTitle, p.unavailableBody],
  };
  const [title, body] = texts[kind];
  return staffLayout(v, {
    title,
    body: html`<div class="narrow"><h1>${title}</h1><div class="error-box" role="alert"><p>${body}</p></div><p><a href="/staff">${p.back}</a></p></div>`,
  });
}
