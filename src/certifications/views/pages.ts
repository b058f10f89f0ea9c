/**
 * Public pages of the US ↔ Mexico certification glossary: the index, grouped by field, and one page per
 * pair (what each side is, who issues it, how close they are, the agreement, the procedures that need it,
 * the sources of each side). Server-rendered; schema.org DefinedTermSet / DefinedTerm as JSON-LD.
 * Mexican source titles are Spanish: on English pages they are marked lang="es".
 */
import { html, jsonForScript, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { Source } from '../../catalogue/schema.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { documentChangesSection } from '../../catalogue/views/history.ts';
import { CERT_FIELDS, type CertificationPair, type CertSide } from '../schema.ts';
import { certificationMessages } from '../locales/index.ts';

/** Pairs in index order: by field, then by the US name in the page's language. */
export function pairsByField(view: CatalogueView, locale: Locale): [CertificationPair['field'], CertificationPair[]][] {
  const collator = new Intl.Collator(locale === 'es' ? 'es-MX' : 'en', { sensitivity: 'base' });
  const all = [...view.certifications.values()];
  return CERT_FIELDS.map((f) => [f, all.filter((p) => p.field === f).sort((a, b) => collator.compare(a.us.name[locale], b.us.name[locale]))] as [CertificationPair['field'], CertificationPair[]]).filter(([, list]) => list.length > 0);
}

const named = (s: CertSide, locale: Locale) => (s.acronym && !s.name[locale].includes(s.acronym) ? `${s.name[locale]} (${s.acronym})` : s.name[locale]);
export const pairName = (p: CertificationPair, locale: Locale) => certificationMessages(locale).pairTitle(named(p.us, locale), named(p.mx, locale));

function sourceList(locale: Locale, sources: Source[], spanish: boolean): SafeHtml {
  return html`<ul>${sources.map((s) => html`<li><a href="${s.url}" rel="external"${spanish && locale === 'en' ? html` lang="es"` : ''}>${s.title}</a></li>`)}</ul>`;
}

const indexUrl = (ctx: PageContext) => ctx.publicUrl + pathFor({ page: 'certifications' }, ctx.locale);

export function certificationsIndexPage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = certificationMessages(locale);
  const groups = pairsByField(view, locale);
  const total = view.certifications.size;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': indexUrl(ctx),
    name: t.title,
    description: t.description(total),
    inLanguage: locale,
    hasDefinedTerm: groups.flatMap(([, list]) => list.map((p) => ({ '@type': 'DefinedTerm', name: pairName(p, locale), url: ctx.publicUrl + pathFor({ page: 'certification', id: p.id }, locale) }))),
  };
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<p class="muted">${t.count(total)}</p>
<nav aria-labelledby="fields-h"><h2 id="fields-h">${t.byField}</h2>
<ul>${groups.map(([f, list]) => html`<li><a href="#field-${f}">${t.fields[f]}</a> <span class="muted">(${list.length})</span></li>`)}</ul></nav>
${groups.map(
  ([f, list]) => html`<section aria-labelledby="field-${f}"><h2 id="field-${f}">${t.fields[f]}</h2>
<div class="table-scroll"><table><caption class="visually-hidden">${t.fields[f]}</caption>
<thead><tr><th scope="col">${t.us}</th><th scope="col">${t.mx}</th><th scope="col">${t.equivalence}</th><th scope="col">${t.agreement}</th></tr></thead>
<tbody>${list.map(
    (p) => html`<tr><th scope="row"><a href="${pathFor({ page: 'certification', id: p.id }, locale)}">${named(p.us, locale)}</a></th>
<td>${named(p.mx, locale)}</td><td>${t.levels[p.equivalence.level]}</td><td>${t.statuses[p.agreement.status]}</td></tr>`,
  )}</tbody></table></div></section>`,
)}
<p><a href="${pathFor({ page: 'glossary' }, locale)}">${t.termsGlossary}</a></p>`;
  return layout(ctx, {
    title: t.shortTitle,
    description: t.description(total),
    ref: { page: 'certifications' },
    head: html`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
    body,
  });
}

function sideBlock(locale: Locale, side: 'us' | 'mx', s: CertSide): SafeHtml {
  const t = certificationMessages(locale);
  return html`<section aria-labelledby="${side}-h" class="card"><h2 id="${side}-h">${t[side]}: ${named(s, locale)}</h2>
<dl class="facts"><dt>${t.whatItIs}</dt><dd>${s.whatItIs[locale]}</dd><dt>${t.issuer}</dt><dd>${s.issuer[locale]}</dd></dl>
<h3>${t.sourcesOf(t[side])}</h3>
${sourceList(locale, s.sources, side === 'mx')}</section>`;
}

export function certificationPage(ctx: PageContext, view: CatalogueView, p: CertificationPair): SafeHtml {
  const { locale } = ctx;
  const t = certificationMessages(locale);
  const url = ctx.publicUrl + pathFor({ page: 'certification', id: p.id }, locale);
  const procedures = p.procedures.map((id) => view.procedure(id)).filter((x) => x !== undefined);
  const term = (s: CertSide, country: 'US' | 'MX') => ({
    '@type': 'DefinedTerm',
    '@id': `${url}#${country.toLowerCase()}`,
    name: named(s, locale),
    description: s.whatItIs[locale],
    ...(s.acronym ? { termCode: s.acronym } : {}),
    inDefinedTermSet: indexUrl(ctx),
    url,
  });
  const a = p.agreement;
  const body = html`<h1>${pairName(p, locale)}</h1>
<p class="meta"><span class="tag">${t.fields[p.field]}</span> <span class="tag">${t.levels[p.equivalence.level]}</span></p>
<section aria-labelledby="eq-h"><h2 id="eq-h">${t.equivalence}: ${t.levels[p.equivalence.level]}</h2><p class="lead">${p.equivalence.difference[locale]}</p></section>
${sideBlock(locale, 'us', p.us)}
${sideBlock(locale, 'mx', p.mx)}
<section aria-labelledby="agreement-h"><h2 id="agreement-h">${t.agreement}</h2>
<p><strong>${t.statuses[a.status]}</strong>${a.name ? html`: ${a.name[locale]}` : ''}</p>
${a.note ? html`<p>${a.note[locale]}</p>` : ''}
${a.sources.length ? sourceList(locale, a.sources, false) : ''}</section>
${procedures.length
  ? html`<section aria-labelledby="procs-h"><h2 id="procs-h">${t.procedures}</h2><ul>${procedures.map((x) => html`<li><a href="${pathFor({ page: 'procedure', slug: x.slug }, locale)}">${x.title[locale]}</a></li>`)}</ul></section>`
  : ''}
<p>${t.verifiedOn}: <time datetime="${p.verifiedOn}">${formatDate(p.verifiedOn, locale)}</time></p>
${documentChangesSection(view, locale, [{ type: 'certification', id: p.id }])}
<p><a href="${pathFor({ page: 'certifications' }, locale)}#field-${p.field}">${t.all}</a></p>`;
  return layout(ctx, {
    title: pairName(p, locale),
    description: t.pairDescription(named(p.us, locale), named(p.mx, locale), t.levels[p.equivalence.level]),
    ref: { page: 'certification', id: p.id },
    breadcrumbs: [{ href: pathFor({ page: 'certifications' }, locale), label: t.shortTitle }],
    head: html`<script type="application/ld+json">${jsonForScript([{ '@context': 'https://schema.org', ...term(p.us, 'US') }, { '@context': 'https://schema.org', ...term(p.mx, 'MX') }])}</script>`,
    body,
  });
}

/** "US equivalent: …" on a procedure page: the pairs that name it (empty when none). */
export function usEquivalents(locale: Locale, view: CatalogueView, procedureId: string): SafeHtml | '' {
  const pairs = view.certificationsOf(procedureId);
  if (!pairs.length) return '';
  const t = certificationMessages(locale);
  return html`<p class="us-equivalent">${t.usEquivalent}: ${pairs.map((p, i) => html`${i ? '; ' : ''}<a href="${pathFor({ page: 'certification', id: p.id }, locale)}">${named(p.us, locale)}</a> (${t.levels[p.equivalence.level].toLowerCase()})`)}</p>`;
}
