/**
 * Compare states (issue 10, item 8): the same profile planned in 2–4 states, side by side. Each column
 * is a whole plan (so its figures are the plan's own, not a separate estimate) plus the state's
 * payroll tax and investor desk.
 */
import { z } from 'zod';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Procedure } from '../catalogue/schema.ts';
import { buildPlan, type Plan } from './engine.ts';
import { encodeRoadmapId } from './roadmap-id.ts';
import type { Profile } from './profile.ts';
import type { FieldError } from './validate.ts';

export const MIN_STATES = 2;
export const MAX_STATES = 4;
const STATE_CODE = /^(0[1-9]|[12]\d|3[0-2])$/;

export interface StateColumn {
  state: string;
  id: string;
  plan: Plan;
  /** Required procedures (recommended ones apart). */
  required: number;
  recommended: number;
  /** Required procedures with a cost still to be confirmed: the total leaves them out or is a floor. */
  costsToConfirm: number;
}

/** The distinct state codes asked for, or the errors (field `states`). */
export function parseStates(raw: unknown): { ok: true; states: string[] } | { ok: false; errors: FieldError[] } {
  const list = (Array.isArray(raw) ? raw : raw === undefined || raw === '' ? [] : [raw]).map((x) => String(x ?? '').trim()).filter(Boolean);
  const bad = list.find((c) => !STATE_CODE.test(c));
  if (bad !== undefined) return { ok: false, errors: [{ field: 'states', message: 'must be INEGI state codes 01–32' }] };
  const states = [...new Set(list)];
  if (states.length < MIN_STATES || states.length > MAX_STATES) return { ok: false, errors: [{ field: 'states', message: `must list ${MIN_STATES} to ${MAX_STATES} different states` }] };
  return { ok: true, states };
}

const costUnsettled = (p: Procedure) => p.steps.some((s) => s.costs.some((c) => c.unverified));

export function compareStates(view: CatalogueView, profile: Profile, states: string[], today?: string): StateColumn[] {
  return states.map((state) => {
    const p = { ...profile, state };
    const plan = buildPlan(view, p, today);
    const required = plan.procedures.filter((x) => !x.optional);
    return {
      state,
      id: encodeRoadmapId(p),
      plan,
      required: required.length,
      recommended: plan.procedures.length - required.length,
      costsToConfirm: required.filter((x) => costUnsettled(x.procedure)).length,
    };
  });
}

/** The API body: a profile (its `state` optional: the first compared state) and the states. */
export const CompareRequest = z
  .object({
    profile: z.record(z.string(), z.unknown(), { error: 'must be an object' }),
    states: z.array(z.string(), { error: 'must be a list of state codes' }),
    lang: z.enum(['es', 'en'], { error: 'is not one of the options' }).default('es'),
  })
  .strict();
