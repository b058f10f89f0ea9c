/**
 * What a sector guide says its industry needs and the plan leaves out (issue 10, item 4): a plan
 * never drops it silently. For each procedure a guide of the investor's activity lists that is not
 * in the plan (nor mentioned as an alternative), the plan names the answers that decided it, the one
 * yes/no answer that would bring it in, and — when the guide pre-answers that question for the
 * industry by law (a sector preset) — that the answer given contradicts it.
 */
import type { Condition, LegalRef, Localized, Procedure } from '../catalogue/schema.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { evaluate, type Facts } from './conditions.ts';
import { factsOf, type Profile } from './profile.ts';

export interface SectorGap {
  procedure: string;
  /** The sector guide that lists it. */
  sector: string;
  /** The answers its conditions read, as given. Empty when it is for other activity classes only. */
  answers: { fact: string; value: number | string | boolean }[];
  /** The single yes/no answer that brings it into the plan, when there is one. */
  addWith: { fact: string; value: true } | null;
  /** No answer brings it in: the guide lists it for other classes of the sector. */
  otherClass: boolean;
  /** The guide pre-answers this for the industry by law, and the profile answered otherwise. */
  expected: { fact: string; reason: Localized; legalBasis: LegalRef[] } | null;
}

/** The facts a condition reads. */
export function factsIn(c: Condition, out = new Set<string>()): Set<string> {
  if ('all' in c) c.all.forEach((x) => factsIn(x, out));
  else if ('any' in c) c.any.forEach((x) => factsIn(x, out));
  else if ('not' in c) factsIn(c.not, out);
  else if ('fact' in c) out.add(c.fact);
  return out;
}

/** The values a condition compares a fact with, and neighbours (so "gt 0" meets 1). */
function candidates(c: Condition, fact: string, out: (number | string | boolean)[] = []): (number | string | boolean)[] {
  if ('all' in c) c.all.forEach((x) => candidates(x, fact, out));
  else if ('any' in c) c.any.forEach((x) => candidates(x, fact, out));
  else if ('not' in c) candidates(c.not, fact, out);
  else if ('fact' in c && c.fact === fact) {
    if (Array.isArray(c.value)) out.push(...c.value);
    else if (typeof c.value === 'number') out.push(c.value, c.value + 1, Math.max(0, c.value - 1));
    else if (typeof c.value === 'boolean') out.push(true, false);
    else out.push(c.value, `not-${c.value}`);
  }
  return out;
}

/** Whether some answers to the facts it reads make the condition hold (bounded search). */
function satisfiable(c: Condition, facts: Facts, scian: string): boolean {
  const names = [...factsIn(c)];
  const options = names.map((f) => [...new Set([facts[f]!, ...candidates(c, f)])]);
  if (options.reduce((n, o) => n * o.length, 1) > 4096) return true; // too many to try: assume some answer does
  const trial = { ...facts };
  const go = (i: number): boolean => {
    if (i === names.length) return evaluate(c, trial, scian);
    for (const v of options[i]!) {
      trial[names[i]!] = v;
      if (go(i + 1)) return true;
    }
    return false;
  };
  return go(0);
}

export function sectorGaps(view: CatalogueView, profile: Profile, inPlan: Set<string>): SectorGap[] {
  const facts = factsOf(profile);
  const out: SectorGap[] = [];
  const seen = new Set<string>();
  for (const sector of view.sectors.values()) {
    if (!sector.scian.includes(profile.scian)) continue;
    const presets = sector.presets.filter((p) => !p.scianIn.length || p.scianIn.some((x) => profile.scian.startsWith(x)));
    for (const id of sector.procedures) {
      if (inPlan.has(id) || seen.has(id)) continue;
      const p: Procedure | undefined = view.procedure(id);
      if (!p || !view.appliesInState(p, profile.state)) continue;
      seen.add(id);
      const read = [...factsIn(p.appliesWhen)];
      const otherClass = !satisfiable(p.appliesWhen, facts, profile.scian);
      const flip = otherClass
        ? undefined
        : read.find((f) => facts[f] === false && evaluate(p.appliesWhen, { ...facts, [f]: true }, profile.scian));
      const preset = presets.find((pr) => read.includes(pr.fact) && facts[pr.fact] !== pr.value);
      out.push({
        procedure: id,
        sector: sector.slug,
        answers: read.map((f) => ({ fact: f, value: facts[f]! })),
        addWith: flip ? { fact: flip, value: true } : null,
        otherClass,
        expected: preset ? { fact: preset.fact, reason: preset.reason, legalBasis: preset.legalBasis } : null,
      });
    }
  }
  // What the law says applies first, then what one answer brings in, then the rest.
  const rank = (g: SectorGap) => (g.expected ? 0 : g.addWith ? 1 : g.otherClass ? 3 : 2);
  return out.sort((a, b) => rank(a) - rank(b));
}
