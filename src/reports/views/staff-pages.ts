/** The staff queue of error reports (filters, pagination) and one report with its resolution form. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import { pagination, when } from '../../accounts/views/components.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { Procedure } from '../../catalogue/schema.ts';
import { problemSummary, selectField, textArea, type Problem } from '../../editorial/views/fields.ts';
import { editorialMessages } from '../../editorial/locales/index.ts';
import { reportMessages } from '../locales/index.ts';
import type { ErrorReport, ReportsQuery } from '../schema.ts';

export interface QueueModel {
  query: ReportsQuery;
  values: FormValues;
  errors: Record<string, string>;
  problems: Problem[];
  items: { report: ErrorReport; procedure: Procedure | undefined }[];
  hasNext: boolean;
  procedures: { value: string; label: string }[];
  states: { value: string; label: string }[];
}

export function reportsPage(v: StaffView, o: QueueModel): SafeHtml {
  const t = reportMessages(v.locale).staff;
  const any = { value: '', label: t.any };
  const f = (name: string, label: string) => ({ name, label, values: o.values, errors: o.errors });
  const q = o.query;
  return staffLayout(v, {
    title: t.title,
    current: 'reports',
    body: html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
${problemSummary(editorialMessages(v.locale), o.problems)}
<form method="get" action="/staff/reports" class="filters" role="search" aria-label="${t.filter}">
  ${selectField({ ...f('status', t.status), options: [any, { value: 'open', label: t.statuses.open! }, { value: 'resolved', label: t.statuses.resolved! }] })}
  ${selectField({ ...f('procedure', t.procedure), options: [any, ...o.procedures] })}
  ${selectField({ ...f('state', t.state), options: [any, ...o.states] })}
  <div class="actions"><button type="submit" class="button">${t.filter}</button><a href="/staff/reports">${t.clear}</a></div>
</form>
${o.items.length === 0
  ? html`<p>${t.none}</p>`
  : html`<div class="table-wrap"><table><caption class="visually-hidden">${t.title}</caption>
<thead><tr><th scope="col">${t.reference}</th><th scope="col">${t.procedure}</th><th scope="col">${t.step}</th><th scope="col">${t.received}</th><th scope="col">${t.status}</th><th scope="col">${t.message}</th></tr></thead>
<tbody>${o.items.map(
      ({ report: r, procedure: p }) => html`<tr>
  <th scope="row"><a href="/staff/reports/${r.id}" aria-label="${t.openLabel(r.reference)}">${r.reference}</a></th>
  <td>${p ? p.title[v.locale] : r.procedureId}</td>
  <td>${r.stepNumber ?? t.whole}</td>
  <td>${when(r.createdAt, v.locale)}</td>
  <td>${t.statuses[r.status]}</td>
  <td>${r.message.length > 140 ? `${r.message.slice(0, 140)}…` : r.message}</td>
</tr>`,
    )}</tbody></table></div>`}
${pagination(v.t, '/staff/reports', { status: q.status, procedure: q.procedure, state: q.state }, q.page, o.hasNext)}`,
  });
}

export function reportPage(
  v: StaffView,
  o: { report: ErrorReport; procedure: Procedure | undefined; canResolve: boolean; canEdit: boolean; form: { values: FormValues; errors: Record<string, string> }; formError?: string; notice?: string },
): SafeHtml {
  const t = reportMessages(v.locale).staff;
  const r = o.report;
  const p = o.procedure;
  const title = t.detailTitle(r.reference);
  const problems = Object.entries(o.form.errors).map(([field, text]) => ({ field, text }));
  return staffLayout(v, {
    title,
    current: 'reports',
    body: html`<h1>${title}</h1>
${notice(o.notice)}
<dl class="facts">
  <dt>${t.procedure}</dt><dd>${p ? html`<a href="${pathFor({ page: 'procedure', slug: p.slug }, v.locale)}${r.stepNumber ? `#step-${r.stepNumber}` : ''}">${p.title[v.locale]}</a> (${t.publicPage})` : r.procedureId}</dd>
  <dt>${t.step}</dt><dd>${r.stepNumber ?? t.whole}</dd>
  <dt>${t.received}</dt><dd>${when(r.createdAt, v.locale)}</dd>
  <dt>${t.language}</dt><dd>${v.t.localeName[r.locale]}</dd>
  <dt>${t.contact}</dt><dd>${r.contactEmail ? html`<a href="mailto:${r.contactEmail}">${r.contactEmail}</a>` : t.noContact}</dd>
  <dt>${t.status}</dt><dd>${t.statuses[r.status]}</dd>
</dl>
<h2>${t.message}</h2>
<p class="report-message" lang="${r.locale}">${r.message}</p>
${o.canEdit && p ? html`<p><a class="button secondary" href="/staff/procedures/${p.id}/edit">${t.editProcedure}</a></p>` : ''}
${r.status === 'resolved'
  ? html`<h2>${t.resolved}</h2><p>${t.resolvedBy(r.resolvedByName ?? '—', when(r.resolvedAt, v.locale))}</p><p class="report-message">${r.resolutionNote}</p>`
  : o.canResolve
    ? html`<h2>${t.resolve}</h2>
${problemSummary(editorialMessages(v.locale), problems, o.formError)}
<form method="post" action="/staff/reports/${r.id}/resolve" novalidate>${csrfField(v)}
  ${textArea({ name: 'note', label: t.note, hint: r.contactEmail ? `${t.noteHint} ${t.noteMailed}` : t.noteHint, values: o.form.values, errors: o.form.errors, rows: 4 })}
  <button type="submit" class="button">${t.resolve}</button></form>`
    : ''}
<p><a href="/staff/reports">${t.title}</a></p>`,
  });
}
