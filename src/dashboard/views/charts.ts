/**
 * Server-rendered SVG charts: role="img" with a <title> and a <desc>, and the page gives the same
 * figures in a table right after each chart (the accessible equivalent, and what works when SVG
 * does not). Suppressed counts (null, "< 5") are drawn as nothing: their size would reveal them.
 * Series differ by colour and by position in the legend's order; the table does not rely on either.
 */
import { html, type SafeHtml } from '../../web/html.ts';

const COLOURS = ['#0b5d3b', '#0a4f8f', '#9d2449'];
const INK = '#1b1f23';

export interface ChartText {
  id: string;
  title: string;
  desc: string;
}

/** Vertical stacked bars: one per column, one segment per series. */
export function stackedBars(t: ChartText, columns: { label: string; values: (number | null)[] }[], series: string[]): SafeHtml {
  const W = 720;
  const H = 240;
  const left = 40;
  const bottom = 40;
  const top = 30;
  const totals = columns.map((c) => c.values.reduce<number>((a, v) => a + (v ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = (W - left - 10) / Math.max(1, columns.length);
  const barW = Math.max(4, step * 0.6);
  const scale = (H - top - bottom) / max;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${t.id}-title ${t.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${t.id}-title">${t.title}</title><desc id="${t.id}-desc">${t.desc}</desc>
<g font-size="11" fill="${INK}">
${series.map((s, i) => html`<rect x="${left + i * 140}" y="6" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/><text x="${left + i * 140 + 16}" y="16">${s}</text>`)}
<line x1="${left}" y1="${H - bottom}" x2="${W - 10}" y2="${H - bottom}" stroke="${INK}"/>
<text x="${left - 4}" y="${H - bottom}" text-anchor="end">0</text>
<text x="${left - 4}" y="${top + 4}" text-anchor="end">${max}</text>
${columns.map((c, i) => {
  const x = left + i * step + (step - barW) / 2;
  let y = H - bottom;
  const segments = c.values.map((v, k) => {
    const h = (v ?? 0) * scale;
    y -= h;
    return h > 0 ? html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOURS[k % COLOURS.length]}"/>` : '';
  });
  return html`${segments}<text x="${(x + barW / 2).toFixed(1)}" y="${H - bottom + 14}" text-anchor="middle">${c.label}</text>`;
})}
</g></svg>`;
}

/** Horizontal bars with their values written at the end; an optional vertical target line. */
export function horizontalBars(t: ChartText, rows: { label: string; value: number | null; text: string }[], target?: { value: number; label: string }): SafeHtml {
  const W = 720;
  const ROW = 28;
  const label = 220;
  const H = rows.length * ROW + (target ? 40 : 16);
  const max = Math.max(1, target?.value ?? 0, ...rows.map((r) => r.value ?? 0)) * 1.1;
  const scale = (W - label - 90) / max;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${t.id}-title ${t.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${t.id}-title">${t.title}</title><desc id="${t.id}-desc">${t.desc}</desc>
<g font-size="12" fill="${INK}">
${rows.map((r, i) => {
  const y = 8 + i * ROW;
  const w = (r.value ?? 0) * scale;
  return html`<text x="${label - 8}" y="${y + 15}" text-anchor="end">${r.label}</text>${w > 0 ? html`<rect x="${label}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 10}" fill="${COLOURS[0]}"/>` : ''}<text x="${(label + w + 6).toFixed(1)}" y="${y + 15}">${r.text}</text>`;
})}
${target
  ? html`<line x1="${(label + target.value * scale).toFixed(1)}" y1="4" x2="${(label + target.value * scale).toFixed(1)}" y2="${H - 22}" stroke="${COLOURS[2]}" stroke-width="2" stroke-dasharray="6 3"/><text x="${(label + target.value * scale).toFixed(1)}" y="${H - 8}" text-anchor="middle">${target.label}</text>`
  : ''}
</g></svg>`;
}
