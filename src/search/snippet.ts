/**
 * Snippets with the matched words marked. A word is a hit when its processed
 * form (folded and stemmed in the text's language, or folded as typed) is one
 * of the index terms the search matched, so "licencias" is marked for a query
 * "licencia" and "Inversión" for "inversion". Returned as segments, so the
 * HTML view escapes the text and adds <mark> itself.
 *
 * A text's words and their processed forms are worked out once and kept with
 * the document (a WeakMap: they go when the index's documents go); finding the
 * words again for every result was over half of a search's time.
 */
import { fold, stem, wordsWithOffsets, type Lang } from './normalise.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

/** A text's words: offsets, and folded and stemmed forms, by position. */
interface Layout {
  starts: Int32Array;
  ends: Int32Array;
  folded: string[];
  stems: string[];
}

const MAX = 220;
// Owner → language → text → layout. Keyed by the text itself: the same string
// object every time, so its hash is computed once.
const layouts = new WeakMap<object, Record<Lang, Map<string, Layout>>>();

function layoutOf(text: string, lang: Lang, owner?: object): Layout {
  const cached = owner ? layouts.get(owner)?.[lang].get(text) : undefined;
  if (cached) return cached;
  const words = wordsWithOffsets(text);
  const layout: Layout = {
    starts: Int32Array.from(words, (w) => w.start),
    ends: Int32Array.from(words, (w) => w.end),
    folded: words.map((w) => fold(w.word).replace(/[.'’]/g, '')),
    stems: [],
  };
  layout.stems = layout.folded.map((f) => stem(f, lang));
  if (owner) {
    let m = layouts.get(owner);
    if (!m) layouts.set(owner, (m = { es: new Map(), en: new Map() }));
    m[lang].set(text, layout);
  }
  return layout;
}

const asSet = (terms: Iterable<string>): ReadonlySet<string> => (terms instanceof Set ? terms : new Set(terms));
const hitAt = (l: Layout, i: number, terms: ReadonlySet<string>) => terms.has(l.folded[i]!) || terms.has(l.stems[i]!);

/** The whole text in segments, hits marked. `owner`: the object the text belongs to, to keep its layout. */
export function highlight(text: string, lang: Lang, matched: Iterable<string>, owner?: object): Segment[] {
  const l = layoutOf(text, lang, owner);
  return segments(text, l, 0, text.length, asSet(matched));
}

/**
 * A window of at most ~220 characters of the text around its first hit (the
 * start of the text when nothing matched), cut at word boundaries, with "…"
 * where it was cut.
 */
export function snippet(text: string, lang: Lang, matched: Iterable<string>, owner?: object): Segment[] {
  const terms = asSet(matched);
  const l = layoutOf(text, lang, owner);
  if (text.length <= MAX) return segments(text, l, 0, text.length, terms);
  const n = l.starts.length;
  let first = 0;
  while (first < n && !hitAt(l, first, terms)) first++;
  let start = first < n ? Math.max(0, l.starts[first]! - 60) : 0;
  if (start > 0) {
    let i = 0;
    while (i < n && l.starts[i]! < start) i++;
    start = i < n ? l.starts[i]! : start;
  }
  let end = Math.min(text.length, start + MAX);
  if (end < text.length) {
    let i = n - 1;
    while (i >= 0 && l.ends[i]! > end) i--;
    if (i >= 0) end = l.ends[i]!;
  }
  const out = segments(text, l, start, end, terms);
  if (start > 0) out.unshift({ text: '… ', hit: false });
  if (end < text.length) out.push({ text: ' …', hit: false });
  return out;
}

function segments(text: string, l: Layout, from: number, to: number, terms: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (let i = 0; i < l.starts.length; i++) {
    const s = l.starts[i]!;
    const e = l.ends[i]!;
    if (s < from) continue;
    if (e > to) break;
    if (!hitAt(l, i, terms)) continue;
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** Plain text of segments (the API's snippet). */
export const plain = (segs: Segment[]): string => segs.map((s) => s.text).join('');
