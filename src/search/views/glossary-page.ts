/**
 * The bilingual glossary page: every term pair in the page's language order,
 * grouped by initial, with the other language's term, the aliases search
 * understands, a short definition and links to the procedures concerned.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { otherLocale, pathFor, type Locale } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import type { GlossaryTerm } from '../glossary/term.ts';
import { fold } from '../normalise.ts';
import { searchMessages } from '../locales/index.ts';
import { certificationMessages } from '../../certifications/locales/index.ts';

const initial = (s: string) => fold(s).charAt(0).toUpperCase();

export function glossaryPage(ctx: PageContext, view: CatalogueView, terms: readonly GlossaryTerm[]): SafeHtml {
  const { locale } = ctx;
  const t = searchMessages(locale).glossary;
  const collator = new Intl.Collator(locale === 'es' ? 'es-MX' : 'en', { sensitivity: 'base' });
  const sorted = [...terms].sort((a, b) => collator.compare(a[locale], b[locale]));
  const byLetter = new Map<string, GlossaryTerm[]>();
  for (const term of sorted) byLetter.set(initial(term[locale]), [...(byLetter.get(initial(term[locale])) ?? []), term]);
  const body = html`
<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<p class="muted">${t.count(terms.length)}</p>
<p><a href="${pathFor({ page: 'certifications' }, locale)}">${certificationMessages(locale).glossaryLink}</a></p>
<nav class="letters" aria-label="${t.letters}"><ul>${[...byLetter.keys()].map((l) => html`<li><a href="#letter-${l}">${l}</a></li>`)}</ul></nav>
${[...byLetter].map(
  ([letter, list]) => html`<section aria-labelledby="letter-${letter}"><h2 id="letter-${letter}">${letter}</h2>
<dl class="glossary">${list.map((term) => entry(locale, view, term))}</dl></section>`,
)}`;
  return layout(ctx, { title: t.title, description: t.lead, ref: { page: 'glossary' }, body });
}

function entry(locale: Locale, view: CatalogueView, term: GlossaryTerm): SafeHtml {
  const t = searchMessages(locale).glossary;
  const other = otherLocale(locale);
  const procedures = term.procedures.map((id) => view.procedure(id)).filter((p) => p !== undefined);
  return html`<div class="term" id="term-${term.id}">
<dt><dfn>${term[locale]}</dfn></dt>
<dd>
<p class="other-term">${t.otherLanguage}: <span lang="${other}">${term[other]}</span>${term.aliases[other].length ? html` <span class="muted" lang="${other}">(${term.aliases[other].join(', ')})</span>` : ''}</p>
<p>${term.definition[locale]}</p>
${term.aliases[locale].length ? html`<p class="small">${t.alsoKnownAs}: ${term.aliases[locale].join(', ')}</p>` : ''}
${procedures.length
  ? html`<p class="small">${t.procedures}: ${procedures.map((p, i) => html`${i ? ', ' : ''}<a href="${pathFor({ page: 'procedure', slug: p.slug }, locale)}">${p.title[locale]}</a>`)}</p>`
  : ''}
</dd></div>`;
}
