/** Small view pieces shared by the catalogue pages: badges, money, durations, citations. */
import { html, type SafeHtml } from '../../web/html.ts';
import { formatMXN, formatNumber, messages } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { Cost, Duration, LegalRef, Office, Procedure } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import type { Range } from '../totals.ts';

/** An office's name and how to reach it: on a procedure's step and on its authority's page. */
export function officeContact(locale: Locale, office: Office): SafeHtml {
  const t = messages(locale).step;
  return html`${office.name[locale]}${unverifiedBadge(locale, office.unverified)}
          ${office.address ? html`<br>${t.address}: ${office.address}` : ''}
          ${office.hours ? html`<br>${t.hours}: ${office.hours[locale]}` : ''}
          ${office.phone ? html`<br>${t.phone}: ${office.phone}` : ''}
          ${office.email ? html`<br>${t.email}: <a href="mailto:${office.email}">${office.email}</a>` : ''}
          ${office.url ? html`<br><a href="${office.url}" rel="external">${office.url}</a>` : ''}`;
}

export const unverifiedBadge = (locale: Locale, on: boolean | undefined): SafeHtml | '' =>
  on ? html` <span class="unverified" title="${messages(locale).unverifiedTitle}">${messages(locale).unverified}</span>` : '';

export const levelTag = (locale: Locale, p: Pick<Procedure, 'level'>): SafeHtml =>
  html`<span class="tag ${p.level}">${messages(locale).level[p.level]}</span>`;

export function duration(locale: Locale, d: Duration): string {
  const t = messages(locale);
  const n = d.min === d.max ? formatNumber(d.max, locale) : `${formatNumber(d.min, locale)}–${formatNumber(d.max, locale)}`;
  return t.units[d.unit](n);
}

export function moneyRange(locale: Locale, r: Range): string {
  const t = messages(locale);
  if (r.max === 0) return t.cost.free;
  if (r.max === null) return r.min > 0 ? `${formatMXN(r.min, locale)} + ${t.cost.unknownMax}` : t.cost.unknownMax;
  return r.min === r.max ? formatMXN(r.min, locale) : `${formatMXN(r.min, locale)} – ${formatMXN(r.max, locale)}`;
}

export function daysRange(locale: Locale, r: Range): string {
  const t = messages(locale);
  if (r.max === null) return t.units.businessDays(`${formatNumber(r.min, locale)}+`);
  const n = r.min === r.max ? formatNumber(r.min, locale) : `${formatNumber(r.min, locale)}–${formatNumber(r.max, locale)}`;
  return t.units.businessDays(n);
}

export function costLine(locale: Locale, c: Cost, view: CatalogueView): SafeHtml {
  const t = messages(locale);
  const basis = legalRefs(locale, c.legalBasis, view);
  switch (c.kind) {
    case 'free':
      return html`${t.cost.free}${c.note ? html` — ${c.note[locale]}` : ''}${unverifiedBadge(locale, c.unverified)}${basis}`;
    case 'fixed':
      return html`${c.concept[locale]}: <strong>${formatMXN(c.amountMXN, locale)}</strong> ${c.year ? t.cost.year(c.year) : ''}${unverifiedBadge(locale, c.unverified)}${basis}`;
    case 'variable':
      return html`${c.concept[locale]}: <strong>${moneyRange(locale, { min: c.minMXN ?? 0, max: c.maxMXN })}</strong> — ${c.formula[locale]} ${c.year ? t.cost.year(c.year) : ''}${unverifiedBadge(locale, c.unverified)}${basis}`;
  }
}

/** Words that open a citation other than an article ("Anexo 10, apartado A"), in English. */
const PART_WORDS_EN: Record<string, string> = { Anexo: 'Annex', anexo: 'annex', apartado: 'section', Apartado: 'Section', Capítulo: 'Chapter', capítulo: 'chapter', regla: 'rule', Regla: 'Rule', numeral: 'numeral', fracción: 'fraction', inciso: 'item' };

export function lawLabel(ref: LegalRef, view: CatalogueView, locale: Locale): string {
  const law = view.laws.get(ref.law);
  // A real acronym ("LIE", "RMF") reads in both languages; a Spanish label ("Reglamentos municipales",
  // "Decreto IMMEX") does not: English pages show the law's English name.
  const name = law ? (locale === 'es' || /^[\p{Lu}\d][\p{L}\d-]*$/u.test(law.acronym) ? law.acronym : law.name.en) : ref.law;
  if (!ref.article) return name;
  if (/^\d/.test(ref.article)) return `${name}, art. ${ref.article}`;
  const part = locale === 'en' ? ref.article.replace(/\p{L}+/gu, (w) => PART_WORDS_EN[w] ?? w) : ref.article;
  return `${name}, ${part}`;
}

/** Citations as text with the law's full name in a title; unverified ones flagged. */
export function legalRefs(locale: Locale, refs: LegalRef[] | undefined, view: CatalogueView): SafeHtml | '' {
  if (!refs?.length) return '';
  return html` <span class="muted small">(${refs.map(
    (r, i) => html`${i ? '; ' : ''}<abbr title="${view.laws.get(r.law)?.name[locale] ?? r.law}">${lawLabel(r, view, locale)}</abbr>${unverifiedBadge(locale, r.unverified)}`,
  )})</span>`;
}

export function procedureLink(locale: Locale, p: Procedure): SafeHtml {
  return html`<a href="${pathFor({ page: 'procedure', slug: p.slug }, locale)}">${p.title[locale]}</a>`;
}

/** One row of a procedure list: link, level, authority, phase. */
export function procedureItem(locale: Locale, p: Procedure, view: CatalogueView): SafeHtml {
  const t = messages(locale);
  const a = view.authorities.get(p.authority);
  return html`<li>${procedureLink(locale, p)}
    <div class="meta">${levelTag(locale, p)} <span>${a ? a.name[locale] : p.authority}</span> <span>${t.phase[p.phase]}</span></div></li>`;
}

/** "Name (ACRONYM)", unless the name already carries the acronym (some English names do: "… (SAT)"). */
export const withAcronym = (name: string, acronym: string | undefined | null): string =>
  !acronym || name.includes(`(${acronym})`) ? name : `${name} (${acronym})`;
