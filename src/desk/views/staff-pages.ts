/** The advisors' inbox (filters, overdue first, pagination) and one case with its conversation and actions. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import { pagination, when as whenIso } from '../../accounts/views/components.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { problemSummary, selectField, textArea } from '../../editorial/views/fields.ts';
import { editorialMessages } from '../../editorial/locales/index.ts';
import { deskMessages } from '../locales/index.ts';
import { isOverdue, KINDS, STATUSES, type DeskCase, type DeskMessage } from '../schema.ts';
import type { InboxQuery } from '../staff-schema.ts';

const when = (d: Date, locale: string) => whenIso(d.toISOString(), locale);

export interface InboxModel {
  query: InboxQuery;
  values: FormValues;
  items: DeskCase[];
  hasNext: boolean;
  states: { value: string; label: string }[];
}

export function inboxPage(v: StaffView, view: CatalogueView, o: InboxModel): SafeHtml {
  const t = deskMessages(v.locale);
  const s = t.staff;
  const any = { value: '', label: s.all };
  const f = (name: string, label: string) => ({ name, label, values: o.values, errors: {} });
  const q = o.query;
  return staffLayout(v, {
    title: s.inbox,
    current: 'desk',
    body: html`<h1>${s.inbox}</h1>
<p><a href="/staff/desk/console">${t.console.link}</a></p>
<form method="get" action="/staff/desk" class="filters" role="search" aria-label="${s.filters}">
  ${selectField({ ...f('status', s.status), options: [{ value: 'open', label: s.open }, { value: 'all', label: s.all }, ...STATUSES.map((x) => ({ value: x, label: t.statuses[x] }))] })}
  ${selectField({ ...f('kind', s.kind), options: [any, ...KINDS.map((k) => ({ value: k, label: t.kinds[k].title }))] })}
  ${selectField({ ...f('state', s.state), options: [any, ...o.states] })}
  ${selectField({ ...f('assignee', s.assignee), options: [any, { value: 'me', label: s.me }, { value: 'none', label: s.nobody }] })}
  <div class="check"><input id="f-overdue" type="checkbox" name="overdue" value="1"${q.overdue ? html` checked` : ''}><label for="f-overdue">${s.overdue}</label></div>
  <div class="actions"><button type="submit" class="button">${s.filters}</button></div>
</form>
${o.items.length === 0
  ? html`<p>${s.none}</p>`
  : html`<div class="table-wrap"><table><caption class="visually-hidden">${s.inbox}</caption>
<thead><tr><th scope="col">${t.track.folio}</th><th scope="col">${s.kind}</th><th scope="col">${s.state}</th><th scope="col">${s.status}</th><th scope="col">${s.assignee}</th><th scope="col">${s.due}</th></tr></thead>
<tbody>${o.items.map(
      (c) => html`<tr${isOverdue(c) ? html` class="overdue"` : ''}>
  <th scope="row"><a href="/staff/desk/${c.folio}">${c.folio}</a>${c.channel === 'chat' ? html` <span class="tag">${s.chatTag}</span>` : ''}${isOverdue(c) ? html` <span class="tag critical-tag">${s.overdueTag}</span>` : ''}</th>
  <td>${t.kinds[c.kind].title}</td>
  <td>${c.stateCode ? (view.states.get(c.stateCode)?.name ?? c.stateCode) : '—'}</td>
  <td>${t.statuses[c.status]}</td>
  <td>${c.assigneeName ?? s.nobody}</td>
  <td>${c.firstResponseAt ? '—' : when(c.firstResponseDue, v.locale)}</td>
</tr>`,
    )}</tbody></table></div>`}
${pagination(v.t, '/staff/desk', { status: q.status, kind: q.kind, state: q.state, assignee: q.assignee, overdue: q.overdue ? '1' : undefined }, q.page, o.hasNext)}`,
  });
}

export interface CaseModel {
  case: DeskCase;
  messages: DeskMessage[];
  canReply: boolean;
  canAssign: boolean;
  canClose: boolean;
  people: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  values: FormValues;
  errors: Record<string, string>;
  formError?: string | undefined;
  notice?: string | undefined;
}

export function casePage(v: StaffView, view: CatalogueView, o: CaseModel): SafeHtml {
  const t = deskMessages(v.locale);
  const s = t.staff;
  const c = o.case;
  const problems = Object.entries(o.errors).map(([field, text]) => ({ field, text }));
  const procedure = c.procedureId ? view.procedure(c.procedureId) : undefined;
  const detail = (k: string, val: string) => {
    const f = t.form as unknown as Record<string, Record<string, string> | string>;
    const map: Record<string, string> = { size: 'sizes', stage: 'stages', obstacle: 'obstacles' };
    const group = map[k] ? f[map[k]!] : undefined;
    return typeof group === 'object' ? (group[val] ?? val) : val;
  };
  const label: Record<string, string> = { size: t.form.size, stage: t.form.stage, obstacle: t.form.obstacle, preferredDates: t.form.preferredDates };
  const canned = Object.entries(t.canned).map(([k, x]) => ({ value: k, label: x.label }));
  const procs = view.procedures.map((p) => ({ value: p.id, label: p.title[v.locale] })).sort((a, b) => a.label.localeCompare(b.label, v.locale));
  const open = c.status !== 'closed';
  return staffLayout(v, {
    title: c.folio,
    current: 'desk',
    body: html`<h1>${t.kinds[c.kind].title}: ${c.folio}${c.channel === 'chat' ? html` <span class="tag">${s.chatTag}</span>` : ''}</h1>
${notice(o.notice)}
${problemSummary(editorialMessages(v.locale), problems, o.formError)}
<dl class="facts">
  <dt>${s.status}</dt><dd>${t.statuses[c.status]}${isOverdue(c) ? html` <span class="tag critical-tag">${s.overdueTag}</span>` : ''}</dd>
  <dt>${t.track.created}</dt><dd>${when(c.createdAt, v.locale)}</dd>
  <dt>${s.due}</dt><dd>${when(c.firstResponseDue, v.locale)}${c.firstResponseAt ? html` ✓ ${when(c.firstResponseAt, v.locale)}` : ''}</dd>
  <dt>${s.assignee}</dt><dd>${c.assigneeName ?? s.nobody}</dd>
  <dt>${s.state}</dt><dd>${c.stateCode ? (view.states.get(c.stateCode)?.name ?? c.stateCode) : '—'}</dd>
  ${c.scian ? html`<dt>SCIAN</dt><dd>${c.scian}</dd>` : ''}
  ${c.roadmapId ? html`<dt>${t.track.plan}</dt><dd><a href="${pathFor({ page: 'plan', id: c.roadmapId }, c.locale)}">${t.track.plan}</a></dd>` : ''}
  ${procedure ? html`<dt>${t.track.procedure}</dt><dd><a href="${pathFor({ page: 'procedure', slug: procedure.slug }, v.locale)}">${procedure.title[v.locale]}</a></dd>` : ''}
  ${Object.entries(c.details).map(([k, val]) => html`<dt>${label[k] ?? k}</dt><dd>${detail(k, val)}</dd>`)}
  <dt>${s.contact}</dt><dd>${c.anonymisedAt ? s.erased : html`${c.name ?? ''}${c.organisation ? ` (${c.organisation})` : ''}${c.email ? html` · <a href="mailto:${c.email}">${c.email}</a>` : ''} · ${v.t.localeName[c.locale]}`}</dd>
</dl>
<h2>${t.track.conversation}</h2>
${c.channel === 'chat' && open ? html`<p class="live-state small" role="status" data-module="staff-chat" data-folio="${c.folio}" data-last-seq="${o.messages.at(-1)?.seq ?? 0}"
  data-live="${t.console.live}" data-offline="${t.console.offline}" data-typing="${t.console.typing}" data-internal="${s.internal}" data-desk="${t.track.desk}" data-investor="${c.name ?? '—'}" data-system="${t.track.system}"></p>` : ''}
<ol class="conversation">${o.messages.map(
      (m) => html`<li class="msg ${m.authorKind}${m.internal ? ' internal' : ''}"><p class="small muted">${m.internal ? html`<strong>${s.internal}</strong> · ` : ''}${m.authorKind === 'staff' ? (m.authorName ?? t.track.desk) : m.authorKind === 'investor' ? (c.name ?? '—') : t.track.system} · ${when(m.createdAt, v.locale)}</p><div class="msg-body">${m.body}</div></li>`,
    )}</ol>
${open && o.canReply
  ? html`<h2 id="reply-h">${s.reply}</h2>
<form method="post" action="/staff/desk/${c.folio}/reply" novalidate>${csrfField(v)}
  ${selectField({ name: 'canned', label: s.canned, values: o.values, errors: o.errors, options: [{ value: '', label: s.noneOption }, ...canned] })}
  ${selectField({ name: 'cite', label: s.cite, values: o.values, errors: o.errors, options: [{ value: '', label: s.noneOption }, ...procs] })}
  ${textArea({ name: 'body', label: s.message, values: o.values, errors: o.errors, rows: 6 })}
  <button type="submit" class="button">${s.send}</button></form>
<h2 id="note-h">${s.internal}</h2>
<form method="post" action="/staff/desk/${c.folio}/note" novalidate>${csrfField(v)}
  ${textArea({ name: 'note', label: s.internal, hint: s.internalHint, values: o.values, errors: o.errors, rows: 3 })}
  <button type="submit" class="button secondary">${s.addNote}</button></form>`
  : ''}
${open && o.canAssign
  ? html`<h2>${s.assign}</h2>
<form method="post" action="/staff/desk/${c.folio}/assign" novalidate>${csrfField(v)}
  ${selectField({ name: 'assignee', label: s.assignTo, values: { assignee: c.assigneeId ?? '', ...o.values }, errors: o.errors, options: o.people.map((p) => ({ value: p.id, label: p.name })) })}
  <button type="submit" class="button secondary">${s.doAssign}</button></form>
<h2>${t.console.transfer}</h2>
<form method="post" action="/staff/desk/${c.folio}/transfer" novalidate>${csrfField(v)}
  ${selectField({ name: 'team', label: t.console.transferTo, values: { team: c.teamId ?? 'general', ...o.values }, errors: o.errors, options: [{ value: 'general', label: t.console.generalQueue }, ...o.teams.map((x) => ({ value: x.id, label: x.name }))] })}
  <button type="submit" class="button secondary">${t.console.doTransfer}</button></form>`
  : ''}
${open && o.canClose
  ? html`<h2>${s.close}</h2>
<form method="post" action="/staff/desk/${c.folio}/close" novalidate>${csrfField(v)}
  ${textArea({ name: 'resolution', label: s.resolution, values: o.values, errors: o.errors, rows: 2 })}
  <button type="submit" class="button secondary">${s.doClose}</button></form>`
  : ''}
<p><a href="/staff/desk">${s.inbox}</a> · <a href="/staff/desk/console">${t.console.link}</a></p>`,
  });
}
