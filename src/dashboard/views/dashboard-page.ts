/** The public dashboard page: every figure as a table, the main ones also as an SVG chart (charts.ts). */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatNumber } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { CHANNELS, MONTHS } from '../figures.ts';
import { CSV_TABLES, type PublicStats } from '../presenters.ts';
import { dashboardMessages, type DashboardMessages } from '../locales/index.ts';
import { horizontalBars, stackedBars } from './charts.ts';

export const STATS_PATH = '/api/v1/stats';

const monthLabel = (month: string, locale: Locale, style: 'short' | 'long') =>
  new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', { month: style, year: style === 'short' ? '2-digit' : 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));

export function dashboardPage(ctx: PageContext, stats: PublicStats | null, view: CatalogueView): SafeHtml {
  const t = dashboardMessages(ctx.locale);
  const body = stats
    ? html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<p class="muted">${t.updated} <time datetime="${stats.computedAt}">${dateTime(stats.computedAt, ctx.locale)}</time>. ${t.since(monthLabel(stats.since.slice(0, 7), ctx.locale, 'long'))}</p>
${received(ctx.locale, t, stats, view)}
${times(ctx.locale, t, stats)}
${satisfaction(ctx.locale, t, stats)}
${catalogue(ctx.locale, t, stats)}
${searches(ctx.locale, t, stats)}
${feedback(ctx.locale, t, stats)}
${openData(ctx.locale, t)}`
    : html`<h1>${t.title}</h1><p class="lead">${t.lead}</p><p>${t.pending}</p>${openData(ctx.locale, t)}`;
  return layout(ctx, { title: t.title, description: t.description, ref: { page: 'dashboard' }, body });
}

const dateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'America/Mexico_City', timeZoneName: 'short' }).format(new Date(iso));

/** A published count: the number, or "< 5". */
const n = (t: DashboardMessages, v: number | null, locale: Locale) => (v === null ? t.fewer : formatNumber(v, locale));
const hours = (t: DashboardMessages, v: number | null, locale: Locale) => (v === null ? t.withheld : t.times.hours(formatNumber(v, locale)));
const pct = (v: number, locale: Locale) => new Intl.NumberFormat(locale === 'es' ? 'es-MX' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(v);

function received(locale: Locale, t: DashboardMessages, s: PublicStats, view: CatalogueView): SafeHtml {
  const r = t.received;
  const total = s.receivedByMonth.reduce((a, m) => a + (m.total ?? 0), 0);
  return html`<section aria-labelledby="received"><h2 id="received">${r.heading}</h2>
<div class="chart-wrap">${stackedBars(
    { id: 'chart-received', title: r.chartTitle, desc: r.chartDesc(formatNumber(total, locale), MONTHS) },
    s.receivedByMonth.map((m) => ({ label: monthLabel(m.month, locale, 'short'), values: CHANNELS.map((c) => m[c]) })),
    CHANNELS.map((c) => r.channels[c]),
  )}</div>
<div class="table-scroll"><table><caption>${r.chartTitle}</caption>
<thead><tr><th scope="col">${r.month}</th>${CHANNELS.map((c) => html`<th scope="col">${r.channels[c]}</th>`)}<th scope="col">${r.total}</th></tr></thead>
<tbody>${s.receivedByMonth.map((m) => html`<tr><th scope="row">${monthLabel(m.month, locale, 'long')}</th>${CHANNELS.map((c) => html`<td>${n(t, m[c], locale)}</td>`)}<td>${n(t, m.total, locale)}</td></tr>`)}</tbody></table></div>
<h3>${t.byTopic.heading}</h3>
<table><thead><tr><th scope="col">${t.byTopic.topic}</th><th scope="col">${t.byTopic.count}</th></tr></thead>
<tbody>${s.receivedByTopic.map((x) => html`<tr><th scope="row">${t.byTopic.kinds[x.topic]}</th><td>${n(t, x.count, locale)}</td></tr>`)}</tbody></table>
<h3>${t.byState.heading}</h3>
${s.receivedByState.length
  ? html`<div class="table-scroll"><table><thead><tr><th scope="col">${t.byState.state}</th><th scope="col">${t.byState.count}</th></tr></thead>
<tbody>${s.receivedByState.map((x) => html`<tr><th scope="row">${x.state ? (view.state(x.state)?.name ?? x.state) : t.byState.noState}</th><td>${n(t, x.count, locale)}</td></tr>`)}</tbody></table></div>`
  : html`<p>${t.none}</p>`}
</section>`;
}

function times(locale: Locale, t: DashboardMessages, s: PublicStats): SafeHtml {
  const x = t.times;
  const target = formatNumber(s.targetHours, locale);
  const summary = (d: { medianHours: number | null; p90Hours: number | null }) =>
    d.medianHours === null ? t.withheld : `${x.median} ${hours(t, d.medianHours, locale)}, ${x.p90} ${hours(t, d.p90Hours, locale)}`;
  const bar = (label: string, v: number | null) => ({ label, value: v, text: hours(t, v, locale) });
  const share = s.firstResponse.shareWithinTarget;
  return html`<section aria-labelledby="times"><h2 id="times">${x.heading}</h2>
<p>${x.explain(target)}</p>
<div class="chart-wrap">${horizontalBars(
    { id: 'chart-times', title: x.chartTitle, desc: x.chartDesc(summary(s.firstResponse), summary(s.resolution), target) },
    [
      bar(`${x.firstResponse}: ${x.median}`, s.firstResponse.medianHours),
      bar(`${x.firstResponse}: ${x.p90}`, s.firstResponse.p90Hours),
      bar(`${x.resolution.split(' (')[0]}: ${x.median}`, s.resolution.medianHours),
      bar(`${x.resolution.split(' (')[0]}: ${x.p90}`, s.resolution.p90Hours),
    ],
    { value: s.targetHours, label: `${x.target}: ${x.hours(target)}` },
  )}</div>
<table><caption>${x.chartTitle}</caption>
<thead><tr><th scope="col">${x.measure}</th><th scope="col">${x.cases}</th><th scope="col">${x.median}</th><th scope="col">${x.p90}</th></tr></thead>
<tbody>
<tr><th scope="row">${x.firstResponse}</th><td>${n(t, s.firstResponse.cases, locale)}</td><td>${hours(t, s.firstResponse.medianHours, locale)}</td><td>${hours(t, s.firstResponse.p90Hours, locale)}</td></tr>
<tr><th scope="row">${x.resolution}</th><td>${n(t, s.resolution.cases, locale)}</td><td>${hours(t, s.resolution.medianHours, locale)}</td><td>${hours(t, s.resolution.p90Hours, locale)}</td></tr>
</tbody></table>
<p><strong>${x.share}:</strong> ${share === null ? t.withheld : x.shareValue(pct(share, locale), n(t, s.firstResponse.withinTarget, locale), n(t, s.firstResponse.due, locale))}. ${x.shareExplain}</p>
</section>`;
}

function satisfaction(locale: Locale, t: DashboardMessages, s: PublicStats): SafeHtml {
  const x = t.satisfaction;
  const avg = s.satisfaction.average === null ? t.withheld : formatNumber(s.satisfaction.average, locale);
  return html`<section aria-labelledby="satisfaction"><h2 id="satisfaction">${x.heading}</h2>
<p><strong>${x.total}:</strong> ${n(t, s.satisfaction.ratings, locale)}. <strong>${x.average}:</strong> ${avg}.</p>
<div class="chart-wrap">${horizontalBars(
    { id: 'chart-satisfaction', title: x.chartTitle, desc: x.chartDesc(n(t, s.satisfaction.ratings, locale), avg) },
    s.satisfaction.byScore.map((r) => ({ label: x.stars(r.score), value: r.count, text: n(t, r.count, locale) })),
  )}</div>
<table><caption>${x.chartTitle}</caption><thead><tr><th scope="col">${x.score}</th><th scope="col">${x.count}</th></tr></thead>
<tbody>${s.satisfaction.byScore.map((r) => html`<tr><th scope="row">${x.stars(r.score)}</th><td>${n(t, r.count, locale)}</td></tr>`)}</tbody></table>
</section>`;
}

function catalogue(locale: Locale, t: DashboardMessages, s: PublicStats): SafeHtml {
  const x = t.catalogue;
  const c = s.catalogue;
  const share = (v: number | null, count: number) => (v === null ? formatNumber(count, locale) : x.share(pct(v, locale), formatNumber(count, locale)));
  return html`<section aria-labelledby="catalogue"><h2 id="catalogue">${x.heading}</h2>
<table><thead><tr><th scope="col">${x.figure}</th><th scope="col">${x.value}</th></tr></thead><tbody>
<tr><th scope="row">${x.procedures}</th><td>${formatNumber(c.procedures, locale)}</td></tr>
<tr><th scope="row">${x.verified6}</th><td>${share(c.shareVerifiedLast6Months, c.verifiedLast6Months)}</td></tr>
<tr><th scope="row">${x.verified12}</th><td>${share(c.shareVerifiedLast12Months, c.verifiedLast12Months)}</td></tr>
<tr><th scope="row">${x.openReports}</th><td>${n(t, c.openErrorReports, locale)}</td></tr>
<tr><th scope="row">${x.medianAge}</th><td>${c.openErrorReportsMedianAgeDays === null ? t.withheld : x.days(formatNumber(c.openErrorReportsMedianAgeDays, locale))}</td></tr>
</tbody></table></section>`;
}

function searches(locale: Locale, t: DashboardMessages, s: PublicStats): SafeHtml {
  const x = t.searches;
  return html`<section aria-labelledby="searches"><h2 id="searches">${x.heading}</h2><p>${x.explain}</p>
${s.searchesWithoutResults.length
  ? html`<table><thead><tr><th scope="col">${x.query}</th><th scope="col">${x.count}</th></tr></thead>
<tbody>${s.searchesWithoutResults.map((r) => html`<tr><td>${r.query}</td><td>${formatNumber(r.count, locale)}</td></tr>`)}</tbody></table>`
  : html`<p>${t.none}</p>`}</section>`;
}

function feedback(locale: Locale, t: DashboardMessages, s: PublicStats): SafeHtml {
  const x = t.feedback;
  return html`<section aria-labelledby="feedback"><h2 id="feedback">${x.heading}</h2><p>${x.explain}</p>
${s.pageFeedback.length
  ? html`<div class="table-scroll"><table><thead><tr><th scope="col">${x.section}</th><th scope="col">${x.yes}</th><th scope="col">${x.no}</th><th scope="col">${x.share}</th></tr></thead>
<tbody>${s.pageFeedback.map((r) => html`<tr><th scope="row">${x.sections[r.section] ?? r.section}</th><td>${n(t, r.yes, locale)}</td><td>${n(t, r.no, locale)}</td><td>${r.shareUseful === null ? t.withheld : pct(r.shareUseful, locale)}</td></tr>`)}</tbody></table></div>`
  : html`<p>${t.none}</p>`}</section>`;
}

function openData(locale: Locale, t: DashboardMessages): SafeHtml {
  const x = t.openData;
  return html`<section aria-labelledby="open-data"><h2 id="open-data">${x.heading}</h2>
<p><a href="${STATS_PATH}">${x.json}</a></p>
<p>${x.csv}</p><ul>${CSV_TABLES.map((k) => html`<li><a href="${STATS_PATH}/${k}.csv">${x.tables[k]} (CSV)</a></li>`)}</ul></section>`;
}
