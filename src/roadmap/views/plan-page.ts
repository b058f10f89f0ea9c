/** The plan page: legal check, totals, timeline, the plan by phase, checklist, obligations, links. */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatNumber, messages } from '../../i18n/messages.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { daysRange, moneyRange, procedureLink } from '../../catalogue/views/parts.ts';
import type { Plan } from '../engine.ts';
import { roadmapMessages } from '../messages.ts';
import { timelineSvg } from './timeline-svg.ts';
import { fdiBlock } from './fdi-block.ts';
import { answersQuery } from '../answers.ts';

export function planPage(ctx: PageContext, view: CatalogueView, plan: Plan, id: string): SafeHtml {
  const { locale } = ctx;
  const t = roadmapMessages(locale);
  const tc = messages(locale);
  const state = view.states.get(plan.profile.state);
  const byId = new Map(plan.procedures.map((x) => [x.procedure.id, x.procedure]));
  const changeHref = `${pathFor({ page: 'roadmap' }, locale)}?${answersQuery(plan.profile)}`;
  const body = html`<h1>${t.plan.title}</h1>
<p class="lead">${t.plan.summary(plan.procedures.length)} · <span lang="es">${plan.profile.scian}</span> · ${state?.name ?? plan.profile.state}</p>
<p class="actions"><a href="${changeHref}">${t.plan.change}</a>
 · <a href="/api/v1/roadmaps/${id}?lang=${locale}" type="application/json">${t.plan.json}</a>
 · <a href="${pathFor({ page: 'plan', id }, locale)}.ics" type="text/calendar">${t.plan.ics}</a>
 <button type="button" class="button secondary" data-module="print" hidden>${t.plan.print}</button></p>
<p class="small share">${t.plan.share}: <a href="${ctx.publicUrl}${pathFor({ page: 'plan', id }, locale)}">${ctx.publicUrl}${pathFor({ page: 'plan', id }, locale)}</a></p>

<section aria-labelledby="legal-h"><h2 id="legal-h">${t.plan.legal}</h2>${fdiBlock(locale, plan.foreignInvestment)}</section>

<section aria-labelledby="totals-h"><h2 id="totals-h">${t.plan.totals}</h2>
<div class="totals"><div>${t.plan.cost}<strong>${moneyRange(locale, plan.totals.costMXN)}</strong></div>
<div>${t.plan.duration}<strong>${daysRange(locale, { min: Math.ceil(plan.totals.durationDays.min), max: Math.ceil(plan.totals.durationDays.max) })}</strong></div></div>
<p class="small">${t.plan.durationNote}</p></section>

${plan.procedures.length
  ? html`<section aria-labelledby="tl-h"><h2 id="tl-h">${t.plan.timeline}</h2>
<div class="timeline-wrap">${timelineSvg(plan, locale)}</div>
<p><strong>${t.plan.critical}:</strong> ${plan.criticalPath.map((pid, i) => html`${i ? ' → ' : ''}${procedureLink(locale, byId.get(pid)!)}`)}</p>
<p class="small">${t.plan.criticalHint}</p></section>
${plan.phases.map(
  (ph) => html`<section aria-labelledby="ph-${ph}"><h2 id="ph-${ph}">${tc.phase[ph]}</h2>
<div class="table-scroll"><table><thead><tr><th scope="col">${tc.nav.procedures}</th><th scope="col">${t.plan.after}</th><th scope="col">${t.plan.start}</th><th scope="col">${t.plan.end}</th><th scope="col">${tc.procedure.totalCost}</th></tr></thead>
<tbody>${plan.procedures
    .filter((x) => x.procedure.phase === ph)
    .map(
      (x) => html`<tr${x.critical ? html` class="critical"` : ''}><th scope="row">${procedureLink(locale, x.procedure)} <span class="tag ${x.procedure.level}">${tc.level[x.procedure.level]}</span>${x.critical ? html` <span class="tag critical-tag">${t.plan.critical}</span>` : ''}</th>
<td>${x.after.map((a, i) => html`${i ? ', ' : ''}${byId.get(a)?.title[locale] ?? a}`)}</td>
<td>${range(x.start, locale)}</td><td>${range(x.end, locale)}</td><td>${moneyRange(locale, x.cost)}</td></tr>`,
    )}</tbody></table></div></section>`,
)}`
  : html`<p>${t.plan.noProcedures}</p>`}

${plan.obligations.length
  ? html`<section aria-labelledby="obl-h"><h2 id="obl-h">${t.plan.obligations}</h2><ul>${plan.obligations.map(
      (p) => html`<li>${procedureLink(locale, p)} — ${t.plan.every[p.recurrence!.every]}</li>`,
    )}</ul></section>`
  : ''}

<section aria-labelledby="docs-h"><h2 id="docs-h">${t.plan.checklist}</h2>
<ul class="checklist">${plan.documents.map((d) => {
  const from = d.producedBy ? view.procedure(d.producedBy) : undefined;
  return html`<li>${d.name[locale]} <span class="small muted">— ${t.plan.neededBy}: ${d.neededBy.map((pid, i) => html`${i ? ', ' : ''}${byId.get(pid)?.title[locale] ?? pid}`)}</span>${from
    ? html`<br><span class="small">${t.plan.producedBy}: ${procedureLink(locale, from)}${d.inPlan ? html` (${t.plan.producedInPlan})` : ''}</span>`
    : ''}</li>`;
})}</ul></section>

${state
  ? html`<section aria-labelledby="oss-h"><h2 id="oss-h">${t.plan.oneStopShop}</h2>
<p><a href="${pathFor({ page: 'state', slug: state.slug }, locale)}">${state.name}</a>: ${state.oneStopShop.name ? state.oneStopShop.name[locale] : tc.states.notFound}${state.oneStopShop.url ? html` — <a href="${state.oneStopShop.url}" rel="external">${state.oneStopShop.url}</a>` : ''}</p></section>`
  : ''}`;
  return layout(ctx, {
    title: t.plan.title,
    description: t.plan.description,
    // A plan's id encodes someone's answers: shareable by link, not for search engines.
    head: html`<meta name="robots" content="noindex">`,
    ref: { page: 'plan', id }, breadcrumbs: [{ href: pathFor({ page: 'roadmap' }, locale), label: t.nav }], body });
}

function range(r: { min: number; max: number }, locale: PageContext['locale']): string {
  return r.min === r.max ? formatNumber(r.min, locale) : `${formatNumber(r.min, locale)}–${formatNumber(r.max, locale)}`;
}
