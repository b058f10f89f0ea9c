/** Public pages of economic opportunities: the index (by type, filtered by type and state) and one page each. Plain HTML, no script needed. */
import { html, jsonForScript, raw, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, messages } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { procedureItem } from '../../catalogue/views/parts.ts';
import { scianLabelHtml } from '../../catalogue/scian.ts';
import { opportunityMessages } from '../locales/index.ts';
import { OPPORTUNITY_TYPES, type Opportunity, type OpportunityType } from '../schema.ts';
import { filterOpportunities } from '../select.ts';
import { opportunityJsonLd } from '../presenters.ts';

export interface OpportunityFilter {
  type?: OpportunityType | undefined;
  state?: string | undefined;
}

const toConfirm = (locale: Locale) => html` <span class="tag">${opportunityMessages(locale).page.toConfirm}</span>`;
const flag = (locale: Locale, on: boolean | undefined) => (on ? toConfirm(locale) : '');

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${value === (selected ?? '') ? raw(' selected') : ''}>${label}</option>`;
}

/** Where it applies, in words: the states' names, or nationwide. */
function whereText(view: CatalogueView, o: Opportunity, locale: Locale): string {
  return o.states.length ? o.states.map((c) => view.states.get(c)?.name ?? c).join(', ') : opportunityMessages(locale).index.nationwide;
}

/** One opportunity in a list (index, sector and state pages). */
export function opportunityItem(view: CatalogueView, o: Opportunity, locale: Locale): SafeHtml {
  const m = opportunityMessages(locale);
  return html`<li><a href="${pathFor({ page: 'opportunity', id: o.id }, locale)}">${o.title[locale]}</a>
<div class="meta"><span class="tag">${m.types[o.type]}</span> <span>${whereText(view, o, locale)}</span></div>
<p class="small">${o.summary[locale]}</p></li>`;
}

/** The block on sector and state pages; nothing when none applies. */
export function relatedOpportunities(view: CatalogueView, list: Opportunity[], locale: Locale, heading: 'sector' | 'state'): SafeHtml | '' {
  if (!list.length) return '';
  const m = opportunityMessages(locale);
  return html`<section aria-labelledby="opps-h"><h2 id="opps-h">${m.related[heading]}</h2>
<ul class="results">${list.map((o) => opportunityItem(view, o, locale))}</ul>
<p class="small"><a href="${pathFor({ page: 'opportunities' }, locale)}">${m.index.title}</a></p></section>`;
}

export function opportunitiesPage(ctx: PageContext, view: CatalogueView, f: OpportunityFilter, query: string): SafeHtml {
  const { locale } = ctx;
  const m = opportunityMessages(locale);
  const list = filterOpportunities(view, f);
  const groups = OPPORTUNITY_TYPES.map((type) => ({ type, items: list.filter((o) => o.type === type) })).filter((g) => g.items.length);
  const body = html`<h1>${m.index.title}</h1><p class="lead">${m.index.lead}</p>
<form class="filters" method="get" action="${pathFor({ page: 'opportunities' }, locale)}">
<fieldset><legend>${m.index.filter}</legend>
<div class="field"><label for="f-type">${m.index.type}</label>
<select id="f-type" name="type">${option('', m.index.any, f.type)}${OPPORTUNITY_TYPES.map((t) => option(t, m.types[t], f.type))}</select></div>
<div class="field"><label for="f-state">${m.index.state}</label>
<select id="f-state" name="state">${option('', m.index.any, f.state)}${[...view.states.values()].map((s) => option(s.code, s.name, f.state))}</select></div>
<div class="actions"><button class="button" type="submit">${m.index.apply}</button></div>
</fieldset></form>
<p role="status">${m.index.results(list.length)}</p>
${groups.length
  ? groups.map((g) => html`<section aria-labelledby="type-${g.type}"><h2 id="type-${g.type}">${m.typesPlural[g.type]}</h2>
<ul class="results">${g.items.map((o) => opportunityItem(view, o, locale))}</ul></section>`)
  : html`<p>${m.index.none}</p>`}
<p class="small">${m.index.openData} <a href="/api/v1/opportunities?lang=${locale}">/api/v1/opportunities</a> · <a href="/api/v1/export/catalogue.json">catalogue.json</a> · <a href="/api/v1/export/opportunities.csv">opportunities.csv</a></p>`;
  return layout(ctx, { title: m.index.title, description: m.index.lead, ref: { page: 'opportunities' }, query, body });
}

export function opportunityPage(ctx: PageContext, view: CatalogueView, o: Opportunity): SafeHtml {
  const { locale } = ctx;
  const m = opportunityMessages(locale);
  const t = m.page;
  const es = (s: string) => (locale === 'en' ? html`<span lang="es">${s}</span>` : s);
  const procs = o.procedures.map((id) => view.procedure(id)).filter((p) => p !== undefined);
  const body = html`<h1>${o.title[locale]}</h1>
<p class="meta"><span class="tag">${m.types[o.type]}</span></p>
<p class="lead">${o.summary[locale]}</p>
<dl class="facts">
  <dt>${t.instrument}</dt><dd>${es(o.instrument.name)}${o.instrument.url ? html`<br><a href="${o.instrument.url}" rel="external">${t.officialText}</a>` : ''}</dd>
  <dt>${t.dofDate}</dt><dd>${o.instrument.dofDate ? html`<time datetime="${o.instrument.dofDate}">${formatDate(o.instrument.dofDate, locale)}</time>${flag(locale, o.instrument.unverified)}` : toConfirm(locale)}</dd>
  <dt>${t.where}</dt><dd>${whereText(view, o, locale)}${o.municipalities.length ? html`<br>${t.municipalities}: ${o.municipalities.join(', ')}` : ''}</dd>
  <dt>${t.sectors}</dt><dd>${o.scian.length ? html`<ul>${o.scian.map((c) => html`<li>${scianLabelHtml(c, locale)}</li>`)}</ul>` : t.anySector}</dd>
</dl>
<h2>${t.whoQualifies}</h2><p>${o.whoQualifies[locale]}</p>
<h2>${t.gives}</h2><p>${o.gives[locale]}</p>
<h2>${t.deadlines}</h2>
<dl class="facts">
  <dt>${t.application}</dt><dd>${o.deadlines.application ? html`${o.deadlines.application[locale]}${flag(locale, o.deadlines.unverified)}` : toConfirm(locale)}</dd>
  <dt>${t.validity}</dt><dd>${o.deadlines.validity ? html`${o.deadlines.validity[locale]}${flag(locale, o.deadlines.unverified)}` : toConfirm(locale)}</dd>
</dl>
${o.rule ? html`<h2>${t.rule}</h2><p>${o.rule.text[locale]}</p>` : ''}
${procs.length ? html`<h2 id="procs-h">${t.procedures}</h2><ul class="results" aria-labelledby="procs-h">${procs.map((p) => procedureItem(locale, p, view))}</ul>` : ''}
${o.caveats.length ? html`<section class="caveats" aria-labelledby="caveats-h"><h2 id="caveats-h">${t.caveats}</h2><ul>${o.caveats.map((c) => html`<li>${c[locale]}</li>`)}</ul></section>` : ''}
<h2>${t.sources}</h2>
<ul>${o.sources.map((x) => html`<li><a href="${x.url}" rel="external">${es(x.title)}</a></li>`)}</ul>
<p>${t.verifiedOn}: <time datetime="${o.verifiedOn}">${formatDate(o.verifiedOn, locale)}</time></p>`;
  return layout(ctx, {
    title: o.title[locale],
    description: t.description(o.title[locale], m.types[o.type]),
    ref: { page: 'opportunity', id: o.id },
    breadcrumbs: [{ href: pathFor({ page: 'opportunities' }, locale), label: messages(locale).nav.opportunities }],
    head: html`<script type="application/ld+json">${jsonForScript(opportunityJsonLd(view, o, locale, ctx.publicUrl))}</script>`,
    body,
  });
}
