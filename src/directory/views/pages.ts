/** The directory's public pages: the list with filters and the map, an entry, the supplier mapping. GET forms: no script needed. */
import { html, jsonForScript, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { scianLabelHtml } from '../../catalogue/scian.ts';
import { directoryMessages } from '../locales/index.ts';
import { CAPABILITIES, CAPABILITY_KEYS, CERTIFICATIONS, CERTIFICATION_KEYS, DIRECTORY_SECTORS, ENTRY_TYPES, type Certification, type DirectoryEntry } from '../schema.ts';
import { filterEntries, queryString, type DirectoryFilter } from '../filter.ts';
import { tileMap } from './map.ts';

const listPath = (locale: Locale, q = '') => `${pathFor({ page: 'directory' }, locale)}${q ? `?${q}` : ''}`;
const sectorName = (view: CatalogueView, slug: string, locale: Locale) => view.sectors.get(slug)?.title[locale] ?? slug;
const stateName = (view: CatalogueView, code: string) => view.states.get(code)?.name ?? code;
/** " · US ↔ MX: …" to the glossary pair that explains a certification, when the glossary has one. */
function glossaryLink(view: CatalogueView, code: Certification, locale: Locale): SafeHtml | '' {
  const id = (CERTIFICATIONS[code] as { glossary?: string }).glossary;
  const pair = id ? view.certifications.get(id) : undefined;
  return pair ? html` · <a href="${pathFor({ page: 'certification', id: pair.id }, locale)}">${directoryMessages(locale).entry.glossary}</a>` : '';
}

function select(name: string, label: string, any: string, options: [string, string][], value: string | undefined): SafeHtml {
  return html`<p><label for="f-${name}">${label}</label>
<select id="f-${name}" name="${name}"><option value="">${any}</option>${options.map(([v, l]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${l}</option>`)}</select></p>`;
}

export function directoryPage(ctx: PageContext, view: CatalogueView, f: DirectoryFilter): SafeHtml {
  const { locale } = ctx;
  const t = directoryMessages(locale);
  const entries = filterEntries(view, f);
  const query = queryString(f);
  const states = [...view.states.values()];
  // The map counts what the other filters select, so "where are the ISO 13485 suppliers?" reads on it.
  const forMap = filterEntries(view, { ...f, state: undefined });
  const counts = new Map<string, number>();
  for (const e of forMap) counts.set(e.state, (counts.get(e.state) ?? 0) + 1);
  const mapStates = states.map((s) => ({
    code: s.code, name: s.name, count: counts.get(s.code) ?? 0,
    href: listPath(locale, queryString({ ...f, state: s.code })), label: t.map.label(s.name, counts.get(s.code) ?? 0),
  }));
  const body = html`
<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<p><a href="${pathFor({ page: 'directoryMapping' }, locale)}">${t.links.mapping}</a> · <a href="${pathFor({ page: 'directoryRegister' }, locale)}">${t.links.register}</a> · <a href="/api/v1/directory">${t.links.api}</a></p>
<form method="get" action="${listPath(locale)}" class="filters">
<fieldset><legend>${t.filters.legend}</legend>
<p><label for="f-q">${t.filters.q}</label> <input id="f-q" name="q" type="search" maxlength="100" value="${f.q ?? ''}"></p>
${select('type', t.filters.type, t.filters.any, ENTRY_TYPES.map((x) => [x, t.types[x]]), f.type)}
${select('sector', t.filters.sector, t.filters.any, DIRECTORY_SECTORS.map((x) => [x, sectorName(view, x, locale)]), f.sector)}
${select('state', t.filters.state, t.filters.any, states.map((s) => [s.code, s.name]), f.state)}
${select('capability', t.filters.capability, t.filters.any, CAPABILITY_KEYS.map((x) => [x, CAPABILITIES[x][locale]]), f.capability)}
${select('certification', t.filters.certification, t.filters.any, CERTIFICATION_KEYS.map((x) => [x, CERTIFICATIONS[x].code]), f.certification)}
<p><button type="submit">${t.filters.apply}</button> <a href="${listPath(locale)}">${t.filters.clear}</a></p>
</fieldset></form>
<h2 id="results-h">${t.results(entries.length)}</h2>
${entries.length ? html`<ul class="cards directory-list" aria-labelledby="results-h">${entries.map((e) => entryCard(view, locale, e))}</ul>` : html`<p>${t.none}</p>`}
<h2 id="map-h">${t.map.heading}</h2>
<p class="small muted">${t.map.note}</p>
${tileMap({ title: t.map.title, desc: t.map.desc, states: mapStates })}
<table><caption>${t.map.caption}</caption><thead><tr><th scope="col">${t.map.state}</th><th scope="col">${t.map.count}</th></tr></thead>
<tbody>${mapStates.map((s) => html`<tr><th scope="row"><a href="${s.href}">${s.name}</a></th><td>${s.count}</td></tr>`)}</tbody></table>`;
  return layout(ctx, { title: t.title, description: t.description, ref: { page: 'directory' }, query, body });
}

function entryCard(view: CatalogueView, locale: Locale, e: DirectoryEntry): SafeHtml {
  const t = directoryMessages(locale);
  return html`<li class="card"><h3><a href="${pathFor({ page: 'directoryEntry', id: e.id }, locale)}">${e.name}</a></h3>
<p><span class="tag">${t.types[e.type]}</span> ${[e.municipality, stateName(view, e.state)].filter(Boolean).join(', ')}</p>
${e.sectors.length ? html`<p class="small">${e.sectors.map((s) => sectorName(view, s, locale)).join(' · ')}</p>` : ''}</li>`;
}

function orNone(locale: Locale, items: SafeHtml[]): SafeHtml {
  return items.length ? html`<ul>${items}</ul>` : html`<p class="muted">${directoryMessages(locale).entry.none}</p>`;
}

/** schema.org: an organisation (supplier, cluster, centre) or a place (an industrial park). */
export function entryJsonLd(view: CatalogueView, e: DirectoryEntry, locale: Locale, publicUrl: string): Record<string, unknown> {
  const address = { '@type': 'PostalAddress', addressCountry: 'MX', addressRegion: stateName(view, e.state), ...(e.municipality ? { addressLocality: e.municipality } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': e.type === 'industrial-park' ? 'Place' : 'Organization',
    '@id': publicUrl + pathFor({ page: 'directoryEntry', id: e.id }, locale),
    name: e.name,
    ...(e.description ? { description: e.description[locale] } : {}),
    address,
    ...(e.website ? { url: e.website } : {}),
    ...(e.contact.email && e.type !== 'industrial-park' ? { email: e.contact.email } : {}),
    ...(e.contact.phone ? { telephone: e.contact.phone } : {}),
    ...(e.certifications.length && e.type !== 'industrial-park' ? { hasCredential: e.certifications.map((c) => ({ '@type': 'EducationalOccupationalCredential', name: CERTIFICATIONS[c.code].code, ...(c.evidence ? { url: c.evidence } : {}) })) } : {}),
    subjectOf: e.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
  };
}

export function entryPage(ctx: PageContext, view: CatalogueView, e: DirectoryEntry): SafeHtml {
  const { locale } = ctx;
  const t = directoryMessages(locale);
  const e2 = t.entry;
  const place = [e.municipality, stateName(view, e.state)].filter(Boolean).join(', ');
  const st = view.states.get(e.state);
  const body = html`
<h1>${e.name}</h1>
${e.description ? html`<p class="lead">${e.description[locale]}</p>` : ''}
<dl class="facts">
<dt>${e2.type}</dt><dd>${t.types[e.type]}</dd>
<dt>${e2.location}</dt><dd>${st ? html`${e.municipality ? `${e.municipality}, ` : ''}<a href="${pathFor({ page: 'state', slug: st.slug }, locale)}">${st.name}</a>` : place}</dd>
<dt>${e2.verifiedOn}</dt><dd><time datetime="${e.verification.verifiedOn}">${formatDate(e.verification.verifiedOn!, locale)}</time></dd>
</dl>
<h2>${e2.sectors}</h2>
${orNone(locale, e.sectors.map((s) => html`<li><a href="${listPath(locale, queryString({ sector: s as DirectoryFilter['sector'] }))}">${sectorName(view, s, locale)}</a></li>`))}
<h2>${e2.capabilities}</h2>
${orNone(locale, e.capabilities.map((c) => html`<li>${CAPABILITIES[c][locale]}</li>`))}
<h2>${e2.certifications}</h2>
${orNone(locale, e.certifications.map((c) => html`<li>${CERTIFICATIONS[c.code].code} — ${CERTIFICATIONS[c.code][locale]}${glossaryLink(view, c.code, locale)} ${c.evidence ? html`(<a href="${c.evidence}" rel="external">${e2.evidence}</a>)` : html`<span class="muted">(${e2.noEvidence})</span>`}</li>`))}
<h2>${e2.scian}</h2>
${orNone(locale, e.scian.map((c) => html`<li>${c} — ${scianLabelHtml(c, locale)}</li>`))}
<h2>${e2.exportExperience}</h2>
${e.exportExperience ? html`<p>${e.exportExperience[locale]}</p>` : html`<p class="muted">${e2.none}</p>`}
<h2>${e2.contact}</h2>
${orNone(locale, [
  ...(e.website ? [html`<li>${e2.website}: <a href="${e.website}" rel="external">${e.website}</a></li>`] : []),
  ...(e.contact.email ? [html`<li>${e2.email}: <a href="mailto:${e.contact.email}">${e.contact.email}</a></li>`] : []),
  ...(e.contact.phone ? [html`<li>${e2.phone}: ${e.contact.phone}</li>`] : []),
])}
<h2>${e2.sources}</h2>
<ul>${e.sources.map((s) => html`<li><a href="${s.url}" rel="external">${s.title}</a></li>`)}</ul>
<p><a href="${listPath(locale)}">${e2.back}</a></p>`;
  const description = `${t.types[e.type]} · ${place}${e.description ? ` · ${e.description[locale]}` : ''}`.slice(0, 300);
  return layout(ctx, {
    title: e.name, description, ref: { page: 'directoryEntry', id: e.id }, body,
    breadcrumbs: [{ href: listPath(locale), label: t.short }],
    head: html`<script type="application/ld+json">${jsonForScript(entryJsonLd(view, e, locale, ctx.publicUrl))}</script>`,
  });
}

/** For one sector: capability × states, and the capabilities no entry offers (gaps). */
export function mappingOf(view: CatalogueView, sector: DirectoryFilter['sector']) {
  const entries = sector ? view.directory.filter((e) => e.sectors.includes(sector)) : [];
  const rows = CAPABILITY_KEYS.map((cap) => {
    const states = [...new Set(entries.filter((e) => e.capabilities.includes(cap)).map((e) => e.state))].sort();
    return { capability: cap, states };
  });
  return { entries: entries.length, covered: rows.filter((r) => r.states.length), gaps: rows.filter((r) => !r.states.length).map((r) => r.capability) };
}

export function mappingPage(ctx: PageContext, view: CatalogueView, sector: DirectoryFilter['sector']): SafeHtml {
  const { locale } = ctx;
  const t = directoryMessages(locale);
  const m = mappingOf(view, sector);
  const name = sector ? sectorName(view, sector, locale) : '';
  const body = html`
<h1>${t.mapping.title}</h1>
<p class="lead">${t.mapping.lead}</p>
<form method="get" action="${pathFor({ page: 'directoryMapping' }, locale)}">
<p><label for="m-sector">${t.mapping.choose}</label>
<select id="m-sector" name="sector">${DIRECTORY_SECTORS.map((s) => html`<option value="${s}"${s === sector ? html` selected` : ''}>${sectorName(view, s, locale)}</option>`)}</select>
<button type="submit">${t.mapping.show}</button></p></form>
${sector
  ? html`<p>${t.mapping.entries(m.entries)} · <a href="${listPath(locale, queryString({ sector }))}">${t.short}</a></p>
${m.covered.length
  ? html`<table><caption>${t.mapping.caption(name)}</caption><thead><tr><th scope="col">${t.mapping.capability}</th><th scope="col">${t.mapping.states}</th></tr></thead>
<tbody>${m.covered.map((r) => html`<tr><th scope="row">${CAPABILITIES[r.capability][locale]}</th><td>${r.states.map((code, i) => html`${i ? ', ' : ''}<a href="${listPath(locale, queryString({ sector, capability: r.capability, state: code }))}">${stateName(view, code)}</a>`)}</td></tr>`)}</tbody></table>`
  : ''}
<h2>${t.mapping.gaps}</h2>
${m.gaps.length ? html`<ul class="columns">${m.gaps.map((g) => html`<li>${CAPABILITIES[g][locale]}</li>`)}</ul>` : html`<p>${t.mapping.noGaps}</p>`}`
  : html`<p>${t.mapping.pick}</p>`}
<p><a href="${listPath(locale)}">${t.entry.back}</a></p>`;
  return layout(ctx, { title: sector ? `${t.mapping.title}: ${name}` : t.mapping.title, description: t.mapping.lead, ref: { page: 'directoryMapping' }, query: sector ? `sector=${sector}` : '', body });
}

