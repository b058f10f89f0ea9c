/**
 * Finds SCIAN classes by words, in Spanish or English: Spanish class titles,
 * and sector guides in both languages (an English word reaches a class through
 * the sector guides that list it). Accent- and case-insensitive, word-prefix
 * matching so plurals and typing fragments match ("dispositivo" ~ "dispositivos").
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { ScianEntry } from '../catalogue/scian.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const STOP = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'e', 'o', 'en', 'a', 'para', 'con', 'por', 'the', 'of', 'and', 'or', 'for', 'in', 'to']);
export const tokens = (s: string) => fold(s).split(/[^a-z0-9]+/).filter((t) => t.length > 1 && !STOP.has(t));

/** A query token matches a word when one is a prefix of the other, on a 4-letter stem at least. */
const matches = (q: string, word: string) => (q.length >= 4 ? word.startsWith(q.slice(0, Math.max(4, q.length - 2))) : word === q);

export interface ActivityHit {
  code: string;
  titleEs: string;
  score: number;
}

export function findActivities(query: string, classes: ScianEntry[], view: CatalogueView, limit = 15): ActivityHit[] {
  const q = tokens(query).slice(0, 8);
  if (!q.length) return [];
  const scores = new Map<string, number>();
  for (const c of classes) {
    const words = tokens(c.titleEs);
    const hit = q.filter((t) => words.some((w) => matches(t, w))).length;
    if (hit) scores.set(c.code, hit / q.length + (hit === q.length ? 1 : 0));
  }
  for (const s of view.sectors.values()) {
    const words = tokens(`${s.title.es} ${s.title.en} ${s.summary.en} ${s.summary.es}`);
    const hit = q.filter((t) => words.some((w) => matches(t, w))).length;
    if (hit === q.length) for (const code of s.scian) scores.set(code, (scores.get(code) ?? 0) + 0.9);
  }
  const title = new Map(classes.map((c) => [c.code, c.titleEs]));
  return [...scores.entries()]
    .filter(([code]) => title.has(code))
    .map(([code, score]) => ({ code, titleEs: title.get(code)!, score }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, limit);
}
