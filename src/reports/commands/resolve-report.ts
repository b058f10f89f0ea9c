/**
 * Staff resolve a report with a note: editors and reviewers any, a state
 * officer only those on their states' procedures (the policy's `within`).
 * A reporter who left an address gets the note by e-mail, in the language
 * they reported in, queued in the same transaction (sent only if it commits).
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorize, type Actor, type Resource } from '../../accounts/policies.ts';
import type { AuditActor } from '../../audit/record.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { HttpError } from '../../http/errors.ts';
import { pathFor } from '../../i18n/locale.ts';
import { queueMail } from '../../mail/outbox.ts';
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

export async function resolveReport(db: Db, ctx: ReportCtx, view: CatalogueView, input: { reportId: string; note: string; publicUrl: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const report = await findReport(tx, input.reportId, { forUpdate: true });
    if (!report) throw new HttpError(404, 'not_found', 'report not found');
    const resource = reportResource(view, report.procedureId);
    authorize(ctx.who, 'read', resource, { hide: true });
    authorize(ctx.who, 'resolve', resource);
    if (report.status === 'resolved') throw new AlreadyResolvedError('already resolved');
    const note = input.note.trim();
    await markResolved(tx, report.id, ctx.who.id, note);
    if (report.contactEmail) {
      const p = view.procedure(report.procedureId);
      const l = report.locale;
      await queueMail(tx, {
        to: report.contactEmail,
        locale: l,
        template: 'reportResolved',
        params: {
          reference: report.reference,
          procedure: p?.title[l] ?? report.procedureId,
          note,
          link: `${input.publicUrl}${p ? `${pathFor({ page: 'procedure', slug: p.slug }, l)}#history-h` : pathFor({ page: 'procedures' }, l)}`,
        },
      });
    }
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'error-report.resolved',
      entityType: 'error-report',
      entityId: report.id,
      before: { reference: report.reference, status: 'open' },
      after: { reference: report.reference, status: 'resolved', note, reporterNotified: report.contactEmail !== null },
      requestId: ctx.requestId,
    });
  });
}
