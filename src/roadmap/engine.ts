/**
 * The roadmap engine: selects the procedures whose conditions match the
 * profile, orders them by their prerequisites, schedules them (min/max business
 * days), finds the critical path, adds up costs and merges the documents.
 */
import type { Localized, Phase, Procedure } from '../catalogue/schema.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Range } from '../catalogue/totals.ts';
import { checkForeignInvestment, type FdiResult } from '../legal/check.ts';
import { evaluate } from './conditions.ts';
import { factsOf, type Profile } from './profile.ts';
import { schedule, type Scheduled } from './schedule.ts';

export interface PlannedProcedure {
  procedure: Procedure;
  after: string[];
  start: Scheduled['start'];
  end: Scheduled['end'];
  duration: { min: number; max: number };
  cost: Range;
  critical: boolean;
}

export interface PlanDocument {
  name: Localized;
  /** Procedures (in the plan) that ask for it. */
  neededBy: string[];
  /** The procedure that produces it, if known; `inPlan` when that procedure is part of this plan. */
  producedBy: string | null;
  inPlan: boolean;
}

export interface Plan {
  profile: Profile;
  revision: number;
  procedures: PlannedProcedure[];
  obligations: Procedure[];
  criticalPath: string[];
  totals: { costMXN: Range; durationDays: { min: number; max: number } };
  documents: PlanDocument[];
  foreignInvestment: FdiResult;
  phases: Phase[];
}

const PHASE_ORDER: Phase[] = ['constitution', 'construction', 'operation'];

export function selectProcedures(view: CatalogueView, profile: Profile): Procedure[] {
  const facts = factsOf(profile);
  return view.procedures.filter((p) => view.appliesInState(p, profile.state) && evaluate(p.appliesWhen, facts, profile.scian));
}

/**
 * The direct predecessors of p inside the plan: a prerequisite that does not
 * apply is skipped, but its own prerequisites still order p (transitively).
 */
function predecessorsInPlan(p: Procedure, view: CatalogueView, selected: Set<string>, memo: Map<string, string[]>): string[] {
  const cached = memo.get(p.id);
  if (cached) return cached;
  memo.set(p.id, []); // cycle guard; the catalogue validator forbids cycles anyway
  const out = new Set<string>();
  for (const q of p.prerequisites) {
    if (selected.has(q)) out.add(q);
    else {
      const qp = view.procedure(q);
      if (qp) for (const x of predecessorsInPlan(qp, view, selected, memo)) out.add(x);
    }
  }
  const list = [...out];
  memo.set(p.id, list);
  return list;
}

export function buildPlan(view: CatalogueView, profile: Profile): Plan {
  const selected = selectProcedures(view, profile);
  const oneTime = selected.filter((p) => !p.recurrence);
  const obligations = selected.filter((p) => p.recurrence);
  const inPlan = new Set(oneTime.map((p) => p.id));
  const memo = new Map<string, string[]>();
  // Phase first, so the topological order reads constitution → construction → operation where the DAG allows.
  oneTime.sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase));
  const tasks = oneTime.map((p) => ({ id: p.id, duration: durationOf(view, p), after: predecessorsInPlan(p, view, inPlan, memo) }));
  const sched = schedule(tasks);
  const critical = new Set(sched.criticalPath);
  const byId = new Map(oneTime.map((p) => [p.id, p]));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const procedures = sched.order.map((s) => {
    const p = byId.get(s.id)!;
    return { procedure: p, after: taskById.get(s.id)!.after, start: s.start, end: s.end, duration: taskById.get(s.id)!.duration, cost: view.totalsOf(p).costMXN, critical: critical.has(s.id) };
  });
  const cost = procedures.reduce<Range>(
    (acc, x) => ({ min: acc.min + x.cost.min, max: acc.max === null || x.cost.max === null ? null : acc.max + x.cost.max }),
    { min: 0, max: 0 },
  );
  return {
    profile,
    revision: view.revision,
    procedures,
    obligations,
    criticalPath: sched.criticalPath,
    totals: { costMXN: { min: round1(cost.min), max: cost.max === null ? null : round1(cost.max) }, durationDays: sched.duration },
    documents: mergeDocuments(oneTime, inPlan),
    foreignInvestment: checkForeignInvestment(profile),
    phases: PHASE_ORDER.filter((ph) => oneTime.some((p) => p.phase === ph)),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function durationOf(view: CatalogueView, p: Procedure): { min: number; max: number } {
  const d = view.totalsOf(p).durationDays;
  return { min: d.min, max: d.max ?? d.min };
}

/** One checklist entry per distinct document (by Spanish name, accent- and case-insensitive). */
function mergeDocuments(procs: Procedure[], inPlan: Set<string>): PlanDocument[] {
  const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const docs = new Map<string, PlanDocument & { seen: Set<string> }>();
  for (const p of procs) {
    for (const step of p.steps) {
      for (const r of step.requirements) {
        const k = key(r.name.es);
        let d = docs.get(k);
        if (!d) docs.set(k, (d = { name: r.name, neededBy: [], producedBy: r.producedBy ?? null, inPlan: false, seen: new Set() }));
        if (!d.seen.has(p.id)) d.seen.add(p.id), d.neededBy.push(p.id);
        if (!d.producedBy && r.producedBy) d.producedBy = r.producedBy;
      }
    }
  }
  return [...docs.values()].map(({ seen: _seen, ...d }) => ({ ...d, inPlan: d.producedBy !== null && inPlan.has(d.producedBy) }));
}
