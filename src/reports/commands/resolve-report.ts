/**
 * Staff resolve a report with a note: editors and reviewers any, a state
 * officer only those on their states' procedures (the policy's `within`).
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorize, type Actor, type Resource } from '../../accounts/policies.ts';
import type { AuditActor } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { HttpError } from '../../http/errors.ts';
import { findReport, markResolved } from '../queries.ts';

export interface ReportCtx {
  actor: AuditActor;
  who: Actor;
  requestId: string | null;
}

export class AlreadyResolvedError extends Error {}

/** The policy resource of a report: the reach of its procedure. */
export function reportResource(view: CatalogueView, procedureId: string): Extract<Resource, { type: 'error-report' }> {
  const p = view.procedure(procedureId);
  return { type: 'error-report', level: p?.level ?? 'federal', states: p?.states ?? [] };
}

export async function resolveReport(db: Db, ctx: ReportCtx, view: CatalogueView, input: { reportId: string; note: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const report = await findReport(tx, input.reportId, { forUpdate: true });
    if (!report) throw new HttpError(404, 'not_found', 'report not found');
    const resource = reportResource(view, report.procedureId);
    authorize(ctx.who, 'read', resource, { hide: true });
    authorize(ctx.who, 'resolve', resource);
    if (report.status === 'resolved') throw new AlreadyResolvedError('already resolved');
    const note = input.note.trim();
    await markResolved(tx, report.id, ctx.who.id, note);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'error-report.resolved',
      entityType: 'error-report',
      entityId: report.id,
      before: { reference: report.reference, status: 'open' },
      after: { reference: report.reference, status: 'resolved', note },
      requestId: ctx.requestId,
    });
  });
}
