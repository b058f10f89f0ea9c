/** The translation status of a draft: which texts lack Spanish or English (publication needs both). */
import { html, type SafeHtml } from '../../web/html.ts';
import { pathKey, type Gap } from '../document.ts';
import type { EditorialMessages } from '../locales/index.ts';
import { labelOf } from './fields.ts';

export const missingTag = (m: EditorialMessages, g: Gap | undefined): string | undefined =>
  g ? m.edit.missing(g.missing.map((l) => m.edit[l]).join(' / ')) : undefined;

/** Gaps by path key ("steps.0.title"), for tagging the fields of the form. */
export const gapIndex = (gaps: Gap[]): Map<string, Gap> => new Map(gaps.map((g) => [pathKey(g.path), g]));

export function translationStatus(m: EditorialMessages, gaps: Gap[], total: number): SafeHtml {
  const t = m.translation;
  return html`<section aria-labelledby="translation-h" class="translation-status">
<h2 id="translation-h">${t.title}</h2>
${gaps.length === 0
  ? html`<p class="notice">${t.complete(total)}</p>`
  : html`<div class="notice warning"><p>${t.incomplete(gaps.length, total)}</p></div>
<div class="table-wrap"><table><caption class="visually-hidden">${t.title}</caption>
<thead><tr><th scope="col">${t.field}</th><th scope="col">${t.lacks}</th></tr></thead>
<tbody>${gaps.map((g) => html`<tr><th scope="row">${labelOf(m, g.path)}</th><td>${g.missing.map((l) => m.edit[l]).join(', ')}</td></tr>`)}</tbody></table></div>`}
</section>`;
}
