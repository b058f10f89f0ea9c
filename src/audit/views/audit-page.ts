/** The audit browser: filters, one page of events (newest first), before/after of each. */
import { html, type SafeHtml } from '../../web/html.ts';
import { emptyForm, errorSummary, input, pagination, select, when, type FormState } from '../../accounts/views/components.ts';
import { staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import { auditMessages } from '../locales/index.ts';
import type { AuditQuery, AuditRow } from '../schema.ts';

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export function auditPage(v: StaffView, o: { query: AuditQuery | null; items: AuditRow[]; hasNext: boolean; form?: FormState }): SafeHtml {
  const t = v.t;
  const a = auditMessages(v.locale);
  const q = o.query;
  const f = o.form ?? emptyForm(q ? { actor: q.actor ?? '', action: q.action ?? '', entityType: q.entityType ?? '', entityId: q.entityId ?? '', from: q.from ?? '', to: q.to ?? '' } : {});
  const types = Object.entries(a.entityTypes).map(([value, label]) => ({ value, label }));
  return staffLayout(v, {
    title: a.title,
    current: 'audit',
    body: html`<h1>${a.title}</h1>
<p class="lead">${a.lead}</p>
${errorSummary(t, f)}
<form method="get" action="/staff/audit" class="filters" role="search" aria-label="${a.filter}">
  ${input(t, f, { name: 'actor', type: 'search' })}
  ${input(t, f, { name: 'action', hint: t.hints.action })}
  ${select(t, f, { name: 'entityType', options: [{ value: '', label: a.anyType }, ...types] })}
  ${input(t, f, { name: 'entityId' })}
  ${input(t, f, { name: 'from', type: 'date', hint: t.hints.date })}
  ${input(t, f, { name: 'to', type: 'date', hint: t.hints.date })}
  <div class="actions"><button type="submit" class="button">${a.filter}</button><a href="/staff/audit">${a.clear}</a></div>
</form>
${o.items.length === 0
  ? html`<p>${a.none}</p>`
  : html`<ol class="audit-list">${o.items.map(
      (e) => html`<li class="audit-event">
  <p class="meta"><strong>${e.action}</strong> · <span>${a.entityTypes[e.entityType] ?? e.entityType}${e.entityId ? html` <code>${e.entityId}</code>` : ''}</span></p>
  <p class="meta"><span>${a.who}: ${e.actorId ? e.actorLabel : (a.system[e.actorLabel] ?? e.actorLabel)}</span> · <time datetime="${e.at}">${when(e.at, v.locale)}</time>${e.requestId ? html` · <span class="small">${a.request} ${e.requestId}</span>` : ''}</p>
  ${e.before !== null || e.after !== null
    ? html`<details><summary>${a.details}<span class="visually-hidden"> — ${e.action}, ${when(e.at, v.locale)}</span></summary>
    <div class="diff">
      ${e.before !== null ? html`<div><h3 class="small-heading">${a.before}</h3><pre tabindex="0">${pretty(e.before)}</pre></div>` : ''}
      ${e.after !== null ? html`<div><h3 class="small-heading">${a.after}</h3><pre tabindex="0">${pretty(e.after)}</pre></div>` : ''}
    </div></details>`
    : ''}
</li>`,
    )}</ol>`}
${q ? pagination(t, '/staff/audit', { actor: q.actor, action: q.action, entityType: q.entityType, entityId: q.entityId, from: q.from, to: q.to }, q.page, o.hasNext) : ''}`,
  });
}
