/**
 * Checks a proposed catalogue document the way a draft needs: the zod schema
 * of the catalogue decides, except that a text missing its Spanish or English
 * is a *translation gap*, not an error. A draft with gaps may be saved (the
 * translator fills them later) but never submitted or published: the public
 * schema (`Localized`) requires both languages.
 */
import type { z } from 'zod';
import type { Locale } from '../i18n/locale.ts';

export type Path = (string | number)[];

/** A text (an {es, en} pair) lacking one or both languages. */
export interface Gap {
  path: Path;
  missing: Locale[];
}

/** Why a value is refused, as a key the views translate. */
export type IssueKey = 'required' | 'type' | 'tooSmall' | 'tooBig' | 'tooFew' | 'format' | 'choice' | 'unknownKey' | 'range' | 'invalid';

export interface Issue {
  path: Path;
  key: IssueKey;
  /** The limit or the offending keys, when the message needs it. */
  detail?: string;
}

/**
 * `doc`: the schema's output with '' where a language is missing (what a draft stores).
 * `filled`: the same with a placeholder in the gaps, for checks that need a complete
 * document (references across the catalogue); never stored or shown.
 */
export type DraftCheck<T> = { ok: true; doc: T; filled: T; gaps: Gap[] } | { ok: false; issues: Issue[]; gaps: Gap[] };

// A placeholder no editor types: it lets zod accept a gap, then is turned back into ''.
const GAP = '\u0000translation-gap\u0000';
const LOCALE_KEYS: Locale[] = ['es', 'en'];

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An {es, en} pair: a plain object whose keys are es and/or en only. */
const isLocalized = (v: unknown): v is Record<string, unknown> => isPlain(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k === 'es' || k === 'en');

/** Copies `input`, filling each empty language of each text with the placeholder; records the gaps. */
function fillGaps(input: unknown, path: Path, gaps: Gap[]): unknown {
  if (Array.isArray(input)) return input.map((x, i) => fillGaps(x, [...path, i], gaps));
  if (!isPlain(input)) return input;
  if (isLocalized(input)) {
    const out: Record<string, unknown> = { ...input };
    const missing = LOCALE_KEYS.filter((l) => out[l] === undefined || out[l] === null || (typeof out[l] === 'string' && (out[l] as string).trim() === ''));
    for (const l of missing) out[l] = GAP;
    if (missing.length) gaps.push({ path, missing });
    return out;
  }
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, fillGaps(v, [...path, k], gaps)]));
}

function restoreGaps<T>(v: T): T {
  if (v === GAP) return '' as T;
  if (Array.isArray(v)) return v.map(restoreGaps) as T;
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, restoreGaps(x)])) as T;
  return v;
}

function issueOf(i: z.core.$ZodIssue): Issue {
  const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (i.code) {
    case 'invalid_type':
      // zod 4 leaves `input` out of issues unless asked; its message says what was received.
      return { path, key: /received undefined/.test(i.message) ? 'required' : 'type' };
    case 'too_small':
      if (i.origin === 'array') return { path, key: 'tooFew', detail: String(i.minimum) };
      if (i.origin === 'string') return { path, key: 'required' };
      return { path, key: 'tooSmall', detail: String(i.minimum) };
    case 'too_big':
      return { path, key: 'tooBig', detail: String(i.maximum) };
    case 'invalid_format':
      return { path, key: 'format' };
    case 'invalid_value':
      return { path, key: 'choice', detail: i.values.map(String).join(', ') };
    case 'unrecognized_keys':
      return { path, key: 'unknownKey', detail: i.keys.join(', ') };
    case 'invalid_union':
      // A cost whose `kind` is none of the known ones: the discriminator is what to fix.
      return { path, key: path[path.length - 1] === 'kind' ? 'choice' : 'invalid' };
    case 'custom':
      return { path, key: /max must be/.test(i.message) ? 'range' : 'invalid' };
    default:
      return { path, key: 'invalid' };
  }
}

/**
 * Parses `input` with `schema`, tolerating translation gaps. On success the
 * document is the schema's output (defaults applied) with '' where a language
 * is missing; `gaps` lists them.
 */
export function checkDraftDocument<T>(schema: z.ZodType<T>, input: unknown): DraftCheck<T> {
  const gaps: Gap[] = [];
  const filled = fillGaps(input, [], gaps);
  const r = schema.safeParse(filled);
  if (!r.success) return { ok: false, issues: r.error.issues.map(issueOf), gaps };
  return { ok: true, doc: restoreGaps(r.data), filled: r.data, gaps };
}

export const pathKey = (p: Path): string => p.join('.');

/**
 * The leaf paths where two JSON documents differ (at most `limit`): what an
 * audit event records about an edit, without copying whole documents.
 */
export function changedPaths(a: unknown, b: unknown, limit = 50, path: Path = [], out: string[] = []): string[] {
  if (out.length >= limit) return out;
  if (isPlain(a) && isPlain(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) changedPaths(a[k], b[k], limit, [...path, k], out);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) changedPaths(a[i], b[i], limit, [...path, i], out);
  } else if (JSON.stringify(a) !== JSON.stringify(b) && out.length < limit) {
    out.push(pathKey(path) || '(document)');
  }
  return out;
}

/** How many texts ({es, en} pairs) a document has: the translation status counts against it. */
export function textCount(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + textCount(x), 0);
  if (!isPlain(v)) return 0;
  if (isLocalized(v)) return 1;
  return Object.values(v).reduce((n: number, x) => n + textCount(x), 0);
}

/** The translation gaps of a stored draft (its texts with '' for a missing language). */
export function gapsOf(doc: unknown): Gap[] {
  const gaps: Gap[] = [];
  fillGaps(doc, [], gaps);
  return gaps;
}
