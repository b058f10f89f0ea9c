/** The error reports' only SQL. Parameterised; the address hash is never shown or audited. */
import type { Queryable } from '../db/client.ts';
import { REPORT_PAGE_SIZE, type ErrorReport } from './schema.ts';

interface Row {
  id: string;
  reference: string;
  procedure_id: string;
  step_number: number | null;
  message: string;
  contact_email: string | null;
  locale: 'es' | 'en';
  status: 'open' | 'resolved';
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | string | null;
  created_at: Date | string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const toReport = (r: Row): ErrorReport => ({
  id: r.id,
  reference: r.reference,
  procedureId: r.procedure_id,
  stepNumber: r.step_number,
  message: r.message,
  contactEmail: r.contact_email,
  locale: r.locale,
  status: r.status,
  resolutionNote: r.resolution_note,
  resolvedBy: r.resolved_by,
  resolvedByName: r.resolved_by_name,
  resolvedAt: iso(r.resolved_at),
  createdAt: iso(r.created_at)!,
});

const SELECT = `SELECT e.id, e.reference, e.procedure_id, e.step_number, e.message, e.contact_email, e.locale, e.status,
  e.resolution_note, e.resolved_by, a.display_name AS resolved_by_name, e.resolved_at, e.created_at
  FROM error_report e LEFT JOIN staff_account a ON a.id = e.resolved_by`;

export async function insertReport(
  tx: Queryable,
  r: { reference: string; procedureId: string; stepNumber: number | null; message: string; contactEmail: string | null; locale: string; ipHash: string },
): Promise<ErrorReport> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO error_report (reference, procedure_id, step_number, message, contact_email, locale, ip_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.reference, r.procedureId, r.stepNumber, r.message, r.contactEmail, r.locale, r.ipHash],
  );
  return (await findReport(tx, row!.id))!;
}

/** Reports sent today from one address (the hash already includes the day). */
/** Serialises report intake per address until the transaction ends (the lock space 727002 is ours). */
export async function lockAddress(tx: Queryable, ipHash: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(727002, hashtext($1))', [ipHash]);
}

export async function countByAddress(tx: Queryable, ipHash: string): Promise<number> {
  const [row] = await tx.query<{ n: string }>('SELECT count(*) AS n FROM error_report WHERE ip_hash = $1', [ipHash]);
  return Number(row!.n);
}

export async function referenceTaken(tx: Queryable, reference: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM error_report WHERE reference = $1', [reference])).length > 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findReport(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<ErrorReport | null> {
  if (!UUID.test(id)) return null;
  const rows = await db.query<Row>(`${SELECT} WHERE e.id = $1${opts.forUpdate ? ' FOR UPDATE OF e' : ''}`, [id]);
  return rows[0] ? toReport(rows[0]) : null;
}

/**
 * One page of reports, newest first. `procedures`: the only procedures the
 * person may see reports of (null = all); the policy decides it, not SQL.
 */
export async function listReports(db: Queryable, q: { status?: string | undefined; procedures: string[] | null; page: number }): Promise<{ items: ErrorReport[]; hasNext: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (q.status) where.push(`e.status = ${p(q.status)}`);
  if (q.procedures) where.push(`e.procedure_id = ANY(${p(q.procedures)}::text[])`);
  const rows = await db.query<Row>(
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.created_at DESC, e.id DESC LIMIT ${p(REPORT_PAGE_SIZE + 1)} OFFSET ${p((q.page - 1) * REPORT_PAGE_SIZE)}`,
    params,
  );
  return { items: rows.slice(0, REPORT_PAGE_SIZE).map(toReport), hasNext: rows.length > REPORT_PAGE_SIZE };
}

export async function markResolved(tx: Queryable, id: string, by: string, note: string): Promise<void> {
  await tx.query(`UPDATE error_report SET status = 'resolved', resolution_note = $2, resolved_by = $3, resolved_at = now() WHERE id = $1`, [id, note, by]);
}

/** A server secret, created at first use (the same value for every process sharing the database). */
export async function siteSecret(db: Queryable, name: string, fresh: string): Promise<string> {
  await db.query('INSERT INTO site_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, fresh]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM site_secret WHERE name = $1', [name]);
  return row!.value;
}
