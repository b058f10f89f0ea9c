/**
 * What a procedure waits for: its declared prerequisites and the procedures that produce the
 * documents its steps require (Requirement.producedBy). The roadmap schedules by these edges and
 * the validator refuses a catalogue where they form a cycle (issue 10, item 1).
 */
import type { Procedure } from './schema.ts';

export interface Dependency {
  on: string;
  /** 'prerequisite', or the Spanish name of the document that the other procedure produces. */
  because: 'prerequisite' | { document: string };
}

export function dependenciesOf(p: Pick<Procedure, 'id' | 'prerequisites' | 'steps'>): Dependency[] {
  const out = new Map<string, Dependency>();
  for (const q of p.prerequisites) out.set(q, { on: q, because: 'prerequisite' });
  for (const s of p.steps) {
    for (const r of s.requirements) {
      if (r.producedBy && r.producedBy !== p.id && !out.has(r.producedBy)) out.set(r.producedBy, { on: r.producedBy, because: { document: r.name.es } });
    }
  }
  return [...out.values()];
}

const PHASE_RANK = { constitution: 0, construction: 1, operation: 2 } as const;
const LEVEL_RANK = { federal: 0, state: 1, municipal: 2 } as const;

/**
 * Procedures in the order an investor meets them (issue 13, item 5): every procedure after those it
 * depends on (within the list), and among those free to come next, by phase (constitution,
 * construction, operation), then level, then the one more others wait on, then id. Stable and total; a dependency on a procedure not in
 * the list is ignored. The catalogue has no cycles (the validator refuses them).
 */
export function inOrder<P extends Pick<Procedure, 'id' | 'prerequisites' | 'steps' | 'phase' | 'level'>>(list: readonly P[]): P[] {
  const ids = new Set(list.map((p) => p.id));
  const waits = new Map(list.map((p) => [p.id, new Set(dependenciesOf(p).map((d) => d.on).filter((d) => ids.has(d) && d !== p.id))]));
  // How many procedures of the list wait, directly or not, on each one: what unlocks more comes first.
  const unlocks = new Map<string, number>();
  const reach = (id: string, seen: Set<string>): Set<string> => {
    for (const [other, deps] of waits) if (deps.has(id) && !seen.has(other)) reach(other, seen.add(other));
    return seen;
  };
  for (const p of list) unlocks.set(p.id, reach(p.id, new Set()).size);
  const before = (a: P, b: P) =>
    PHASE_RANK[a.phase] - PHASE_RANK[b.phase] || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || unlocks.get(b.id)! - unlocks.get(a.id)! || a.id.localeCompare(b.id);
  const out: P[] = [];
  const placed = new Set<string>();
  let left = [...list];
  while (left.length) {
    const ready = left.filter((p) => [...waits.get(p.id)!].every((d) => placed.has(d)));
    // A cycle cannot happen in a validated catalogue; were one to slip in, the rest keep the plain order.
    const next = (ready.length ? ready : left).sort(before)[0]!;
    out.push(next);
    placed.add(next.id);
    left = left.filter((p) => p !== next);
  }
  return out;
}
