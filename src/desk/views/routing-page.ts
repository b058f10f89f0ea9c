/** The administrator's screen for desk teams and routing rules. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { problemSummary, selectField, textField } from '../../editorial/views/fields.ts';
import { editorialMessages } from '../../editorial/locales/index.ts';
import { deskMessages } from '../locales/index.ts';
import { KINDS } from '../schema.ts';
import type { RoutingRule, Team } from '../queries.ts';

export function routingPage(v: StaffView, view: CatalogueView, o: { teams: Team[]; rules: RoutingRule[]; values: FormValues; errors: Record<string, string>; notice?: string | undefined }): SafeHtml {
  const t = deskMessages(v.locale);
  const r = t.routing;
  const f = (name: string, label: string) => ({ name, label, values: o.values, errors: o.errors });
  const any = { value: '', label: r.any };
  const teamOptions = o.teams.map((x) => ({ value: x.id, label: x.name[v.locale] }));
  const stateName = (c: string | null) => (c ? (view.states.get(c)?.name ?? c) : r.any);
  return staffLayout(v, {
    title: r.title,
    current: 'routing',
    body: html`<h1>${r.title}</h1><p class="lead">${r.lead}</p>
${notice(o.notice)}
${problemSummary(editorialMessages(v.locale), Object.entries(o.errors).map(([field, text]) => ({ field, text })))}
<h2>${r.rules}</h2>
${o.rules.length
  ? html`<div class="table-wrap"><table><caption class="visually-hidden">${r.rules}</caption>
<thead><tr><th scope="col">${r.position}</th><th scope="col">${r.kind}</th><th scope="col">${r.state}</th><th scope="col">${r.scianPrefix}</th><th scope="col">${r.locale}</th><th scope="col">${r.team}</th><th scope="col"><span class="visually-hidden">${r.deleteRule}</span></th></tr></thead>
<tbody>${o.rules.map(
      (x) => html`<tr><th scope="row">${x.position}</th><td>${x.kind ? t.kinds[x.kind].title : r.any}</td><td>${stateName(x.stateCode)}</td><td>${x.scianPrefix ?? r.any}</td><td>${x.locale ? v.t.localeName[x.locale] : r.any}</td>
<td>${o.teams.find((tm) => tm.id === x.teamId)?.name[v.locale] ?? x.teamId}</td>
<td><form method="post" action="/staff/desk/routing/rules/${x.id}/delete">${csrfField(v)}<button type="submit" class="button secondary small-button">${r.deleteRule}</button></form></td></tr>`,
    )}</tbody></table></div>`
  : html`<p>${r.none}</p>`}
${o.teams.length
  ? html`<form method="post" action="/staff/desk/routing/rules" novalidate class="filters">${csrfField(v)}
  ${textField({ ...f('position', r.position) })}
  ${selectField({ ...f('kind', r.kind), options: [any, ...KINDS.map((k) => ({ value: k, label: t.kinds[k].title }))] })}
  ${selectField({ ...f('state', r.state), options: [any, ...[...view.states.values()].map((s) => ({ value: s.code, label: s.name }))] })}
  ${textField({ ...f('scianPrefix', r.scianPrefix) })}
  ${selectField({ ...f('locale', r.locale), options: [any, { value: 'es', label: v.t.localeName.es }, { value: 'en', label: v.t.localeName.en }] })}
  ${selectField({ ...f('team', r.team), options: teamOptions })}
  <div class="actions"><button type="submit" class="button">${r.addRule}</button></div></form>`
  : ''}
<h2>${r.teams}</h2>
<ul>${o.teams.map((x) => html`<li><strong>${x.name[v.locale]}</strong> (<code>${x.id}</code>): ${x.members.length ? x.members.map((m, i) => html`${i ? ', ' : ''}${m.name}`) : r.noMembers} · ${x.retentionDays ? r.retentionOwn(x.retentionDays) : r.retentionDefault} · ${x.chatHours ? r.hoursOwn(x.chatHours.opens, x.chatHours.closes, x.chatHours.days.map((n) => r.weekdays[n - 1]).join(', ')) : r.hoursDefault}</li>`)}</ul>
${o.teams.length
  ? html`<form method="post" action="/staff/desk/routing/members" novalidate class="filters">${csrfField(v)}
  ${selectField({ ...f('memberTeam', r.team), options: teamOptions })}
  ${textField({ ...f('email', r.memberEmail) })}
  <div class="actions"><button type="submit" class="button secondary">${r.addMember}</button></div></form>`
  : ''}
${o.teams.length
  ? html`<h3>${r.hours}</h3><p class="hint">${r.hoursHint}</p>
<form method="post" action="/staff/desk/routing/hours" novalidate class="filters">${csrfField(v)}
  ${selectField({ ...f('hoursTeam', r.team), options: teamOptions })}
  ${textField({ ...f('chatOpens', r.chatOpens), inputmode: 'numeric' })}
  ${textField({ ...f('chatCloses', r.chatCloses), inputmode: 'numeric' })}
  <fieldset id="chatDays"${o.errors.chatDays ? html` aria-describedby="chatDays-error"` : ''}><legend>${r.chatDays}</legend>
    ${o.errors.chatDays ? html`<p class="error-message" id="chatDays-error">${o.errors.chatDays}</p>` : ''}
    ${r.weekdays.map((day, i) => html`<div class="check"><input type="checkbox" id="chatDays-${i + 1}" name="chatDays" value="${i + 1}"${[o.values.chatDays ?? []].flat().includes(String(i + 1)) ? html` checked` : ''}><label for="chatDays-${i + 1}">${day}</label></div>`)}
  </fieldset>
  <div class="actions"><button type="submit" class="button secondary">${r.setHours}</button></div></form>`
  : ''}
<form method="post" action="/staff/desk/routing/teams" novalidate class="filters">${csrfField(v)}
  ${textField({ ...f('id', r.id) })}
  ${textField({ ...f('nameEs', r.nameEs) })}
  ${textField({ ...f('nameEn', r.nameEn) })}
  ${textField({ ...f('retentionDays', r.retentionDays), inputmode: 'numeric' })}
  <div class="actions"><button type="submit" class="button secondary">${r.addTeam}</button></div></form>
<p><a href="/staff/desk">${t.staff.inbox}</a></p>`,
  });
}
