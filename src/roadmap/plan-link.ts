/**
 * "Part of your plan" (issue 13, item 1): a plan's links to its procedures carry `?plan=<id>`, and the
 * procedure page links back. The id comes from the address bar, so it is only trusted as far as it
 * decodes to a valid profile whose plan really holds that procedure; anything else gives no link and
 * never an error (a stale or edited link still shows the procedure).
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Procedure } from '../catalogue/schema.ts';
import { pathFor, type Locale } from '../i18n/locale.ts';
import { buildPlan } from './engine.ts';
import { decodeRoadmapId } from './roadmap-id.ts';
import { scianClasses } from './validate.ts';

export const PLAN_PARAM = 'plan';

/** The id of a plan row, so the way back lands on the procedure's line. */
export const planRowId = (procedureId: string): string => `p-${procedureId}`;

/** A procedure's address from a plan: `/en/procedures/x?plan=r1…`. */
export const procedureInPlanHref = (locale: Locale, slug: string, planId: string): string =>
  `${pathFor({ page: 'procedure', slug }, locale)}?${PLAN_PARAM}=${encodeURIComponent(planId)}`;

export interface PlanBack {
  id: string;
  href: string;
  /** The procedures before and after it in the plan's order (required work only), with the plan kept. */
  previous?: { href: string; procedure: Procedure } | undefined;
  next?: { href: string; procedure: Procedure } | undefined;
}

/** The way back to the plan the procedure was reached from, or null when `id` is not one that holds it. */
export async function planBack(view: CatalogueView, locale: Locale, id: unknown, procedureId: string): Promise<PlanBack | null> {
  if (typeof id !== 'string') return null;
  const profile = decodeRoadmapId(id);
  if (!profile || !(await scianClasses()).has(profile.scian)) return null;
  const plan = buildPlan(view, profile);
  const held = plan.procedures.some((x) => x.procedure.id === procedureId) || plan.obligations.some((p) => p.id === procedureId);
  if (!held) return null;
  const order = plan.procedures.filter((x) => !x.optional).map((x) => x.procedure);
  const i = order.findIndex((p) => p.id === procedureId);
  const step = (p: Procedure | undefined) => (p ? { href: procedureInPlanHref(locale, p.slug, id), procedure: p } : undefined);
  return {
    id,
    href: `${pathFor({ page: 'plan', id }, locale)}#${planRowId(procedureId)}`,
    previous: i > 0 ? step(order[i - 1]) : undefined,
    next: i >= 0 ? step(order[i + 1]) : undefined,
  };
}
