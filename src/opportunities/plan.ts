/**
 * The plan's "You may qualify for …" (issue 14, part 3): for the API (a field of the plan) and the
 * plan page (a section), the opportunities whose typed rule the profile meets, each with the rule
 * in words and the parts that matched.
 */
import { html, type SafeHtml } from '../web/html.ts';
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { opportunityMessages } from './locales/index.ts';
import { qualifyingOpportunities, type QualifyingProfile, type RuleMatch } from './qualify.ts';
import { opportunityList } from './select.ts';

export function planOpportunities(view: CatalogueView, profile: QualifyingProfile, lang: Locale, publicUrl: string) {
  return qualifyingOpportunities(opportunityList(view), profile).map(({ opportunity: o, match }) => ({
    id: o.id,
    type: o.type,
    title: o.title[lang],
    url: publicUrl + pathFor({ page: 'opportunity', id: o.id }, lang),
    rule: o.rule!.text[lang],
    matched: match,
  }));
}

/** The matched parts of a rule, in words: "state: Oaxaca, Veracruz · investment type: new company". */
function matchedText(view: CatalogueView, m: RuleMatch, locale: Locale): string {
  const t = opportunityMessages(locale).plan;
  const parts: string[] = [];
  if (m.states) parts.push(t.state(m.states.map((c) => view.states.get(c)?.name ?? c).join(', ')));
  if (m.scianPrefix) parts.push(t.scian(m.scianPrefix));
  if (m.investment) parts.push(t.investment(t.entries[m.investment] ?? m.investment));
  return parts.join(' · ');
}

/** The plan page's section; nothing when no opportunity's rule matches. */
export function planOpportunitiesSection(view: CatalogueView, profile: QualifyingProfile, locale: Locale): SafeHtml | '' {
  const list = qualifyingOpportunities(opportunityList(view), profile);
  if (!list.length) return '';
  const m = opportunityMessages(locale);
  return html`<section aria-labelledby="opp-h" id="opportunities"><h2 id="opp-h">${m.plan.title}</h2><p>${m.plan.lead}</p>
<ul class="results">${list.map(
    ({ opportunity: o, match }) => html`<li><a href="${pathFor({ page: 'opportunity', id: o.id }, locale)}">${o.title[locale]}</a>
<div class="meta"><span class="tag">${m.types[o.type]}</span></div>
<p class="small"><strong>${m.plan.rule}:</strong> ${o.rule!.text[locale]}</p>
<p class="small"><strong>${m.plan.matched}:</strong> ${matchedText(view, match, locale)}</p></li>`,
  )}</ul></section>`;
}
