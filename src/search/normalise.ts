/**
 * Text normalisation for search, per language: accent folding, tokenising,
 * stop words and a light stemmer for Spanish and for English. minisearch does
 * none of this by itself, and investors type without accents, in plural or
 * singular, in either language. The same functions process documents and
 * queries, so both sides always agree.
 */
export type Lang = 'es' | 'en';

const MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/g;
// Each non-ASCII character folds on its own exactly as in the whole string
// (NFD decomposes character by character; the marks are then dropped), so
// remember each one: 3–4× faster than normalising every text.
const folded = new Map<string, string>();
const foldChar = (c: string) => {
  let f = folded.get(c);
  if (f === undefined) {
    f = c.normalize('NFD').replace(MARKS, '');
    if (folded.size < 10_000) folded.set(c, f);
  }
  return f;
};
/** "Inversión" → "inversion", "ñ" → "n": lower case without diacritics. */
export const fold = (s: string): string => s.toLowerCase().replace(NON_ASCII, foldChar);

// Dots and apostrophes inside a word join it ("e.firma" → "efirma", "S.A." → "sa",
// "workers’" → "workers"); everything else that is not a letter or a digit separates words.
// (Split first, then drop the joiners: a lookbehind regex over whole texts cost a third of indexing.)
const SEPARATORS = /[^\p{L}\p{N}.'’]+/u;
const JOINERS = /[.'’]/g;

/** Folded words of a text, in order (stop words included). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const piece of fold(text).split(SEPARATORS)) {
    const word = piece.replace(JOINERS, '');
    if (word) out.push(word);
  }
  return out;
}

/**
 * Words as they appear in a text, with their offsets: used to highlight the
 * matched words in the original (unfolded) text of a snippet.
 */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const STOP: Record<Lang, Set<string>> = {
  es: new Set(
    ('a al ante con contra de del desde el en entre es esta este hacia hasta la las le lo los mas me mi o para pero por que se ' +
      'sin sobre su sus un una uno unos unas y ya como cual cuando donde mis nos son soy tu tus u e ha han hay muy').split(' '),
  ),
  en: new Set(
    ('a an and are as at be by can do does for from has have how i if in into is it its me my of on or our than that the their ' +
      'then there these this to was we what when where which who will with you your').split(' '),
  ),
};

export const isStopWord = (word: string, lang: Lang): boolean => STOP[lang].has(word);
/** A stop word in either language (queries come in either, whatever the page language). */
export const isAnyStopWord = (word: string): boolean => STOP.es.has(word) || STOP.en.has(word);

/**
 * Light Spanish stemmer (in the spirit of Savoy's light stemmer): folds plural
 * and gender, nothing more aggressive. "licencias" → "licenci", "importadores" /
 * "importadora" → "importador", "actividades" → "actividad", "capaces" / "capaz" → "capac".
 * Prefix matching covers derivations ("inversion" → "inversionista").
 */
export function stemEs(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let s = word;
  if (/[lrndjyc]es$/.test(s) && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && s.length > 4) s = s.slice(0, -1);
  if (/[aoe]$/.test(s) && s.length > 4) s = s.slice(0, -1);
  // "capaz" / "capaces", "alcance" / "alcances": one stem ending in c.
  if (s.endsWith('z')) s = `${s.slice(0, -1)}c`;
  return s;
}

const VOWEL = /[aeiouy]/;
/**
 * Light English stemmer (Porter's step 1 and a final "e"): plurals, -ed and
 * -ing, so "registrations" → "registration", "companies" → "company",
 * "manufacturing" / "manufacture" → "manufactur", "licensed" → "licens".
 */
export function stemEn(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let s = word;
  if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const stem = s.slice(0, -suffix.length);
    if (s.endsWith(suffix) && stem.length >= 3 && VOWEL.test(stem)) {
      s = stem;
      // "permitting" → "permitt" → "permit"; not for l, s, z ("installing" keeps "install").
      if (/([^aeiouylsz])\1$/.test(s)) s = s.slice(0, -1);
      break;
    }
  }
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

// Documents repeat the same words thousands of times: remember stems (bounded, since queries are arbitrary).
const memo: Record<Lang, Map<string, string>> = { es: new Map(), en: new Map() };
export function stem(word: string, lang: Lang): string {
  const m = memo[lang];
  let s = m.get(word);
  if (s === undefined) {
    if (m.size > 100_000) m.clear();
    s = lang === 'es' ? stemEs(word) : stemEn(word);
    m.set(word, s);
  }
  return s;
}

/** A document word as it is indexed for a language: null for a stop word. */
export function processWord(word: string, lang: Lang): string | null {
  if (isStopWord(word, lang)) return null;
  return stem(word, lang);
}
