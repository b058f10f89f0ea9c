/** Home and the procedure index with its filters (a GET form: works without JavaScript). */
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { messages } from '../../i18n/messages.ts';
import { pathFor } from '../../i18n/locale.ts';
import { LEVELS, PHASES } from '../schema.ts';
import type { CatalogueView, ProcedureFilter } from '../read-model.ts';
import { withAcronym, procedureItem } from './parts.ts';
import { deskMessages } from '../../desk/locales/index.ts';
import { kindPath } from '../../desk/links.ts';
import { KINDS } from '../../desk/schema.ts';
import { askBox } from '../../assistant/web/views/ask-box.ts';

/**
 * Home answers "what do I have to do to invest in Mexico?" (issue 13, item 1): the plan first, then
 * the foreign-investment check, the procedures by sector or state, and the desk. Plain links: no script needed.
 */
export function homePage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const desk = deskMessages(locale);
  const priority = view.sectorList().filter((s) => s.priority);
  const body = html`
<h1>${t.home.title}</h1>
<p class="lead">${t.home.lead}</p>
<p><a class="button start" href="${pathFor({ page: 'roadmap' }, locale)}">${t.home.start}</a></p>
<p class="small muted">${t.home.startNote}</p>
${askBox(locale, { id: 'ask-home', heading: 'h2' })}
<h2>${t.home.next}</h2>
<ul class="cards home-next">
  <li class="card"><h3><a href="${pathFor({ page: 'canInvest' }, locale)}">${t.nav.canInvest}</a></h3><p>${t.home.canInvestText}</p></li>
  <li class="card"><h3><a href="${pathFor({ page: 'sectors' }, locale)}">${t.home.bySector}</a></h3><p>${t.home.bySectorText}</p>
    ${priority.length
      ? html`<p class="small">${t.home.prioritySectors}:</p><ul class="small">${priority.map((s) => html`<li><a href="${pathFor({ page: 'sector', slug: s.slug }, locale)}">${s.title[locale]}</a></li>`)}</ul>`
      : ''}</li>
  <li class="card"><h3><a href="${pathFor({ page: 'states' }, locale)}">${t.home.byState}</a></h3><p>${t.home.byStateText}</p></li>
  <li class="card"><h3><a href="${pathFor({ page: 'desk' }, locale)}">${t.nav.desk}</a></h3><p>${t.home.askText}</p>
    <ul class="small">${KINDS.map((k) => html`<li><a href="${kindPath(locale, k)}">${desk.kinds[k].title}</a></li>`)}</ul></li>
</ul>
<p class="muted">${t.home.counts(view.procedures.length, view.sectors.size, view.states.size)} ·
  <a href="${pathFor({ page: 'procedures' }, locale)}">${t.home.browse}</a> ·
  <a href="${pathFor({ page: 'authorities' }, locale)}">${t.home.byAuthority}</a></p>`;
  return layout(ctx, { title: t.home.title, description: t.home.lead, ref: { page: 'home' }, body });
}

export function proceduresPage(ctx: PageContext, view: CatalogueView, filter: ProcedureFilter, query: string): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const list = view.filter(filter);
  const body = html`
<h1>${t.procedures.title}</h1>
<p class="lead">${t.procedures.lead}</p>
${filterForm(ctx, view, filter)}
<h2 id="results-h" aria-live="polite">${t.filters.results(list.length)}</h2>
${list.length
  ? html`<ul class="results" aria-labelledby="results-h">${list.map((p) => procedureItem(locale, p, view))}</ul>`
  : html`<p>${t.filters.none}</p>`}`;
  return layout(ctx, { title: t.procedures.title, description: t.procedures.lead, ref: { page: 'procedures' }, query, body });
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${value === (selected ?? '') ? raw(' selected') : ''}>${label}</option>`;
}

function select(id: string, label: string, anyLabel: string, options: [string, string][], selected: string | undefined): SafeHtml {
  return html`<div class="field"><label for="f-${id}">${label}</label>
<select id="f-${id}" name="${id}">${option('', anyLabel, selected)}${options.map(([v, l]) => option(v, l, selected))}</select></div>`;
}

export function filterForm(ctx: PageContext, view: CatalogueView, f: ProcedureFilter): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale);
  const authorities = [...view.authorities.values()]
    .filter((a) => view.proceduresOfAuthority(a.id).length > 0)
    .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  return html`<form class="filters" method="get" action="${pathFor({ page: 'procedures' }, locale)}">
<fieldset><legend>${t.filters.title}</legend>
${select('level', t.filters.level, t.filters.any, LEVELS.map((l) => [l, t.level[l]]), f.level)}
${select('phase', t.filters.phase, t.filters.any, PHASES.map((p) => [p, t.phase[p]]), f.phase)}
${select('authority', t.filters.authority, t.filters.any, authorities.map((a) => [a.id, withAcronym(a.name[locale], a.acronym)]), f.authority)}
${select('sector', t.filters.sector, t.filters.any, view.sectorList().map((s) => [s.slug, s.title[locale]]), f.sector)}
${select('state', t.filters.state, t.filters.any, [...view.states.values()].map((s) => [s.code, s.name]), f.state)}
<div class="actions"><button class="button" type="submit">${t.filters.apply}</button>
<a href="${pathFor({ page: 'procedures' }, locale)}">${t.filters.clear}</a></div>
</fieldset></form>`;
}
