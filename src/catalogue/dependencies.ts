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
