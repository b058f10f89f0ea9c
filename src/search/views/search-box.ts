/**
 * The search box in every page's header: a plain GET form to the results
 * page (works without JavaScript). With JavaScript, the search-suggest module
 * turns the input into a WAI-ARIA combobox with suggestions as you type; the
 * strings it announces come from data attributes, in the page's language.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import { searchMessages } from '../locales/index.ts';
import { MAX_QUERY_LENGTH } from '../schema.ts';

export function searchBox(locale: Locale, value = ''): SafeHtml {
  const m = searchMessages(locale);
  const t = m.box;
  return html`<form class="site-search" role="search" aria-label="${t.label}" method="get" action="${pathFor({ page: 'search' }, locale)}"
  data-module="search-suggest" data-suggest-url="/api/v1/suggest" data-lang="${locale}"
  data-msg-none="${t.suggestionsNone}" data-msg-one="${t.suggestionsOne}" data-msg-many="${t.suggestionsMany}" data-msg-label="${t.suggestionsLabel}"
  data-types="${JSON.stringify(m.type)}">
  <label class="site-search-label" for="site-search-q">${t.label}</label>
  <div class="site-search-row">
    <input type="search" id="site-search-q" name="q" value="${value}" maxlength="${MAX_QUERY_LENGTH}" autocomplete="off" spellcheck="false" placeholder="${t.placeholder}">
    <button class="button" type="submit">${t.submit}</button>
  </div>
</form>`;
}
