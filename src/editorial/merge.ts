/**
 * Bringing a draft up to date with a version published after it started (a
 * "rebase"): a three-way merge. The draft's own changes — against the version
 * it started from — are applied to the version published now, unless the
 * same part of the document changed there too; then those parts are the
 * conflicts the author must settle by hand.
 *
 * The parts compared: an object's keys one by one; an array item by item when
 * it kept its length on all three sides; anything else (a value, a list that
 * gained or lost items) whole. Two changes overlap when one part contains the
 * other; an overlap where both sides made the same change is no conflict.
 */
import type { Path } from './document.ts';

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The parts where `next` differs from `base`. `shape`: arrays recurse only when their length is the same here too. */
function changedParts(base: unknown, next: unknown, shape: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (isPlain(base) && isPlain(next)) {
    const other = isPlain(shape) ? shape : {};
    for (const k of new Set([...Object.keys(base), ...Object.keys(next)])) changedParts(base[k], next[k], other[k], [...path, k], out);
  } else if (Array.isArray(base) && Array.isArray(next) && base.length === next.length && Array.isArray(shape) && shape.length === base.length) {
    base.forEach((b, i) => changedParts(b, next[i], shape[i], [...path, i], out));
  } else if (!same(base, next)) {
    out.push(path);
  }
  return out;
}

const get = (doc: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), doc);
const contains = (outer: Path, inner: Path) => outer.length <= inner.length && outer.every((k, i) => k === inner[i]);

function put(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return structuredClone(value);
  let parent = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = structuredClone(value);
  return doc;
}

export type MergeResult = { ok: true; doc: Record<string, unknown> } | { ok: false; conflicts: Path[] };

export function mergeOnto(base: unknown, draft: unknown, current: unknown): MergeResult {
  const mine = changedParts(base, draft, current);
  const theirs = changedParts(base, current, draft);
  // Overlapping changes conflict unless both sides left the larger part the same.
  const clash = (m: Path, t: Path) => {
    const outer = contains(t, m) ? t : contains(m, t) ? m : null;
    return outer !== null && !same(get(draft, outer), get(current, outer));
  };
  const conflicts = mine.filter((m) => theirs.some((t) => clash(m, t)));
  if (conflicts.length) return { ok: false, conflicts };
  let doc: unknown = structuredClone(current);
  for (const m of mine) doc = put(doc, m, get(draft, m));
  return { ok: true, doc: doc as Record<string, unknown> };
}
