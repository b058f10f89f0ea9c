/**
 * Retention of personal data (issue 11, item 7; personal-data law of DOF 20-03-2025): closed cases
 * older than their team's period (`desk_team.retention_days`), or `DESK_RETENTION_DAYS` for cases of
 * no team or a team without one, lose the requester's name, e-mail, organisation, details and
 * message texts (the folio, the desk's answers and the figures stay); resolved error reports older
 * than the same period lose the reporter's e-mail; daily address counters older than two days go.
 * One run at a time across processes: a transaction-scoped advisory lock taken with try — a process
 * that finds it taken skips the run (another is doing it); every run is idempotent.
 */
import { periodic } from '../db/periodic.ts';
import type { Db } from '../db/client.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.ts';
import { findCase } from './queries.ts';
import { eraseCase } from './commands/conversation.ts';

export interface RetentionResult {
  ran: boolean;
  cases: number;
  reports: number;
}

const BATCH = 500;

export async function runRetention(db: Db, opts: { days: number; now?: Date }): Promise<RetentionResult> {
  const now = opts.now ?? new Date();
  const cutoff = new Date(now.getTime() - opts.days * 86_400_000).toISOString();
  return db.transaction(async (tx) => {
    const [lock] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock(727005, 1) AS ok');
    if (!lock?.ok) return { ran: false, cases: 0, reports: 0 };
    const due = await tx.query<{ id: string }>(
      `SELECT c.id FROM desk_case c LEFT JOIN desk_team t ON t.id = c.team_id
        WHERE c.status = 'closed' AND c.anonymised_at IS NULL
          AND c.closed_at < $1::timestamptz - make_interval(days => COALESCE(t.retention_days, $2::integer))
        ORDER BY c.closed_at LIMIT ${BATCH}`,
      [now.toISOString(), opts.days],
    );
    for (const { id } of due) await eraseCase(tx, (await findCase(tx, id))!, SYSTEM_ACTOR, 'retention', null);
    const reports = await tx.query<{ id: string }>(
      `UPDATE error_report SET contact_email = NULL WHERE status = 'resolved' AND resolved_at < $1 AND contact_email IS NOT NULL RETURNING id`,
      [cutoff],
    );
    if (reports.length) await recordAudit(tx, { actor: SYSTEM_ACTOR, action: 'error-report.contacts-erased', entityType: 'error-report', after: { count: reports.length, before: cutoff } });
    await tx.query(`DELETE FROM desk_address_count WHERE created_at < now() - interval '2 days'`);
    return { ran: true, cases: due.length, reports: reports.length };
  });
}

/** Runs retention now and then every `everyMs`; errors are reported, never thrown into the server. */
export function scheduleRetention(db: Db, days: number, onError: (err: unknown) => void, everyMs = 3_600_000): { stop(): Promise<void> } {
  return periodic(() => runRetention(db, { days }), { firstMs: 10_000, everyMs, onError });
}
