/** The plan page: legal check, totals, timeline, the plan by phase, checklist, obligations, links. */
import { html, type Html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, messages } from '../../i18n/messages.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { daysRange, moneyRange, procedureLink } from '../../catalogue/views/parts.ts';
import type { Plan } from '../engine.ts';
import { roadmapMessages } from '../messages.ts';
import { timelineList, timelineSvg } from './timeline-svg.ts';
import { fdiBlock } from './fdi-block.ts';
import { answersQuery } from '../answers.ts';
import { encodeRoadmapId } from '../roadmap-id.ts';
import { fieldLabels } from './questionnaire.ts';
import type { SectorGap } from '../sector-gaps.ts';
import { compareForm } from './compare-page.ts';
import { kindPath } from '../../desk/links.ts';
import { scianLabelHtml } from '../../catalogue/scian.ts';
import type { Procedure } from '../../catalogue/schema.ts';
import { todayInMexicoCity } from '../../calendar/business-days.ts';
import { planRowId, procedureInPlanHref } from '../plan-link.ts';
import { profileSummary } from './profile-summary.ts';

/** `generatedOn`: the day the plan is worked out (Mexico City), printed on it. */
export function planPage(ctx: PageContext, view: CatalogueView, plan: Plan, id: string, generatedOn = todayInMexicoCity()): SafeHtml {
  const { locale } = ctx;
  const t = roadmapMessages(locale);
  const tc = messages(locale);
  const state = view.states.get(plan.profile.state);
  const byId = new Map(plan.procedures.map((x) => [x.procedure.id, x.procedure]));
  const changeHref = `${pathFor({ page: 'roadmap' }, locale)}?${answersQuery(plan.profile)}&answered=1`;
  const required = plan.procedures.filter((x) => !x.optional);
  const optional = plan.procedures.filter((x) => x.optional);
  // Say what the plan assumed about the risk level when it chose the ordinary licence.
  const choseOrdinary = plan.procedures.some((x) => x.insteadOf.length && x.procedure.alternative?.group === 'operating-licence' && plan.assumptions.risk.value !== 'low');
  const assumed = choseOrdinary && plan.assumptions.risk.derived ? (plan.assumptions.risk.value === 'medium-high' ? t.plan.riskAssumed : t.plan.riskUnknown) : '';
  const expectedGaps = plan.sectorGaps.filter((g) => g.expected).length;
  // Links to the plan's own procedures carry the plan, so their pages lead back to it.
  const link = (p: Procedure) => html`<a href="${procedureInPlanHref(locale, p.slug, id)}">${p.title[locale]}</a>`;
  const body = html`<h1>${t.plan.title}</h1>
<p class="lead">${t.plan.summary(plan.procedures.length)} · ${scianLabelHtml(plan.profile.scian, locale)} · ${plan.profile.municipality ? `${plan.profile.municipality}, ` : ""}${state?.name ?? plan.profile.state}</p>
<p class="small muted generated">${t.plan.generatedOn(formatDate(generatedOn, locale))}</p>
<p class="actions no-print"><a href="${changeHref}">${t.plan.change}</a>
 · <a href="/api/v1/roadmaps/${id}?lang=${locale}" type="application/json">${t.plan.json}</a>
 · <a href="${pathFor({ page: 'plan', id }, locale)}.ics" type="text/calendar">${t.plan.ics}</a>
 <button type="button" class="button secondary" data-module="print" hidden>${t.plan.print}</button></p>
<p class="ask-plan no-print"><a class="button secondary" href="${kindPath(locale, 'orientation')}?plan=${id}">${t.plan.ask}</a></p>
<section aria-labelledby="profile-h" class="profile"><h2 id="profile-h">${t.plan.profile}</h2>${profileSummary(locale, view, plan.profile)}</section>
<p class="small share">${t.plan.share}: <a href="${ctx.publicUrl}${pathFor({ page: 'plan', id }, locale)}">${ctx.publicUrl}${pathFor({ page: 'plan', id }, locale)}</a></p>

<section aria-labelledby="legal-h"><h2 id="legal-h">${t.plan.legal}</h2>${fdiBlock(locale, plan.foreignInvestment)}</section>

<section aria-labelledby="totals-h"><h2 id="totals-h">${t.plan.totals}</h2>
<div class="totals"><div>${t.plan.cost}<strong>${moneyRange(locale, plan.totals.costMXN)}</strong></div>
<div>${t.plan.duration}<strong>${daysRange(locale, plan.totals.durationDays)}</strong></div></div>
<p>${t.plan.startsOn(formatDate(plan.startDate, locale))} · ${t.plan.endsBy(formatDate(plan.totals.endDate.earliest, locale), formatDate(plan.totals.endDate.latest, locale))}</p>
<p class="small">${t.plan.durationNote} ${t.plan.datesNote}</p>
${assumed ? html`<p class="caveats">${assumed}</p>` : ''}
${expectedGaps ? html`<p class="caveats"><a href="#gaps-h">${t.plan.gapsWarning(expectedGaps)}</a></p>` : ''}</section>

${plan.procedures.length
  ? html`<section aria-labelledby="tl-h"><h2 id="tl-h">${t.plan.timeline}</h2>
<div class="timeline-wrap">${timelineSvg(plan, locale)}</div>
${timelineList(plan, locale, link)}
<p><strong>${t.plan.critical}:</strong> ${plan.criticalPath.map((pid, i) => html`${i ? ' → ' : ''}${link(byId.get(pid)!)}`)}</p>
<p class="small">${t.plan.criticalHint}</p></section>
${plan.phases.map(
  (ph) => html`<section aria-labelledby="ph-${ph}"><h2 id="ph-${ph}">${tc.phase[ph]}</h2>
<div class="table-scroll"><table class="plan-table" role="table"><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${tc.nav.procedures}</th><th scope="col" role="columnheader">${t.plan.after}</th><th scope="col" role="columnheader">${t.plan.start}</th><th scope="col" role="columnheader">${t.plan.end}</th><th scope="col" role="columnheader">${tc.procedure.totalCost}</th></tr></thead>
<tbody role="rowgroup">${required
    .filter((x) => x.procedure.phase === ph)
    .map(
      (x) => html`<tr id="${planRowId(x.procedure.id)}" role="row"${x.critical ? html` class="critical"` : ''}><th scope="row" role="rowheader">${link(x.procedure)} <span class="tag ${x.procedure.level}">${tc.level[x.procedure.level]}</span>${x.critical ? html` <span class="tag critical-tag">${t.plan.critical}</span>` : ''}${x.insteadOf.length ? html`<br><span class="small">${t.plan.insteadOf}: ${x.insteadOf.map((q, i) => html`${i ? ', ' : ''}${procedureLink(locale, view.procedure(q)!)}`)}</span>` : ''}</th>
${cell(t.plan.after, x.after.map((a, i) => html`${i ? ', ' : ''}${byId.get(a)?.title[locale] ?? a}`))}
${cell(t.plan.start, dates(x.startDate, locale))}${cell(t.plan.end, dates(x.endDate, locale))}${cell(tc.procedure.totalCost, moneyRange(locale, x.cost))}</tr>`,
    )}</tbody></table></div></section>`,
)}`
  : html`<p>${t.plan.noProcedures}</p>`}

${optional.length
  ? html`<section aria-labelledby="rec-h"><h2 id="rec-h">${t.plan.recommended}</h2><p>${t.plan.recommendedNote}</p>
<ul>${optional.map((x) => html`<li id="${planRowId(x.procedure.id)}">${link(x.procedure)} — ${x.procedure.optional!.reason[locale]} <span class="small">(${moneyRange(locale, x.cost)})</span></li>`)}</ul>
<p class="small">${t.plan.recommendedCost}: ${moneyRange(locale, plan.totals.recommendedCostMXN)}</p></section>`
  : ''}

${plan.obligations.length
  ? html`<section aria-labelledby="obl-h"><h2 id="obl-h">${t.plan.obligations}</h2><ul>${plan.obligations.map(
      (p) => html`<li id="${planRowId(p.id)}">${link(p)} — ${t.plan.every[p.recurrence!.every]}</li>`,
    )}</ul></section>`
  : ''}

${plan.sectorGaps.length ? gapsSection(ctx, view, plan, changeHref) : ''}

<section aria-labelledby="docs-h"><h2 id="docs-h">${t.plan.checklist}</h2>
<ul class="checklist">${plan.documents.map((d) => {
  const from = d.producedBy ? view.procedure(d.producedBy) : undefined;
  return html`<li>${d.name[locale]}${d.askedAs.length ? html`<br><span class="small muted">${t.plan.askedAs}: <span lang="es">${d.askedAs.join(' · ')}</span></span>` : ''} <span class="small muted">— ${t.plan.neededBy}: ${d.neededBy.map((pid, i) => html`${i ? ', ' : ''}${byId.get(pid)?.title[locale] ?? pid}`)}</span>${from
    ? html`<br><span class="small">${t.plan.producedBy}: ${procedureLink(locale, from)}${d.inPlan ? html` (${t.plan.producedInPlan})` : ''}</span>`
    : ''}</li>`;
})}</ul></section>

${state
  ? html`<section aria-labelledby="oss-h"><h2 id="oss-h">${t.plan.oneStopShop}</h2>
<p><a href="${pathFor({ page: 'state', slug: state.slug }, locale)}">${state.name}</a>: ${state.oneStopShop.name ? state.oneStopShop.name[locale] : tc.states.notFound}${state.oneStopShop.url ? html` — <a href="${state.oneStopShop.url}" rel="external">${state.oneStopShop.url}</a>` : ''}</p></section>`
  : ''}

<section aria-labelledby="cmp-h" class="no-print"><h2 id="cmp-h">${t.compare.title}</h2>${compareForm(ctx, view, id, plan.profile.state, [])}</section>`;
  return layout(ctx, {
    title: t.plan.title,
    description: t.plan.description,
    // A plan computed from answers picked from closed lists is a page like any other (ADR 031); one
    // that echoes a municipality typed by someone is not indexed: free text on a government page
    // is a vector for search-engine spam.
    head: plan.profile.municipality ? html`<meta name="robots" content="noindex">` : '',
    ref: { page: 'plan', id }, breadcrumbs: [{ href: pathFor({ page: 'roadmap' }, locale), label: t.nav }], body });
}

/**
 * A cell of a plan table. Phones show each row as a card with the column's name before the value
 * (data-label, site.css); the value sits in one span so it stays one piece beside that name.
 */
function cell(label: string, value: Html): SafeHtml {
  return html`<td role="cell" data-label="${label}"><span>${value}</span></td>`;
}

/** A date range on the plan: one date when earliest and latest agree. */
function dates(r: { earliest: string; latest: string }, locale: PageContext['locale']): SafeHtml {
  const one = (d: string) => html`<time datetime="${d}">${formatDate(d, locale)}</time>`;
  return r.earliest === r.latest ? one(r.earliest) : html`${one(r.earliest)} – ${one(r.latest)}`;
}

/** The sector guide's procedures the plan leaves out, each with the answer that did and how to change it. */
function gapsSection(ctx: PageContext, view: CatalogueView, plan: Plan, changeHref: string): SafeHtml {
  const { locale } = ctx;
  const t = roadmapMessages(locale);
  const label = fieldLabels(locale);
  const show = (v: number | string | boolean) => (typeof v === 'boolean' ? (v ? t.plan.yes : t.plan.no) : typeof v === 'number' ? v.toLocaleString(locale === 'es' ? 'es-MX' : 'en-US') : v);
  const item = (g: SectorGap) => {
    const p = view.procedure(g.procedure)!;
    const add = g.addWith ? pathFor({ page: 'plan', id: encodeRoadmapId({ ...plan.profile, [g.addWith.fact]: true }) }, locale) : null;
    return html`<li>${procedureLink(locale, p)}${g.expected ? html`<br><strong>${t.plan.gapExpected}</strong> ${g.expected.reason[locale]}` : ''}
<br><span class="small">${g.otherClass ? t.plan.gapOtherClass : g.answers.map((a, i) => html`${i ? ' ' : ''}${t.plan.gapAnswered(label[a.fact] ?? a.fact, show(a.value))}`)}</span>${g.otherClass
      ? ''
      : add
        ? html` <a href="${add}">${t.plan.gapAdd}</a>`
        : html` <a href="${changeHref}#q-${g.answers[0]?.fact ?? 'scian'}">${t.plan.gapChange}</a>`}</li>`;
  };
  return html`<section aria-labelledby="gaps-h"><h2 id="gaps-h">${t.plan.gaps}</h2><p>${t.plan.gapsNote}</p>
<ul>${plan.sectorGaps.map(item)}</ul></section>`;
}
