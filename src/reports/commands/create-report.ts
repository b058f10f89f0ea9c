/**
 * A visitor reports an error on a procedure (or one of its steps): one row
 * and its audit event, in one transaction, under a per-address daily cap.
 * The audit event leaves out the contact e-mail: the trail is append-only
 * forever, personal data must stay erasable in the report row.
 */
import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { ANONYMOUS } from '../../accounts/commands/context.ts';
import { addressHash } from '../address.ts';
import { countByAddress, insertReport, lockAddress, referenceTaken } from '../queries.ts';
import type { ErrorReport } from '../schema.ts';

export interface CreateReportInput {
  procedureId: string;
  stepNumber: number | null;
  message: string;
  contactEmail: string | null;
  locale: 'es' | 'en';
  ip: string;
}

/** The address sent its daily allowance of reports. */
export class ReportLimitError extends Error {}

// Crockford-like: no I, L, O, U (read aloud or copied by hand without confusion).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newReference = () => `R-${Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;

export async function createReport(db: Db, input: CreateReportInput, opts: { dailyLimit: number; requestId?: string | null }): Promise<ErrorReport> {
  return db.transaction(async (tx) => {
    const ipHash = await addressHash(tx, input.ip);
    // Count-then-insert must not interleave between processes (issue 9, finding 9): reports from
    // one address take turns, under a transaction-scoped lock on the address's hash.
    await lockAddress(tx, ipHash);
    if ((await countByAddress(tx, ipHash)) >= opts.dailyLimit) throw new ReportLimitError('daily report limit reached');
    let reference = newReference();
    while (await referenceTaken(tx, reference)) reference = newReference(); // 32^8 ≈ 10^12: practically never loops
    const report = await insertReport(tx, { ...input, reference, ipHash });
    await recordAudit(tx, {
      actor: ANONYMOUS,
      action: 'error-report.created',
      entityType: 'error-report',
      entityId: report.id,
      after: { reference, procedureId: report.procedureId, stepNumber: report.stepNumber, locale: report.locale, message: report.message, hasContact: report.contactEmail !== null },
      requestId: opts.requestId ?? null,
    });
    return report;
  });
}
