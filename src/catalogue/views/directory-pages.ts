/** Sector, state and authority pages: indexes and details. */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, formatNumber, messages } from '../../i18n/messages.ts';
import { directoryMessages } from '../../directory/locales/index.ts';
import { DIRECTORY_SECTORS } from '../../directory/schema.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { Authority, Procedure, Sector, State } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import { withAcronym, officeContact, procedureItem, unverifiedBadge } from './parts.ts';
import { documentChangesSection } from './history.ts';
import { SCIAN_ENGLISH_NOTE, scianLabelHtml } from '../scian.ts';
import { inOrder } from '../dependencies.ts';
import { relatedOpportunities } from '../../opportunities/views/pages.ts';
import { opportunitiesForSector, opportunitiesForState } from '../../opportunities/select.ts';

export function sectorsPage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const body = html`<h1>${t.sectors.title}</h1><p class="lead">${t.sectors.lead}</p>
<ul class="cards">${view.sectorList().map(
    (s) => html`<li class="card"><h2><a href="${pathFor({ page: 'sector', slug: s.slug }, locale)}">${s.title[locale]}</a></h2>
${s.priority ? html`<p><span class="tag">${t.sectors.priority}</span></p>` : ''}<p>${s.summary[locale]}</p></li>`,
  )}</ul>`;
  return layout(ctx, { title: t.sectors.title, description: t.sectors.lead, ref: { page: 'sectors' }, body });
}

export function sectorPage(ctx: PageContext, view: CatalogueView, s: Sector): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const procs = inOrder(s.procedures.map((id) => view.procedure(id)).filter((p): p is Procedure => Boolean(p)));
  const body = html`<h1>${s.title[locale]}</h1>
${s.priority ? html`<p><span class="tag">${t.sectors.priority}</span></p>` : ''}
<p class="lead">${s.summary[locale]}</p>
${directoryLink(view, locale, { sector: s.slug })}
${s.notes.length ? html`<section class="caveats" aria-labelledby="notes-h"><h2 id="notes-h">${t.sectors.notes}</h2><ul>${s.notes.map((n) => html`<li>${n[locale]}</li>`)}</ul></section>` : ''}
<h2 id="procs-h">${t.sectors.procedures}</h2>
<ol class="results" aria-labelledby="procs-h">${procs.map((p) => procedureItem(locale, p, view))}</ol>
<h2>${t.sectors.scian}</h2>
<ul>${s.scian.map((c) => html`<li><a href="${pathFor({ page: 'roadmap' }, locale)}?scian=${c}">${scianLabelHtml(c, locale)}</a></li>`)}</ul>
${locale === 'en' && s.scian.length ? html`<p class="small">${SCIAN_ENGLISH_NOTE}</p>` : ''}
<p class="small">${t.sectors.planHint}</p>
${relatedOpportunities(view, opportunitiesForSector(view, s), locale, 'sector')}
${documentChangesSection(view, locale, [{ type: 'sector', id: s.slug }])}`;
  return layout(ctx, {
    title: s.title[locale],
    description: s.summary[locale],
    ref: { page: 'sector', slug: s.slug },
    breadcrumbs: [{ href: pathFor({ page: 'sectors' }, locale), label: t.nav.sectors }],
    body,
  });
}

export function statesPage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const rows = [...view.states.values()];
  const body = html`<h1>${t.states.title}</h1><p class="lead">${t.states.lead}</p>
<div class="table-scroll"><table><caption class="muted">${t.states.title}</caption>
<thead><tr><th scope="col">${t.states.code}</th><th scope="col">${t.filters.state}</th><th scope="col">${t.states.oneStopShop}</th><th scope="col">${t.states.payrollTax}</th></tr></thead>
<tbody>${rows.map(
    (s) => html`<tr><td>${s.code}</td><th scope="row"><a href="${pathFor({ page: 'state', slug: s.slug }, locale)}">${s.name}</a></th>
<td>${s.oneStopShop.name ? s.oneStopShop.name[locale] : html`<span class="muted">${t.states.notFound}</span>`}${unverifiedBadge(locale, s.oneStopShop.name ? s.oneStopShop.unverified : false)}</td>
<td>${rate(ctx, s)}</td></tr>`,
  )}</tbody></table></div>`;
  return layout(ctx, { title: t.states.title, description: t.states.lead, ref: { page: 'states' }, body });
}

export function rate(ctx: PageContext, s: State): SafeHtml {
  const t = messages(ctx.locale);
  return s.payrollTax.ratePct === null
    ? html`<span class="muted">${t.states.rateUnknown}</span>`
    : html`${t.states.rate(formatNumber(s.payrollTax.ratePct, ctx.locale), s.payrollTax.year)}${unverifiedBadge(ctx.locale, s.payrollTax.unverified)}`;
}

export function statePage(ctx: PageContext, view: CatalogueView, s: State): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const shop = s.oneStopShop;
  const local = view.localProcedures(s.code);
  const body = html`<h1>${s.name}</h1>
${directoryLink(view, locale, { state: s.code })}
<dl class="facts">
  <dt>${t.states.code}</dt><dd>${s.code}</dd>
  <dt>${t.states.secretariat}</dt><dd>${locale === 'en' ? html`<span lang="es">${withAcronym(s.secretariat.name, s.secretariat.acronym)}</span>` : withAcronym(s.secretariat.name, s.secretariat.acronym)}${unverifiedBadge(locale, s.secretariat.unverified)}
    ${s.secretariat.head ? html`<br>${t.states.head}: ${s.secretariat.head}${s.secretariat.seen ? html` <span class="muted">(${t.states.seen}: ${s.secretariat.seen})</span>` : ''}` : ''}
    ${s.secretariat.url ? html`<br><a href="${s.secretariat.url}" rel="external">${s.secretariat.url}</a>` : ''}</dd>
  <dt>${t.states.oneStopShop}</dt><dd>${shop.name ? html`<strong>${shop.name[locale]}</strong>` : html`<span class="muted">${t.states.notFound}</span>`}${unverifiedBadge(locale, shop.unverified)}
    <br>${shop.description[locale]}
    ${shop.url ? html`<br><a href="${shop.url}" rel="external">${t.states.visit}: ${shop.url}</a>` : ''}
    ${shop.contact ? html`<br>${shop.contact}` : ''}</dd>
  <dt>${t.states.payrollTax}</dt><dd>${rate(ctx, s)}${s.payrollTax.note ? html`<br><span class="small">${s.payrollTax.note[locale]}</span>` : ''}</dd>
</dl>
${s.notes.length ? html`<h2>${t.states.notes}</h2><ul>${s.notes.map((n) => html`<li>${n[locale]}</li>`)}</ul>` : ''}
<h2 id="local-h">${t.states.localProcedures}</h2>
<ul class="results" aria-labelledby="local-h">${local.map((p) => procedureItem(locale, p, view))}</ul>
<p>${t.states.federalNote} <a href="${pathFor({ page: 'procedures' }, locale)}?state=${s.code}">${t.filters.results(view.filter({ state: s.code }).length)}</a></p>
${relatedOpportunities(view, opportunitiesForState(view, s.code), locale, 'state')}
<h2>${t.procedure.sources}</h2>
<ul>${s.sources.map((x) => html`<li><a href="${x.url}" rel="external">${x.title}</a></li>`)}</ul>
<p>${t.procedure.verifiedOn}: <time datetime="${s.verifiedOn}">${formatDate(s.verifiedOn, locale)}</time></p>
${documentChangesSection(view, locale, [{ type: 'state', id: s.code }])}`;
  return layout(ctx, {
    title: s.name,
    description: t.states.description(s.name),
    ref: { page: 'state', slug: s.slug },
    breadcrumbs: [{ href: pathFor({ page: 'states' }, locale), label: t.nav.states }],
    body,
  });
}

export function authoritiesPage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const list = [...view.authorities.values()].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  const body = html`<h1>${t.authorities.title}</h1><p class="lead">${t.authorities.lead}</p>
<ul class="results">${list.map(
    (a) => html`<li><a href="${pathFor({ page: 'authority', id: a.id }, locale)}">${withAcronym(a.name[locale], a.acronym)}</a>
<div class="meta"><span class="tag ${a.level}">${t.level[a.level]}</span> <span>${t.filters.results(view.proceduresOfAuthority(a.id).length)}</span></div></li>`,
  )}</ul>`;
  return layout(ctx, { title: t.authorities.title, description: t.authorities.lead, ref: { page: 'authorities' }, body });
}

export function authorityPage(ctx: PageContext, view: CatalogueView, a: Authority): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const parent = a.parent ? view.authorities.get(a.parent) : undefined;
  const procs = view.proceduresOfAuthority(a.id);
  const offices = [...view.offices.values()].filter((o) => o.authority === a.id);
  const body = html`<h1>${withAcronym(a.name[locale], a.acronym)}</h1>
<p class="meta"><span class="tag ${a.level}">${t.level[a.level]}</span></p>
${a.description ? html`<p class="lead">${a.description[locale]}</p>` : ''}
${parent ? html`<p>${t.authorities.partOf}: <a href="${pathFor({ page: 'authority', id: parent.id }, locale)}">${parent.name[locale]}</a></p>` : ''}
${a.url ? html`<p><a href="${a.url}" rel="external">${a.url}</a></p>` : ''}
${offices.length
  ? html`<h2>${t.step.office}</h2><ul>${offices.map((o) => html`<li>${officeContact(locale, o)}</li>`)}</ul>`
  : ''}
<h2 id="procs-h">${t.authorities.procedures}</h2>
${procs.length ? html`<ul class="results" aria-labelledby="procs-h">${procs.map((p) => procedureItem(locale, p, view))}</ul>` : html`<p>${t.authorities.none}</p>`}
${documentChangesSection(view, locale, [{ type: 'authority', id: a.id }, ...offices.map((o) => ({ type: 'office' as const, id: o.id }))])}`;
  return layout(ctx, {
    title: a.name[locale],
    description: a.description ? a.description[locale] : t.authorities.description(a.name[locale], procs.length),
    ref: { page: 'authority', id: a.id },
    breadcrumbs: [{ href: pathFor({ page: 'authorities' }, locale), label: t.nav.authorities }],
    body,
  });
}

/** The directory (src/directory) filtered by this sector or state, with its count of published entries; nothing for other sectors. */
function directoryLink(view: CatalogueView, locale: Locale, f: { sector?: string; state?: string }): SafeHtml | '' {
  const t = directoryMessages(locale).links;
  if (f.sector && !(DIRECTORY_SECTORS as readonly string[]).includes(f.sector)) return '';
  const n = view.directory.filter((e) => (!f.sector || (e.sectors as string[]).includes(f.sector)) && (!f.state || e.state === f.state)).length;
  const q = new URLSearchParams(f as Record<string, string>).toString();
  return html`<p><a href="${pathFor({ page: 'directory' }, locale)}?${q}">${f.sector ? t.inSector(n) : t.inState(n)}</a>${f.sector ? html` · <a href="${pathFor({ page: 'directoryMapping' }, locale)}?sector=${f.sector}">${t.mapping}</a>` : ''}</p>`;
}
