/**
 * The plan as a server-rendered SVG Gantt chart: one row per procedure, the bar
 * from earliest start to latest finish (solid up to the earliest finish),
 * critical-path bars in the accent colour and marked with a pattern so the
 * distinction does not rely on colour alone. The table below it in the page is
 * the accessible equivalent.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Plan } from '../engine.ts';
import { roadmapMessages } from '../messages.ts';

const ROW = 22;
const LABEL = 300;
const WIDTH = 960;

/** Greatest number of procedures running at the same time (max scenario): the parallel tracks. */
export function parallelTracks(plan: Plan): number {
  const edges = required(plan).flatMap((x) => [{ at: x.start.max, d: 1 }, { at: x.end.max, d: -1 }]).sort((a, b) => a.at - b.at || a.d - b.d);
  let open = 0;
  let best = 0;
  for (const e of edges) best = Math.max(best, (open += e.d));
  return Math.max(best, required(plan).length ? 1 : 0);
}

/** The timeline draws the required work; recommended procedures are listed apart. */
const required = (plan: Plan) => plan.procedures.filter((x) => !x.optional);

export function timelineSvg(plan: Plan, locale: Locale): SafeHtml {
  const t = roadmapMessages(locale).plan;
  const total = Math.max(1, plan.totals.durationDays.max);
  const scale = (WIDTH - LABEL - 20) / total;
  const height = required(plan).length * ROW + 40;
  const ticks = Array.from({ length: 6 }, (_, i) => Math.round((total * i) / 5));
  const clip = (s: string) => (s.length > 46 ? `${s.slice(0, 45)}…` : s);
  return html`<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">
<title id="tl-title">${t.timeline}</title>
<desc id="tl-desc">${t.timelineDesc(required(plan).length, parallelTracks(plan))}</desc>
<defs><pattern id="crit" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#9d2449"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern></defs>
${ticks.map((d) => html`<g><line x1="${LABEL + d * scale}" y1="18" x2="${LABEL + d * scale}" y2="${height - 10}" stroke="#c9d0cc"/><text x="${LABEL + d * scale}" y="12" font-size="11" text-anchor="middle" fill="#4a5560">${d}</text></g>`)}
${required(plan).map((x, i) => {
  const y = 24 + i * ROW;
  const x0 = LABEL + x.start.min * scale;
  const xMinEnd = LABEL + x.end.min * scale;
  const xMax = LABEL + x.end.max * scale;
  const fill = x.critical ? 'url(#crit)' : '#0b5d3b';
  return html`<g><text x="4" y="${y + 13}" font-size="12" fill="#1b1f23">${clip(x.procedure.title[locale])}</text>
<rect x="${x0}" y="${y + 3}" width="${Math.max(2, xMax - x0)}" height="14" fill="${x.critical ? '#f6e8ee' : '#e6f4ea'}" stroke="${x.critical ? '#9d2449' : '#0b5d3b'}"/>
<rect x="${x0}" y="${y + 3}" width="${Math.max(2, xMinEnd - x0)}" height="14" fill="${fill}"/></g>`;
})}
</svg>`;
}

/**
 * The timeline for phones (issue 13, item 6): the wide chart shrinks to unreadable labels at 390 px,
 * so narrow screens get the same bars as a list, each procedure's name and business days in text
 * and a bar drawn to the plan's scale beside it (decorative: the text carries the days).
 */
export function timelineList(plan: Plan, locale: Locale, link: (p: Plan['procedures'][number]['procedure']) => SafeHtml): SafeHtml {
  const t = roadmapMessages(locale).plan;
  const total = Math.max(1, plan.totals.durationDays.max);
  const pct = (d: number) => Math.round((d / total) * 1000) / 10;
  return html`<ol class="timeline-list" aria-label="${t.timelineList}">${required(plan).map((x) => {
    const x0 = pct(x.start.min);
    return html`<li${x.critical ? html` class="critical"` : ''}>${link(x.procedure)}${x.critical ? html` <span class="tag critical-tag">${t.critical}</span>` : ''}
<span class="small muted">${t.dayRange(x.start.min, x.end.max)}</span>
<svg class="timeline-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="0" y="0" width="100" height="6" fill="#f3f5f4"/><rect x="${x0}" y="0" width="${Math.max(1, pct(x.end.max) - x0)}" height="6" fill="${x.critical ? '#9d2449' : '#0b5d3b'}"/></svg></li>`;
  })}</ol>`;
}
