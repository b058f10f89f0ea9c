/** Compare states: a table with one column per state (works without JavaScript), and the form that asks for them. */
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, messages } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { daysRange, moneyRange, unverifiedBadge } from '../../catalogue/views/parts.ts';
import { rate } from '../../catalogue/views/directory-pages.ts';
import { roadmapMessages } from '../messages.ts';
import { MAX_STATES, type StateColumn } from '../compare.ts';
import type { FieldError } from '../validate.ts';
import { translate } from './questionnaire.ts';

const comparePath = (locale: Locale) => pathFor({ page: 'compare' }, locale);

/** The form: the plan's own state is fixed; up to three more from selects named `states`. */
export function compareForm(ctx: PageContext, view: CatalogueView, id: string, ownState: string, chosen: string[], error?: FieldError): SafeHtml {
  const t = roadmapMessages(ctx.locale).compare;
  const others = chosen.filter((c) => c !== ownState);
  const states = [...view.states.values()].filter((s) => s.code !== ownState);
  return html`<form method="get" action="${comparePath(ctx.locale)}" class="compare-form">
<input type="hidden" name="id" value="${id}">
<fieldset${error ? raw(' aria-describedby="states-error"') : ''}><legend>${t.onPlan}</legend><p class="hint">${t.onPlanHint}</p>
${error ? html`<p class="field-error" id="states-error">${t.statesLabel} ${translate(ctx.locale, error.message)}</p>` : ''}
${Array.from({ length: MAX_STATES - 1 }, (_, i) => html`<div class="field"><label for="cmp-${i}">${t.other(i + 2)}</label>
<select id="cmp-${i}" name="states"><option value="">${t.none}</option>${states.map((s) => html`<option value="${s.code}"${others[i] === s.code ? raw(' selected') : ''}>${s.name}</option>`)}</select></div>`)}
</fieldset>
<button class="button secondary" type="submit">${t.submit}</button></form>`;
}

export function comparePage(ctx: PageContext, view: CatalogueView, id: string, ownState: string, cols: StateColumn[], query: string, error?: FieldError): SafeHtml {
  const { locale } = ctx;
  const t = roadmapMessages(locale).compare;
  const tc = messages(locale);
  const shortest = cols.length ? Math.min(...cols.map((c) => c.plan.totals.durationDays.max)) : 0;
  const cell = (f: (c: StateColumn) => SafeHtml | string) => cols.map((c) => html`<td>${f(c)}</td>`);
  const row = (label: string, f: (c: StateColumn) => SafeHtml | string) => html`<tr><th scope="row">${label}</th>${cell(f)}</tr>`;
  const table = cols.length
    ? html`<div class="table-scroll"><table class="compare"><caption>${t.title}</caption>
<thead><tr><th scope="col">${t.metric}</th>${cols.map((c) => html`<th scope="col">${view.states.get(c.state)?.name ?? c.state}</th>`)}</tr></thead>
<tbody>
${row(t.procedures, (c) => html`${c.required}${c.recommended ? html` <span class="small muted">${t.recommended(c.recommended)}</span>` : ''}`)}
${row(t.duration, (c) => html`${daysRange(locale, c.plan.totals.durationDays)}${cols.length > 1 && c.plan.totals.durationDays.max === shortest ? html` <span class="tag">${t.fastest}</span>` : ''}`)}
${row(t.ends, (c) => html`<time datetime="${c.plan.totals.endDate.latest}">${formatDate(c.plan.totals.endDate.earliest, locale)} – ${formatDate(c.plan.totals.endDate.latest, locale)}</time>`)}
${row(t.cost, (c) => html`${moneyRange(locale, c.plan.totals.costMXN)}${c.costsToConfirm ? html`<br><span class="small">${t.toConfirm(c.costsToConfirm)}</span>` : ''}`)}
${row(t.payrollTax, (c) => { const s = view.states.get(c.state); return s ? rate(ctx, s) : ''; })}
${row(t.desk, (c) => {
  const s = view.states.get(c.state);
  if (!s?.oneStopShop.name) return html`<span class="muted">${tc.states.notFound}</span>`;
  return html`${s.oneStopShop.url ? html`<a href="${s.oneStopShop.url}" rel="external">${s.oneStopShop.name[locale]}</a>` : s.oneStopShop.name[locale]}${unverifiedBadge(locale, s.oneStopShop.unverified)}`;
})}
${row(t.open, (c) => html`<a href="${pathFor({ page: 'plan', id: c.id }, locale)}">${t.open}<span class="visually-hidden">: ${view.states.get(c.state)?.name ?? c.state}</span></a>`)}
</tbody></table></div>`
    : '';
  const body = html`<h1>${t.title}</h1><p class="lead">${t.lead}</p>
${error ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>${t.errorTitle}</h2><ul><li><a href="#cmp-0">${t.statesLabel} ${translate(locale, error.message)}</a></li></ul></div>` : ''}
${table}
${compareForm(ctx, view, id, ownState, cols.map((c) => c.state), error)}`;
  return layout(ctx, {
    title: t.title,
    description: t.lead,
    head: html`<meta name="robots" content="noindex">`,
    ref: { page: 'compare' },
    query,
    breadcrumbs: [{ href: pathFor({ page: 'roadmap' }, locale), label: roadmapMessages(locale).nav }, { href: pathFor({ page: 'plan', id }, locale), label: roadmapMessages(locale).plan.title }],
    body,
  });
}
