/** The procedure page: every step with all its fields, totals, sources; JSON-LD for search engines. */
import { html, jsonForScript, type SafeHtml } from '../../web/html.ts';
import { usEquivalents } from '../../certifications/views/pages.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, messages } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { Procedure, Step } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import { governmentServiceJsonLd } from '../presenters.ts';
import { historySection } from './history.ts';
import { withAcronym, costLine, daysRange, duration, legalRefs, levelTag, moneyRange, officeContact, procedureLink, unverifiedBadge } from './parts.ts';
import { reportLink, reportStepLink } from '../../reports/views/public-pages.ts';

/** The plan a procedure was reached from (`?plan=`), already checked to hold it. */
export interface PlanBack {
  id: string;
  href: string;
  previous?: { href: string; procedure: Procedure } | undefined;
  next?: { href: string; procedure: Procedure } | undefined;
}

export function procedurePage(ctx: PageContext, view: CatalogueView, p: Procedure, back?: PlanBack | null): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const authority = view.authorities.get(p.authority);
  const totals = view.totalsOf(p);
  const meta = view.lastUpdated(p);
  const prereqs = p.prerequisites.map((id) => view.procedure(id)).filter((x): x is Procedure => Boolean(x));
  const anyUnverifiedTime = p.steps.some((s) => s.timeframe.unverified);
  const anyUnverifiedCost = p.steps.some((s) => s.costs.some((c) => c.unverified));

  const body = html`
<article>
  ${back ? html`<p class="plan-back"><strong>${t.procedure.partOfPlan}</strong> · <a href="${back.href}">${t.procedure.backToPlan}</a></p>` : ''}
  <h1>${p.title[locale]}</h1>
  <p class="meta">${levelTag(locale, p)} <span>${t.phase[p.phase]}</span></p>
  <p class="lead">${p.summary[locale]}</p>
  <button type="button" class="button secondary" data-module="print" hidden>${t.procedure.print}</button>
  <dl class="facts">
    <dt>${t.procedure.authority}</dt>
    <dd>${authority ? html`<a href="${pathFor({ page: 'authority', id: authority.id }, locale)}">${withAcronym(authority.name[locale], authority.acronym)}</a>` : p.authority}</dd>
    <dt>${t.procedure.level}</dt><dd>${t.level[p.level]}</dd>
    <dt>${t.procedure.phase}</dt><dd>${t.phase[p.phase]}</dd>
    ${p.officialCode ? html`<dt>${t.procedure.officialCode}</dt><dd>${p.officialCode.code}${unverifiedBadge(locale, p.officialCode.unverified)}</dd>` : ''}
    ${p.officialUrl ? html`<dt>${t.procedure.officialSite}</dt><dd><a href="${p.officialUrl}" rel="external">${p.officialUrl}</a></dd>` : ''}
    <dt>${t.procedure.sectors}</dt><dd>${p.sectors.length ? p.sectors.join(', ') : t.procedure.allSectors}</dd>
    ${p.level !== 'federal'
      ? html`<dt>${t.procedure.states}</dt><dd>${p.states.length ? p.states.map((c, i) => html`${i ? ', ' : ''}${stateLink(locale, view, c)}`) : t.procedure.allStates}</dd>`
      : ''}
  </dl>

  <section aria-labelledby="totals-h">
    <h2 id="totals-h">${t.procedure.totals}</h2>
    <div class="totals">
      <div>${t.procedure.totalCost}<strong>${moneyRange(locale, totals.costMXN)}${unverifiedBadge(locale, anyUnverifiedCost)}</strong></div>
      <div>${t.procedure.totalTime}<strong>${daysRange(locale, totals.durationDays)}${unverifiedBadge(locale, anyUnverifiedTime)}</strong></div>
    </div>
  </section>

  <section aria-labelledby="who-h">
    <h2 id="who-h">${t.procedure.whoNeedsIt}</h2>
    <p>${p.whoNeedsIt[locale]}</p>
    ${usEquivalents(locale, view, p.id)}
    <h3>${t.procedure.outputs}</h3>
    <ul>${p.outputs.map((o) => html`<li>${o[locale]}</li>`)}</ul>
    ${prereqs.length ? html`<h3>${t.procedure.prerequisites}</h3><ul>${prereqs.map((q) => html`<li>${procedureLink(locale, q)}</li>`)}</ul>` : ''}
  </section>

  ${p.caveats.length
    ? html`<section class="caveats" aria-labelledby="caveats-h"><h2 id="caveats-h">${t.procedure.caveats}</h2><ul>${p.caveats.map((c) => html`<li>${c[locale]}</li>`)}</ul></section>`
    : ''}
  ${p.variesByState ? html`<section aria-labelledby="varies-h"><h2 id="varies-h">${t.procedure.variesByState}</h2><p>${p.variesByState[locale]}</p></section>` : ''}

  <section aria-labelledby="steps-h">
    <h2 id="steps-h">${t.procedure.steps}</h2>
    <ol class="steps">${p.steps.map((s, i) => stepBlock(locale, view, s, i + 1, p))}</ol>
  </section>

  <section aria-labelledby="legal-h">
    <h2 id="legal-h">${t.procedure.legalBasis}</h2>
    <ul>${p.legalBasis.map((r) => {
      const law = view.laws.get(r.law);
      return html`<li>${law ? law.name[locale] : r.law}${r.article ? html`, ${locale === 'es' ? 'artículo' : 'article'} ${r.article}` : ''}${unverifiedBadge(locale, r.unverified)}</li>`;
    })}</ul>
  </section>

  <section aria-labelledby="sources-h" class="sources">
    <h2 id="sources-h">${t.procedure.sources}</h2>
    <ul>${p.sources.map((s) => html`<li><a href="${s.url}" rel="external">${s.title}</a></li>`)}</ul>
    <p>${t.procedure.verifiedOn}: <time datetime="${p.verifiedOn}">${formatDate(p.verifiedOn, locale)}</time>${meta
      ? html` · ${t.procedure.lastUpdated}: <time datetime="${meta.updatedAt.toISOString()}">${formatDate(meta.updatedAt, locale)}</time> (${t.procedure.version(meta.version)})`
      : ''}</p>
    ${reportLink(locale, p)}
  </section>
  ${back ? planSteps(locale, back) : ''}
  ${historySection(view, p, locale)}
</article>`;

  return layout(ctx, {
    title: p.title[locale],
    description: p.summary[locale],
    ref: { page: 'procedure', slug: p.slug },
    toggleQuery: back ? `plan=${encodeURIComponent(back.id)}` : undefined,
    breadcrumbs: [{ href: pathFor({ page: 'procedures' }, locale), label: t.nav.procedures }],
    head: html`<script type="application/ld+json">${jsonForScript(governmentServiceJsonLd(view, p, locale, ctx.publicUrl))}</script>`,
    body,
  });
}

function stateLink(locale: Locale, view: CatalogueView, code: string): SafeHtml | string {
  const s = view.states.get(code);
  return s ? html`<a href="${pathFor({ page: 'state', slug: s.slug }, locale)}">${s.name}</a>` : code;
}

function stepBlock(locale: Locale, view: CatalogueView, s: Step, n: number, p: Procedure): SafeHtml {
  const t = messages(locale);
  const office = s.office ? view.offices.get(s.office) : undefined;
  const tf = s.timeframe;
  return html`<li class="step" id="step-${n}">
  <h3>${t.procedure.step(n)}. ${s.title[locale]}</h3>
  ${s.description ? html`<p>${s.description[locale]}</p>` : ''}
  ${startNow(locale, s, n)}
  <div class="step-grid">
    <div>
      <h4>${t.step.channel}</h4>
      <p>${t.channel[s.channel.kind]}${s.channel.url ? html` — <a href="${s.channel.url}" rel="external">${hostOf(s.channel.url)}</a>` : ''}${s.channel.note ? html`<br>${s.channel.note[locale]}` : ''}</p>
      ${office
        ? html`<h4>${t.step.office}</h4><p>${officeContact(locale, office)}</p>${office.address || office.hours || office.phone || office.email
            ? ''
            : html`<p class="small muted">${t.step.officeDetailsUnknown}</p>`}`
        : ''}
      <h4>${t.step.costs}</h4>
      <ul>${s.costs.map((c) => html`<li>${costLine(locale, c, view)}</li>`)}</ul>
    </div>
    <div>
      <h4>${t.step.requirements}</h4>
      ${s.requirements.length
        ? html`<ul>${s.requirements.map((r) => {
            const from = r.producedBy ? view.procedure(r.producedBy) : undefined;
            const counts = [r.originals ? t.step.originals(r.originals) : '', r.copies ? t.step.copies(r.copies) : ''].filter(Boolean).join(', ');
            return html`<li>${r.name[locale]}${counts ? html` <span class="muted">(${counts})</span>` : ''}${unverifiedBadge(locale, r.unverified)}${r.note ? html`<br><span class="small">${r.note[locale]}</span>` : ''}${from ? html`<br><span class="small">${t.step.producedBy} ${procedureLink(locale, from)}</span>` : ''}${legalRefs(locale, r.legalBasis, view)}</li>`;
          })}</ul>`
        : html`<p>${t.step.noRequirements}</p>`}
    </div>
    <div>
      <h4>${t.step.timeframe}${unverifiedBadge(locale, tf.unverified)}</h4>
      <dl class="facts">
        <dt>${t.step.waiting}</dt><dd>${duration(locale, tf.waiting)}</dd>
        ${tf.atCounterMinutes !== undefined ? html`<dt>${t.step.atCounter}</dt><dd>${t.units.minutes(tf.atCounterMinutes)}</dd>` : ''}
        ${tf.untilNextStep ? html`<dt>${t.step.untilNextStep}</dt><dd>${duration(locale, tf.untilNextStep)}</dd>` : ''}
        ${tf.legalDeadline ? html`<dt>${t.step.legalDeadline}</dt><dd>${duration(locale, { min: tf.legalDeadline.days, max: tf.legalDeadline.days, unit: tf.legalDeadline.unit })}</dd>` : ''}
        <dt>${t.step.tacitApproval}</dt><dd>${t.tacit[tf.tacitApproval]}</dd>
      </dl>
      ${tf.note ? html`<p class="small">${tf.note[locale]}</p>` : ''}
      ${legalRefs(locale, tf.legalBasis, view)}
      ${s.legalBasis.length ? html`<h4>${t.step.legalBasis}</h4><p>${legalRefs(locale, s.legalBasis, view)}</p>` : ''}
      ${s.recourse ? html`<h4>${t.step.recourse}</h4><p>${s.recourse[locale]}</p>` : ''}
    </div>
  </div>
  ${reportStepLink(locale, p, n)}
</li>`;
}


/**
 * "Start now" (a GOV.UK habit): where a step can be done online, a button to the authority's own
 * service, named with its host so people know they are leaving for an official site.
 */
function startNow(locale: Locale, s: Step, n: number): SafeHtml | '' {
  const t = messages(locale).step;
  if (!s.channel.url || (s.channel.kind !== 'online' && s.channel.kind !== 'online-or-in-person')) return '';
  return html`<p class="start-now"><a class="button start" href="${s.channel.url}" rel="external">${t.startNow}<span class="visually-hidden"> (${t.stepLabel(n)})</span></a>
    <span class="small muted">${t.startNowOn(hostOf(s.channel.url))}</span></p>`;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Previous and next procedure of the plan (GOV.UK step-by-step habit), and the way back to it. */
function planSteps(locale: Locale, back: PlanBack): SafeHtml {
  const t = messages(locale).procedure;
  return html`<nav class="plan-steps" aria-label="${t.partOfPlan}"><ul>
  ${back.previous ? html`<li class="previous"><span class="small">${t.previousInPlan}</span> <a href="${back.previous.href}">${back.previous.procedure.title[locale]}</a></li>` : ''}
  ${back.next ? html`<li class="next"><span class="small">${t.nextInPlan}</span> <a href="${back.next.href}">${back.next.procedure.title[locale]}</a></li>` : ''}
  <li><a href="${back.href}">${t.backToPlan}</a></li>
</ul></nav>`;
}
