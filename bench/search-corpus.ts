/**
 * The benchmark corpus: the real seed catalogue's search documents padded to
 * a target size with synthetic ones made of the catalogue's own words (so the
 * vocabulary and term frequencies stay realistic), deterministically.
 */
import type { Level } from '../src/catalogue/schema.ts';
import type { DocType, SearchDoc } from '../src/search/documents.ts';

/** A small seeded PRNG (mulberry32): the same corpus on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter((w) => w.length > 1);

export function padCorpus(real: SearchDoc[], size: number, seed = 20261129): SearchDoc[] {
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const phrase = (pool: string[], min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(pool)).join(' ');
  const es = words(real.flatMap((d) => [d.fields.titleEs, d.fields.textEs]));
  const en = words(real.flatMap((d) => [d.fields.titleEn, d.fields.textEn]));
  const types: DocType[] = ['step', 'step', 'step', 'procedure', 'law', 'scian'];
  const levels: (Level | null)[] = ['federal', 'state', 'municipal', null];
  const out = [...real];
  for (let i = 0; out.length < size; i++) {
    const type = pick(types);
    const title = { es: phrase(es, 4, 10), en: type === 'scian' ? '' : phrase(en, 4, 10) };
    const text = { es: phrase(es, 25, 80), en: type === 'scian' ? '' : phrase(en, 25, 80) };
    const key = `synthetic-${i}`;
    out.push({
      id: `${type}:${key}`, type, key, level: type === 'scian' || type === 'law' ? null : pick(levels),
      title: { es: title.es, en: title.en || title.es }, hasEnglish: type !== 'scian', context: null,
      body: { es: text.es, en: text.en || text.es }, href: { es: `/es/tramites/${key}`, en: `/en/procedures/${key}` },
      fields: { titleEs: title.es, titleEn: title.en, textEs: text.es, textEn: text.en, code: '' },
    });
  }
  return out;
}

/** Type-ahead inputs: every judged query cut after each of its characters (from 2 on), as typed. */
export function prefixesOf(queries: string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: Math.max(0, q.length - 1) }, (_, i) => q.slice(0, i + 2))).filter((p) => /[\p{L}\p{N}]{2}/u.test(p));
}
