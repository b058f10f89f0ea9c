/** The staff list of procedures (filters, pagination, open drafts) and the review queue. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import { pagination, when } from '../../accounts/views/components.ts';
import { staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import { LEVELS, type Procedure } from '../../catalogue/schema.ts';
import type { Locale } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import type { EditorialMessages } from '../locales/index.ts';
import type { Draft, DraftStatus, ProcedureListQuery } from '../schema.ts';
import { problemSummary, selectField, textField, type Problem } from './fields.ts';

export interface ProcedureRow {
  p: Procedure;
  authority: string;
  version: number;
  updatedAt: string | null;
  draft: { id: string; status: DraftStatus; authorName: string } | undefined;
  editable: boolean;
}

export interface ListModel {
  query: ProcedureListQuery;
  values: FormValues;
  errors: Record<string, string>;
  problems: Problem[];
  rows: ProcedureRow[];
  total: number;
  hasNext: boolean;
  authorities: { value: string; label: string }[];
  states: { value: string; label: string }[];
}

export function proceduresPage(v: StaffView, m: EditorialMessages, o: ListModel): SafeHtml {
  const l = m.list;
  const pub = messages(v.locale);
  const any = { value: '', label: l.any };
  const f = (name: string, label: string) => ({ name, label, values: o.values, errors: o.errors });
  const q = o.query;
  return staffLayout(v, {
    title: l.title,
    current: 'procedures',
    body: html`<h1>${l.title}</h1>
<p class="lead">${l.lead}</p>
${problemSummary(m, o.problems)}
<form method="get" action="/staff/procedures" class="filters" role="search" aria-label="${l.filter}">
  ${textField(f('q', l.q))}
  ${selectField({ ...f('level', l.level), options: [any, ...LEVELS.map((x) => ({ value: x, label: pub.level[x] }))] })}
  ${selectField({ ...f('authority', l.authority), options: [any, ...o.authorities] })}
  ${selectField({ ...f('state', l.state), options: [any, ...o.states] })}
  ${selectField({ ...f('draft', l.draft), options: [any, { value: 'open', label: l.withDraft }, { value: 'none', label: l.withoutDraft }] })}
  <div class="actions"><button type="submit" class="button">${l.filter}</button><a href="/staff/procedures">${l.clear}</a></div>
</form>
<h2 id="results-h">${l.count(o.total)}</h2>
${o.rows.length === 0
  ? html`<p>${l.none}</p>`
  : html`<div class="table-wrap"><table aria-labelledby="results-h">
<thead><tr><th scope="col">${l.procedure}</th><th scope="col">${l.level}</th><th scope="col">${l.authority}</th><th scope="col">${l.version}</th><th scope="col">${l.updated}</th><th scope="col">${l.openDraft}</th></tr></thead>
<tbody>${o.rows.map((r) => row(v.locale, m, r))}</tbody></table></div>`}
${pagination(v.t, '/staff/procedures', { q: q.q, level: q.level, authority: q.authority, state: q.state, draft: q.draft }, q.page, o.hasNext)}`,
  });
}

function row(locale: Locale, m: EditorialMessages, r: ProcedureRow): SafeHtml {
  const l = m.list;
  const title = r.p.title[locale];
  return html`<tr>
  <th scope="row">${r.editable ? html`<a href="/staff/procedures/${r.p.id}/edit" aria-label="${l.editLabel(title)}">${title}</a>` : title}<br><span class="small muted">${r.p.id}</span></th>
  <td>${messages(locale).level[r.p.level]}${r.p.states.length ? html`<br><span class="small muted">${r.p.states.join(', ')}</span>` : ''}</td>
  <td>${r.authority}</td>
  <td>${r.version}</td>
  <td>${when(r.updatedAt, locale)}</td>
  <td>${r.draft ? html`<a href="/staff/drafts/${r.draft.id}" aria-label="${l.viewDraftLabel(title)}">${m.status[r.draft.status]}</a><br><span class="small muted">${r.draft.authorName}</span>` : l.noDraft}</td>
</tr>`;
}

export function reviewsPage(v: StaffView, m: EditorialMessages, o: { items: { draft: Draft; name: string; conflict: boolean }[]; page: number; hasNext: boolean }): SafeHtml {
  const r = m.reviews;
  return staffLayout(v, {
    title: r.title,
    current: 'reviews',
    body: html`<h1>${r.title}</h1>
<p class="lead">${r.lead}</p>
${o.items.length === 0
  ? html`<p>${r.none}</p>`
  : html`<div class="table-wrap"><table><caption class="visually-hidden">${r.title}</caption>
<thead><tr><th scope="col">${r.document}</th><th scope="col">${r.author}</th><th scope="col">${r.submitted}</th><th scope="col">${m.draft.reason}</th></tr></thead>
<tbody>${o.items.map(
      ({ draft: d, name, conflict }) => html`<tr>
  <th scope="row"><a href="/staff/drafts/${d.id}" aria-label="${r.reviewLabel(name)}">${name}</a>${conflict ? html` <span class="tag-missing">${r.conflict}</span>` : ''}</th>
  <td>${d.authorName}${d.authorId === v.user?.actor.id ? html` (${r.yours})` : ''}</td>
  <td>${when(d.submittedAt, v.locale)}</td>
  <td>${d.reason[v.locale]}</td>
</tr>`,
    )}</tbody></table></div>`}
${pagination(v.t, '/staff/reviews', {}, o.page, o.hasNext)}`,
  });
}
