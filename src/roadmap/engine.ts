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
import { effectiveRisk, factsOf, type Profile } from './profile.ts';
import { dependenciesOf } from '../catalogue/dependencies.ts';
import { addBusinessDays, nextBusinessDay, onOrAfterBusinessDay, todayInMexicoCity } from '../calendar/business-days.ts';
import { schedule, type Scheduled } from './schedule.ts';
import { mergeDocuments, type PlanDocument } from './documents.ts';
import { sectorGaps, type SectorGap } from './sector-gaps.ts';
import { timed } from '../metrics/process.ts';

export type { PlanDocument } from './documents.ts';

export interface DateRange {
  earliest: string;
  latest: string;
}

export interface PlannedProcedure {
  procedure: Procedure;
  after: string[];
  start: Scheduled['start'];
  end: Scheduled['end'];
  duration: { min: number; max: number };
  cost: Range;
  critical: boolean;
  /** Recommended, not required: never on the critical path nor in the required totals. */
  optional: boolean;
  /** The other ways to the same result (its alternative group) that this profile does not take. */
  insteadOf: string[];
  /** Calendar dates (business days from the plan's start date). */
  startDate: DateRange;
  endDate: DateRange;
}


export interface Plan {
  profile: Profile;
  revision: number;
  /** Day 0 of the plan: the investor's start date moved to a business day, or the next business day. */
  startDate: string;
  procedures: PlannedProcedure[];
  obligations: Procedure[];
  /** Required procedures only. */
  criticalPath: string[];
  totals: {
    /** Required procedures. */
    costMXN: Range;
    durationDays: { min: number; max: number };
    endDate: DateRange;
    /** Recommended (optional) procedures, apart. */
    recommendedCostMXN: Range;
  };
  documents: PlanDocument[];
  /** Procedures the sector guides of this activity list that the plan leaves out, and the answers that did. */
  sectorGaps: SectorGap[];
  foreignInvestment: FdiResult;
  phases: Phase[];
  /** Answers the plan assumed (e.g. the activity's risk level when the investor did not say). */
  assumptions: { risk: { value: string; derived: boolean } };
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

/**
 * Keeps one procedure per alternative group (the lowest rank among those whose conditions hold)
 * and returns, for each kept one, the group's other members that apply in the state.
 */
function resolveAlternatives(view: CatalogueView, selected: Procedure[], state: string): { kept: Procedure[]; insteadOf: Map<string, string[]> } {
  const chosen = new Map<string, Procedure>();
  for (const p of selected) {
    if (!p.alternative) continue;
    const current = chosen.get(p.alternative.group);
    if (!current || p.alternative.rank < current.alternative!.rank) chosen.set(p.alternative.group, p);
  }
  const insteadOf = new Map<string, string[]>();
  for (const [group, p] of chosen) {
    insteadOf.set(p.id, view.procedures.filter((q) => q.alternative?.group === group && q.id !== p.id && view.appliesInState(q, state)).map((q) => q.id));
  }
  return { kept: selected.filter((p) => !p.alternative || chosen.get(p.alternative.group) === p), insteadOf };
}

export function buildPlan(view: CatalogueView, profile: Profile, today = todayInMexicoCity()): Plan {
  return timed('roadmap', () => planOf(view, profile, today));
}

function planOf(view: CatalogueView, profile: Profile, today: string): Plan {
  const { kept, insteadOf } = resolveAlternatives(view, selectProcedures(view, profile), profile.state);
  const oneTime = kept.filter((p) => !p.recurrence);
  const obligations = kept.filter((p) => p.recurrence);
  const inPlan = new Set(oneTime.map((p) => p.id));
  const optional = new Set(oneTime.filter((p) => p.optional).map((p) => p.id));
  const memo = new Map<string, string[]>();
  // Phase first, so the topological order reads constitution → construction → operation where the DAG allows.
  oneTime.sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase));
  const tasks = oneTime.map((p) => {
    // A procedure waits for its prerequisites and for the procedures that produce the documents it
    // needs (issue 10, item 1) — but required work never waits for recommended work.
    const producers = dependenciesOf(p).filter((d) => d.because !== 'prerequisite' && inPlan.has(d.on)).map((d) => d.on);
    const after = [...new Set([...predecessorsInPlan(p, view, inPlan, memo), ...producers])].filter((q) => optional.has(p.id) || !optional.has(q));
    return { id: p.id, duration: durationOf(view, p), after };
  });
  const sched = schedule(tasks);
  // The critical path and the required totals come from the required work alone.
  const required = schedule(tasks.filter((t) => !optional.has(t.id)));
  const critical = new Set(required.criticalPath);
  const byId = new Map(oneTime.map((p) => [p.id, p]));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const startDate = profile.startDate ? onOrAfterBusinessDay(profile.startDate) : nextBusinessDay(today);
  const dayOf = (n: number) => addBusinessDays(startDate, n);
  // A task of d days that starts on day s occupies days s … s+d−1 (a same-day task ends the day it starts).
  const lastDay = (start: number, end: number) => dayOf(Math.max(start, end - 1));
  const procedures = sched.order.map((s) => {
    const p = byId.get(s.id)!;
    return {
      procedure: p,
      after: taskById.get(s.id)!.after,
      start: s.start,
      end: s.end,
      duration: taskById.get(s.id)!.duration,
      cost: view.totalsOf(p).costMXN,
      critical: critical.has(s.id),
      optional: optional.has(s.id),
      insteadOf: insteadOf.get(s.id) ?? [],
      startDate: { earliest: dayOf(s.start.min), latest: dayOf(s.start.max) },
      endDate: { earliest: lastDay(s.start.min, s.end.min), latest: lastDay(s.start.max, s.end.max) },
    };
  });
  const sum = (xs: PlannedProcedure[]) =>
    xs.reduce<Range>((acc, x) => ({ min: acc.min + x.cost.min, max: acc.max === null || x.cost.max === null ? null : acc.max + x.cost.max }), { min: 0, max: 0 });
  const cost = sum(procedures.filter((x) => !x.optional));
  const recommended = sum(procedures.filter((x) => x.optional));
  const lastRequired = procedures.filter((x) => !x.optional);
  return {
    profile,
    revision: view.revision,
    startDate,
    procedures,
    obligations,
    criticalPath: required.criticalPath,
    totals: {
      costMXN: { min: round1(cost.min), max: cost.max === null ? null : round1(cost.max) },
      durationDays: required.duration,
      endDate: {
        earliest: lastRequired.length ? lastRequired.map((x) => x.endDate.earliest).sort().at(-1)! : startDate,
        latest: lastRequired.length ? lastRequired.map((x) => x.endDate.latest).sort().at(-1)! : startDate,
      },
      recommendedCostMXN: { min: round1(recommended.min), max: recommended.max === null ? null : round1(recommended.max) },
    },
    documents: mergeDocuments(oneTime, inPlan, factsOf(profile), profile.scian, (id) => view.procedure(id)),
    sectorGaps: sectorGaps(view, profile, new Set([...kept.map((p) => p.id), ...[...insteadOf.values()].flat()])),
    foreignInvestment: checkForeignInvestment(profile),
    phases: PHASE_ORDER.filter((ph) => oneTime.some((p) => p.phase === ph)),
    assumptions: { risk: { value: effectiveRisk(profile), derived: profile.risk === 'unknown' } },
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Whole business days (a part-day still takes the day: never "21.4"). */
function durationOf(view: CatalogueView, p: Procedure): { min: number; max: number } {
  const d = view.totalsOf(p).durationDays;
  return { min: Math.ceil(d.min), max: Math.ceil(d.max ?? d.min) };
}
