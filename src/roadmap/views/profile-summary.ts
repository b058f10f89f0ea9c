/**
 * The answers a plan was worked out from, as a short list: on screen it says what to change, on paper
 * (issue 13, item 7) it tells whoever reads the printout which project the plan is for. Defaults the
 * investor did not touch are left out, except the activity and the place, which every plan has.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { formatDate, formatNumber } from '../../i18n/messages.ts';
import { scianLabelHtml } from '../../catalogue/scian.ts';
import type { Profile } from '../profile.ts';
import { roadmapMessages } from '../messages.ts';
import { fieldLabels } from './questionnaire.ts';

const FLAGS = ['imports', 'exports', 'temporaryImports', 'restrictedZone', 'healthProducts', 'federalEnvironmentalWorks', 'federalEmissionSource', 'waterUse', 'specialisedServices'] as const;

export function profileSummary(locale: Locale, view: CatalogueView, p: Profile): SafeHtml {
  const t = roadmapMessages(locale);
  // The questionnaire's labels, without its "(optional)": here they name answers given.
  const label = Object.fromEntries(Object.entries(fieldLabels(locale)).map(([k, v]) => [k, v.replace(/\s*\((optional|opcional)\)$/, '')]));
  const n = (x: number) => formatNumber(x, locale);
  const state = view.states.get(p.state);
  const rows: [string, SafeHtml | string][] = [
    [label.scian!, scianLabelHtml(p.scian, locale)],
    [t.place.state, state?.name ?? p.state],
  ];
  if (p.municipality) rows.push([label.municipality!, p.municipality]);
  rows.push([label.foreignPct!, `${n(p.foreignPct)}%`], [label.entry!, t.ownership.entries[p.entry]]);
  if (p.entry === 'acquisition' && p.acquisitionAssetsMXN) rows.push([label.acquisitionAssetsMXN!, n(p.acquisitionAssetsMXN)]);
  if (p.employees) rows.push([label.employees!, n(p.employees)]);
  if (p.foreignStaff) rows.push([label.foreignStaff!, n(p.foreignStaff)]);
  rows.push([label.facility!, t.site.facilities[p.facility]]);
  if (p.risk !== 'unknown') rows.push([label.risk!, t.site.risks[p.risk]]);
  if (p.startDate) rows.push([label.startDate!, formatDate(p.startDate, locale)]);
  if (p.powerMW) rows.push([label.powerMW!, n(p.powerMW)]);
  if (p.projectUSD) rows.push([label.projectUSD!, n(p.projectUSD)]);
  const yes = FLAGS.filter((f) => p[f]).map((f) => label[f]!);
  if (yes.length) rows.push([t.plan.alsoAnswered, html`<ul>${yes.map((y) => html`<li>${y}</li>`)}</ul>`]);
  return html`<dl class="facts profile-summary">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}
