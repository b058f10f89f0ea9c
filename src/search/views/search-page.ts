/**
 * The results page (GET, works without JavaScript): the search form with its
 * filters, the count, links to each type, then results grouped by type — best
 * group first — each with its snippet and the matched words marked.
 */
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import { LEVELS, type Level } from '../../catalogue/schema.ts';
import { DOC_TYPES, type DocType } from '../documents.ts';
import type { Hit, SearchOutcome } from '../search-index.ts';
import { highlight, snippet } from '../snippet.ts';
import { askBox } from '../../assistant/web/views/ask-box.ts';
import { searchMessages, type SearchMessages } from '../locales/index.ts';
import { MAX_QUERY_LENGTH } from '../schema.ts';
import { marked } from './marks.ts';

export interface SearchPageState {
  q?: string | undefined;
  type?: DocType | undefined;
  level?: Level | undefined;
  outcome?: SearchOutcome;
  /** A refused parameter and the message to show (in the page's language). */
  error?: { field: 'q' | 'type' | 'level'; message: string };
}

const PER_GROUP = 5;
const WITH_TYPE = 50;

/** The page's own query string (validated values only): the language toggle keeps it. */
export function searchQueryString(s: Pick<SearchPageState, 'q' | 'type' | 'level'>): string {
  return new URLSearchParams(Object.entries({ q: s.q, type: s.type, level: s.level }).filter(([, v]) => v) as [string, string][]).toString();
}

export function searchPage(ctx: PageContext, s: SearchPageState): SafeHtml {
  const t = searchMessages(ctx.locale);
  const title = s.q && !s.error ? t.page.titleFor(s.q) : t.page.title;
  const body = html`
<h1>${title}</h1>
${s.q ? '' : html`<p class="lead">${t.page.lead}</p>`}
${s.error ? html`<div class="error-box" role="alert"><h2>${t.page.errorTitle}</h2><p><a href="#search-${s.error.field}">${label(t, s.error.field)}</a>: ${s.error.message}</p></div>` : ''}
${form(ctx.locale, t, s)}
${askBox(ctx.locale, { id: 'ask-search', heading: 'h2', value: s.q && !s.error ? s.q : '' })}
${s.outcome && s.q ? results(ctx.locale, t, s.q, s) : ''}`;
  // The search form is indexable; a result page echoes the words someone typed (search-engine spam
  // on a government domain) and is thin, so it asks not to be indexed but lets links be followed (ADR 031).
  const head = s.q ? html`<meta name="robots" content="noindex, follow">` : '';
  return layout(ctx, { title, description: t.page.lead, ref: { page: 'search' }, query: s.error ? '' : searchQueryString(s), body, head });
}

const label = (t: SearchMessages, field: 'q' | 'type' | 'level') => (field === 'q' ? t.page.query : t.page[field]);

function form(locale: Locale, t: SearchMessages, s: SearchPageState): SafeHtml {
  const invalid = (field: string) => (s.error?.field === field ? raw(` aria-invalid="true" aria-describedby="search-${field}-error"`) : '');
  const errorLine = (field: string) => (s.error?.field === field ? html`<p class="field-error" id="search-${field}-error">${s.error.message}</p>` : '');
  const select = (name: 'type' | 'level', options: [string, string][], selected: string | undefined) =>
    html`<div class="field"><label for="search-${name}">${label(t, name)}</label>${errorLine(name)}
<select id="search-${name}" name="${name}"${invalid(name)}><option value="">${t.page.any}</option>${options.map(
      ([v, l]) => html`<option value="${v}"${v === selected ? raw(' selected') : ''}>${l}</option>`,
    )}</select></div>`;
  return html`<form class="filters search-form" method="get" action="${pathFor({ page: 'search' }, locale)}" novalidate>
<div class="field field-wide"><label for="search-q">${t.page.query}</label><p class="hint" id="search-q-hint">${t.page.queryHint}</p>${errorLine('q')}
<input type="search" id="search-q" name="q" value="${s.q ?? ''}" maxlength="${MAX_QUERY_LENGTH}"${s.error?.field === 'q' ? raw(' aria-invalid="true" aria-describedby="search-q-hint search-q-error"') : raw(' aria-describedby="search-q-hint"')}></div>
${select('type', DOC_TYPES.map((d) => [d, t.types[d]]), s.type)}
${select('level', LEVELS.map((l) => [l, t.level[l]]), s.level)}
<div class="actions"><button class="button" type="submit">${t.page.submit}</button></div>
</form>`;
}

function results(locale: Locale, t: SearchMessages, q: string, s: SearchPageState): SafeHtml {
  const { total, byType } = s.outcome!;
  if (!total) return html`<p id="results-count" class="results-count">${t.page.results(0)}</p><p>${t.page.none} <a href="${pathFor({ page: 'glossary' }, locale)}">${searchMessages(locale).glossary.title}</a>.</p>`;
  const href = (type?: DocType) => `${pathFor({ page: 'search' }, locale)}?${searchQueryString({ q, type, level: s.level })}`;
  // One group per type (only the filtered one, if any), in the order of their best result.
  const groups = (s.type ? [s.type] : DOC_TYPES.filter((d) => byType.has(d)))
    .map((type) => ({ type, count: s.type ? total : byType.get(type)!, shown: s.outcome!.top(s.type ? WITH_TYPE : PER_GROUP, type) }))
    .filter((g) => g.shown.length)
    .sort((a, b) => b.shown[0]!.score - a.shown[0]!.score);
  return html`<p id="results-count" class="results-count">${t.page.results(total)}</p>
${byType.size > 1 || s.type
  ? html`<nav class="type-counts" aria-label="${t.page.byType}"><ul>${DOC_TYPES.filter((d) => byType.has(d)).map(
      (d) => html`<li><a href="${href(d)}"${d === s.type ? raw(' aria-current="page"') : ''}>${t.types[d]} (${byType.get(d)})</a></li>`,
    )}${s.type ? html`<li><a href="${href()}">${t.page.clearType}</a></li>` : ''}</ul></nav>`
  : ''}
${groups.map(
  ({ type, count, shown }) => html`<section class="result-group" aria-labelledby="group-${type}"><h2 id="group-${type}">${t.types[type]} (${count})</h2>
<ol class="results search-results">${shown.map((h) => item(locale, t, h))}</ol>
${count > shown.length && !s.type ? html`<p><a href="${href(type)}">${t.page.seeAll(count, t.types[type])}</a></p>` : ''}</section>`,
)}`;
}

function item(locale: Locale, t: SearchMessages, h: Hit): SafeHtml {
  const d = h.doc;
  // SCIAN titles exist only in Spanish: mark them so screen readers read them as Spanish.
  const lang = d.hasEnglish ? locale : 'es';
  const langAttr = lang !== locale ? raw(' lang="es"') : '';
  return html`<li><a href="${d.href[locale]}"${langAttr}>${marked(highlight(d.title[locale], lang, h.terms, d))}</a>
<div class="meta"><span class="tag">${t.type[d.type]}</span>${d.level ? html`<span class="tag ${d.level}">${t.level[d.level]}</span>` : ''}${d.context ? html`<span>${d.context[locale]}</span>` : ''}</div>
<p class="snippet">${marked(snippet(d.body[locale], lang, h.terms, d))}</p></li>`;
}
