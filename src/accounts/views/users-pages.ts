/** The administrators' user screens: the list with filters, invitations, and one account's access. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { Invitation } from '../queries.ts';
import { ROLES, STATE_CODES, type Account, type UsersQuery } from '../schema.ts';
import { checkboxes, emptyForm, errorSummary, input, pagination, select, when, type FormState } from './components.ts';
import { csrfField, notice, staffLayout, type StaffView } from './layout.ts';

export type StateName = (code: string) => string;

const roleOptions = (v: StaffView) => ROLES.map((r) => ({ value: r, label: v.t.roles[r] }));
const stateOptions = (name: StateName) => STATE_CODES.map((c) => ({ value: c, label: `${name(c)} (${c})` }));

export function usersPage(v: StaffView, o: { query: UsersQuery; items: Account[]; hasNext: boolean; pending: Invitation[]; stateName: StateName; notice?: string; filterState?: FormState }): SafeHtml {
  const t = v.t;
  const u = t.users;
  const q = o.query;
  const f = o.filterState ?? emptyForm({ q: q.q ?? '', role: q.role ?? '', state: q.state ?? '', status: q.status ?? '' });
  const any = { value: '', label: u.any };
  return staffLayout(v, {
    title: u.title,
    current: 'users',
    body: html`<div class="title-row"><h1>${u.title}</h1><a class="button" href="/staff/users/invite">${u.invite}</a></div>
${notice(o.notice)}
${errorSummary(t, f)}
<form method="get" action="/staff/users" class="filters" role="search" aria-label="${u.filter}">
  ${input(t, f, { name: 'q', type: 'search' })}
  ${select(t, f, { name: 'role', options: [any, ...roleOptions(v)] })}
  ${select(t, f, { name: 'state', options: [any, ...stateOptions(o.stateName)] })}
  ${select(t, f, { name: 'status', options: [any, { value: 'active', label: t.status.active }, { value: 'disabled', label: t.status.disabled }] })}
  <div class="actions"><button type="submit" class="button">${u.filter}</button><a href="/staff/users">${u.clear}</a></div>
</form>
${o.items.length === 0
  ? html`<p>${u.none}</p>`
  : html`<div class="table-wrap"><table>
  <caption class="visually-hidden">${u.title}</caption>
  <thead><tr><th scope="col">${u.name}</th><th scope="col">${t.fields.email}</th><th scope="col">${t.fields.roles}</th><th scope="col">${t.fields.status}</th><th scope="col">${u.twoFactor}</th><th scope="col">${u.lastLogin}</th></tr></thead>
  <tbody>
  ${o.items.map(
    (a) => html`<tr>
    <th scope="row"><a href="/staff/users/${a.id}" aria-label="${u.edit(a.displayName)}">${a.displayName}</a></th>
    <td>${a.email}</td>
    <td>${a.roles.map((r) => t.roles[r]).join(', ')}${a.states.length ? html`<br><span class="small muted">${a.states.map(o.stateName).join(', ')}</span>` : ''}</td>
    <td>${t.status[a.status]}</td>
    <td>${a.totpEnabled ? u.yes : u.no}</td>
    <td>${when(a.lastLoginAt, v.locale, u.never)}</td>
  </tr>`,
  )}
  </tbody></table></div>`}
${pagination(t, '/staff/users', { q: q.q, role: q.role, state: q.state, status: q.status }, q.page, o.hasNext)}
<h2>${u.pending}</h2>
${o.pending.length === 0
  ? html`<p>${u.noPending}</p>`
  : html`<ul class="results">${o.pending.map(
      (i) => html`<li><strong>${i.displayName}</strong> · ${i.email} · ${i.roles.map((r) => t.roles[r]).join(', ')} · ${u.expires}: ${when(i.expiresAt, v.locale)}
      <form method="post" action="/staff/invitations/${i.id}/revoke" class="inline-form">${csrfField(v)}<button type="submit" class="link-button" aria-label="${u.revokeLabel(i.email)}">${u.revoke}</button></form></li>`,
    )}</ul>`}`,
  });
}

export function invitePage(v: StaffView, state: FormState, o: { stateName: StateName; formError?: string }): SafeHtml {
  const t = v.t;
  return staffLayout(v, {
    title: t.users.inviteTitle,
    current: 'users',
    body: html`<h1>${t.users.inviteTitle}</h1>
<p class="lead">${t.users.inviteLead}</p>
${errorSummary(t, state, o.formError)}
<form method="post" action="/staff/users/invite" novalidate>
  ${csrfField(v)}
  ${input(t, state, { name: 'email', type: 'email', autocomplete: 'off', required: true })}
  ${input(t, state, { name: 'displayName', autocomplete: 'off', required: true })}
  ${select(t, state, { name: 'locale', options: [{ value: 'es', label: t.localeName.es }, { value: 'en', label: t.localeName.en }] })}
  ${checkboxes(t, state, { name: 'roles', options: roleOptions(v) })}
  ${checkboxes(t, state, { name: 'states', options: stateOptions(o.stateName), columns: true })}
  <div class="actions"><button type="submit" class="button">${t.users.sendInvite}</button><a href="/staff/users">${t.users.title}</a></div>
</form>`,
  });
}

export function userPage(v: StaffView, o: { account: Account; access: FormState; stateName: StateName; notice?: string; formError?: string; statusError?: string }): SafeHtml {
  const t = v.t;
  const u = t.users;
  const a = o.account;
  const checkedRoles = o.access.values.roles !== undefined ? undefined : a.roles;
  const checkedStates = o.access.values.states !== undefined || o.access.values.roles !== undefined ? undefined : a.states;
  return staffLayout(v, {
    title: u.editTitle(a.displayName),
    current: 'users',
    body: html`<h1>${u.editTitle(a.displayName)}</h1>
${notice(o.notice)}
<dl class="facts">
  <dt>${t.fields.email}</dt><dd>${a.email}</dd>
  <dt>${t.fields.status}</dt><dd>${t.status[a.status]}</dd>
  <dt>${u.twoFactor}</dt><dd>${a.totpEnabled ? u.yes : u.no}</dd>
  <dt>${u.lastLogin}</dt><dd>${when(a.lastLoginAt, v.locale, u.never)}</dd>
  <dt>${u.created}</dt><dd>${when(a.createdAt, v.locale)}</dd>
</dl>
<h2>${u.access}</h2>
${errorSummary(t, o.access, o.formError)}
<form method="post" action="/staff/users/${a.id}/access" novalidate>
  ${csrfField(v)}
  ${checkboxes(t, o.access, { name: 'roles', options: roleOptions(v), ...(checkedRoles ? { checked: checkedRoles } : {}) })}
  ${checkboxes(t, o.access, { name: 'states', options: stateOptions(o.stateName), columns: true, ...(checkedStates ? { checked: checkedStates } : {}) })}
  <div class="actions"><button type="submit" class="button">${u.saveAccess}</button></div>
</form>
<h2>${t.fields.status}</h2>
${o.statusError ? html`<div class="error-summary" role="alert"><p>${o.statusError}</p></div>` : ''}
<form method="post" action="/staff/users/${a.id}/status">
  ${csrfField(v)}<input type="hidden" name="status" value="${a.status === 'active' ? 'disabled' : 'active'}">
  <button type="submit" class="button secondary">${a.status === 'active' ? u.disable : u.enable}</button>
</form>
${a.totpEnabled
  ? html`<h2>${u.twoFactor}</h2><p class="hint" id="reset-2fa-hint">${u.resetTwoFactorHint}</p>
<form method="post" action="/staff/users/${a.id}/two-factor-reset">${csrfField(v)}<button type="submit" class="button secondary" aria-describedby="reset-2fa-hint">${u.resetTwoFactor}</button></form>`
  : ''}
<p><a href="/staff/users">${u.title}</a> · <a href="/staff/audit?entityType=account&amp;entityId=${a.id}">${t.layout.audit}</a></p>`,
  });
}
