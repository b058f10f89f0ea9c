/**
 * The identity: a window of four panes ("ventanilla") in the brand green. One drawing, three
 * forms: the favicon SVG, the ICO that browsers and crawlers still ask for at /favicon.ico, and
 * the inline header mark (white tile, green panes, so it reads on the green header).
 * The ICO is rasterised here from the same geometry instead of committing a binary that could drift.
 */
const BRAND = '#0b5d3b';
const BRAND_RGB = [0x0b, 0x5d, 0x3b] as const;

/** Geometry in a 32-unit square: tile corner radius, window frame (centre 16) and mullions. */
const G = { tileRadius: 6, frameOuter: 10.5, frameInner: 7.5, mullionHalf: 1.25, mullionReach: 9 };

const drawing = (tile: string, panes: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
  `<rect width="32" height="32" rx="${G.tileRadius}" fill="${tile}"/>` +
  `<rect x="7" y="7" width="18" height="18" fill="none" stroke="${panes}" stroke-width="3"/>` +
  `<path d="M16 7v18M7 16h18" stroke="${panes}" stroke-width="${G.mullionHalf * 2}"/></svg>`;

export const faviconSvg = drawing(BRAND, '#fff');

/** The header mark: decorative (the site name beside it is the accessible name). */
export const headerMark = drawing('#fff', BRAND).replace('<svg ', '<svg class="brand-mark" width="36" height="36" aria-hidden="true" focusable="false" ');

/** 0 = transparent, 1 = tile (green), 2 = window (white), for a point of the 32-unit square. */
function paint(x: number, y: number): 0 | 1 | 2 {
  const r = G.tileRadius;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  if (x < 0 || y < 0 || x > 32 || y > 32 || (x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const dx = Math.abs(x - 16);
  const dy = Math.abs(y - 16);
  const ring = Math.max(dx, dy);
  if (ring >= G.frameInner && ring <= G.frameOuter) return 2;
  if ((dx <= G.mullionHalf && dy <= G.mullionReach) || (dy <= G.mullionHalf && dx <= G.mullionReach)) return 2;
  return 1;
}

/** A 32-bit BMP-in-ICO of `size`² pixels, 4×4 supersampled. */
export function faviconIco(size = 32): Buffer {
  const SS = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let a = 0, r = 0, g = 0, b = 0;
      for (let i = 0; i < SS; i++) {
        for (let j = 0; j < SS; j++) {
          const k = paint(((col + (j + 0.5) / SS) * 32) / size, ((row + (i + 0.5) / SS) * 32) / size);
          if (k === 0) continue;
          a++;
          const [cr, cg, cb] = k === 1 ? BRAND_RGB : [255, 255, 255];
          r += cr; g += cg; b += cb;
        }
      }
      // BMP rows go bottom-up, pixels are BGRA (straight alpha).
      const o = ((size - 1 - row) * size + col) * 4;
      if (a) pixels.set([Math.round(b / a), Math.round(g / a), Math.round(r / a), Math.round((255 * a) / (SS * SS))], o);
    }
  }
  const maskRow = Math.ceil(size / 32) * 4; // 1 bit per pixel, rows padded to 4 bytes; all 0: alpha decides
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour + mask heights, as ICO requires
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(pixels.length + maskRow * size, 20);
  const image = Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
  const dir = Buffer.alloc(6 + 16);
  dir.writeUInt16LE(1, 2); // type: icon
  dir.writeUInt16LE(1, 4); // one image
  dir.writeUInt8(size % 256, 6);
  dir.writeUInt8(size % 256, 7);
  dir.writeUInt16LE(1, 10); // planes
  dir.writeUInt16LE(32, 12); // bits per pixel
  dir.writeUInt32LE(image.length, 14);
  dir.writeUInt32LE(dir.length, 18);
  return Buffer.concat([dir, image]);
}
