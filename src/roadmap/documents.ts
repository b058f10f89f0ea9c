/**
 * The plan's checklist: one entry per real document (issue 10, item 6). Identity is, in order: the
 * procedure that produces it (and, when that procedure produces several, the output the name matches
 * best); the document registry (content/documents.ts) for documents brought from outside; else the
 * name itself. A requirement asked only of some investors (`appliesWhen`, e.g. a branch's documents)
 * is left out for the others.
 */
import type { Localized, Procedure, Requirement } from '../catalogue/schema.ts';
import { documentRegistry } from '../catalogue/content/documents.ts';
import { evaluate, type Facts } from './conditions.ts';

export interface PlanDocument {
  /** Stable identity: `from:<procedure>[#n]`, `doc:<registry id>` or `name:<normalised name>`. */
  id: string;
  name: Localized;
  /** Every name under which procedures of the plan ask for it (Spanish, as written), when more than one. */
  askedAs: string[];
  /** Procedures (in the plan) that ask for it. */
  neededBy: string[];
  /** The procedure that produces it, if known; `inPlan` when that procedure is part of this plan. */
  producedBy: string | null;
  inPlan: boolean;
}

export const normalise = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s: string) => new Set(normalise(s).split(/[^a-z0-9.]+/).filter((w) => w.length > 3));

const registryByName = new Map(documentRegistry.flatMap((d) => d.askedAs.map((n) => [normalise(n), d] as const)));

/** The output of `producer` a requirement name refers to: the one sharing most words (ties: the first). */
function outputIndex(producer: Procedure, name: string): number {
  if (producer.outputs.length < 2) return 0;
  const w = words(name);
  let best = 0;
  let bestScore = -1;
  producer.outputs.forEach((o, i) => {
    const score = [...words(o.es)].filter((x) => w.has(x)).length;
    if (score > bestScore) (best = i), (bestScore = score);
  });
  return best;
}

function identify(r: Requirement, procedure: (id: string) => Procedure | undefined): { id: string; name: Localized } {
  const producer = r.producedBy ? procedure(r.producedBy) : undefined;
  if (producer) {
    const i = outputIndex(producer, r.name.es);
    return { id: `from:${producer.id}${i ? `#${i}` : ''}`, name: producer.outputs[i]! };
  }
  const known = registryByName.get(normalise(r.name.es));
  if (known) return { id: `doc:${known.id}`, name: known.name };
  return { id: `name:${normalise(r.name.es)}`, name: r.name };
}

export function mergeDocuments(procs: Procedure[], inPlan: Set<string>, facts: Facts, scian: string, procedure: (id: string) => Procedure | undefined): PlanDocument[] {
  const docs = new Map<string, PlanDocument & { asked: Set<string> }>();
  for (const p of procs) {
    for (const step of p.steps) {
      for (const r of step.requirements) {
        if (r.appliesWhen && !evaluate(r.appliesWhen, facts, scian)) continue;
        const { id, name } = identify(r, procedure);
        let d = docs.get(id);
        if (!d) docs.set(id, (d = { id, name, askedAs: [], neededBy: [], producedBy: r.producedBy ?? null, inPlan: false, asked: new Set() }));
        d.asked.add(r.name.es);
        if (!d.neededBy.includes(p.id)) d.neededBy.push(p.id);
      }
    }
  }
  return [...docs.values()].map(({ asked, ...d }) => ({ ...d, askedAs: asked.size > 1 ? [...asked] : [], inPlan: d.producedBy !== null && inPlan.has(d.producedBy) }));
}
