/**
 * A server-rendered SVG map of Mexico by state. The repository has no official state outlines, so it
 * is an honest tile grid: one square per state in an approximate geographic layout, each a link with a
 * text label, with a title and description, beside a table with the same data (pages.ts).
 */
import { html, type SafeHtml } from '../../web/html.ts';

/** [column, row, abbreviation] of each state by INEGI code: approximate, west to east, north to south. */
export const TILES: Record<string, [number, number, string]> = {
  '02': [0, 0, 'BC'], '26': [1, 0, 'SON'], '08': [2, 0, 'CHIH'], '05': [3, 0, 'COAH'], '19': [4, 0, 'NL'],
  '03': [0, 1, 'BCS'], '25': [1, 1, 'SIN'], '10': [2, 1, 'DGO'], '32': [3, 1, 'ZAC'], '24': [4, 1, 'SLP'], '28': [5, 1, 'TAMS'],
  '18': [1, 2, 'NAY'], '01': [2, 2, 'AGS'], '11': [3, 2, 'GTO'], '22': [4, 2, 'QRO'], '13': [5, 2, 'HGO'], '30': [6, 2, 'VER'],
  '14': [1, 3, 'JAL'], '16': [2, 3, 'MICH'], '15': [3, 3, 'MEX'], '09': [4, 3, 'CDMX'], '29': [5, 3, 'TLAX'], '21': [6, 3, 'PUE'],
  '06': [1, 4, 'COL'], '12': [2, 4, 'GRO'], '17': [3, 4, 'MOR'], '20': [4, 4, 'OAX'], '27': [6, 4, 'TAB'], '04': [7, 4, 'CAMP'], '31': [8, 4, 'YUC'],
  '07': [6, 5, 'CHIS'], '23': [8, 5, 'QROO'],
};

const SIZE = 56;
const GAP = 4;

export interface MapState {
  code: string;
  name: string;
  count: number;
  href: string;
  label: string;
}

export function tileMap(o: { title: string; desc: string; states: MapState[] }): SafeHtml {
  const width = 9 * (SIZE + GAP);
  const height = 6 * (SIZE + GAP);
  return html`<svg class="tile-map" role="group" viewBox="0 0 ${width} ${height}" width="100%" aria-labelledby="tile-map-title tile-map-desc" xmlns="http://www.w3.org/2000/svg">
<title id="tile-map-title">${o.title}</title>
<desc id="tile-map-desc">${o.desc}</desc>
${o.states.map((s) => {
  const t = TILES[s.code];
  if (!t) return '';
  const x = t[0] * (SIZE + GAP);
  const y = t[1] * (SIZE + GAP);
  const level = s.count === 0 ? 0 : s.count < 3 ? 1 : 2;
  // The name starts with the visible text (abbreviation and count), then says it in full.
  return html`<a href="${s.href}" aria-label="${t[2]} ${s.count} — ${s.label}"><rect x="${x}" y="${y}" width="${SIZE}" height="${SIZE}" rx="4" class="tile tile-${level}" fill="${['#ffffff', '#cfe3f5', '#8dbde6'][level]}" stroke="#1d3b57"/>
<text x="${x + SIZE / 2}" y="${y + 24}" text-anchor="middle" font-size="13" fill="#0b1f33">${t[2]}</text>
<text x="${x + SIZE / 2}" y="${y + 44}" text-anchor="middle" font-size="15" font-weight="bold" fill="#0b1f33">${s.count}</text></a>`;
})}
</svg>`;
}
