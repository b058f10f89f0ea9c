/**
 * Roadmap suite: time to compute a plan against catalogue size (50, 500, 5 000
 * synthetic procedures, prerequisites among earlier ones, conditions as data).
 * The baseline is the 50-procedure catalogue in the same run: growth is read
 * as time ratio against size ratio (linear growth ≈ equal ratios).
 */
import { CatalogueView } from '../src/catalogue/read-model.ts';
import type { Condition, Procedure } from '../src/catalogue/schema.ts';
import { seedView } from '../tests/helpers/catalogue.ts';
import { buildPlan } from '../src/roadmap/engine.ts';
import { Profile } from '../src/roadmap/profile.ts';

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticView(n: number): CatalogueView {
  const real = seedView();
  const template = real.procedures;
  const rand = rng(n);
  const conditions: Condition[] = [
    { always: true },
    { fact: 'employees', op: 'gt', value: 0 },
    { fact: 'imports', op: 'eq', value: true },
    { any: [{ fact: 'foreignPct', op: 'gt', value: 0 }, { fact: 'entry', op: 'eq', value: 'branch' }] },
    { scianIn: ['33'] },
    { fact: 'facility', op: 'in', value: ['build', 'adapt'] },
  ];
  const procedures: Procedure[] = Array.from({ length: n }, (_, i) => {
    const base = template[i % template.length]!;
    const prereqs = i === 0 ? [] : [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => `p${Math.floor(rand() * i)}`))];
    return { ...base, id: `p${i}`, slug: `p${i}`, prerequisites: prereqs, appliesWhen: conditions[Math.floor(rand() * conditions.length)]!, states: [], recurrence: undefined };
  });
  return new CatalogueView({
    revision: 1,
    procedures,
    authorities: [...real.authorities.values()],
    offices: [...real.offices.values()],
    laws: [...real.laws.values()],
    sectors: [],
    states: [...real.states.values()],
    certifications: [],
    procedureMeta: new Map(),
  });
}

export interface RoadmapRow {
  size: number;
  planned: number;
  medianMs: number;
  p99Ms: number;
}

export function roadmapSuite(): RoadmapRow[] {
  const profile = Profile.parse({ scian: '339112', state: '02', foreignPct: 100, employees: 300, imports: true, facility: 'build' });
  return [50, 500, 5000].map((size) => {
    const view = syntheticView(size);
    const runs = size >= 5000 ? 60 : 400;
    for (let i = 0; i < 20; i++) buildPlan(view, profile); // warm-up (JIT)
    const times: number[] = [];
    let planned = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      planned = buildPlan(view, profile).procedures.length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { size, planned, medianMs: times[Math.floor(times.length / 2)]!, p99Ms: times[Math.floor(times.length * 0.99)]! };
  });
}
