/** The mail domain's only SQL: the outbox table. */
import type { Queryable } from '../db/client.ts';

export interface OutboxMail {
  id: string;
  to: string;
  locale: string;
  template: string;
  subject: string;
  text: string | null;
  attempts: number;
  createdAt: string;
}

export async function insertMail(tx: Queryable, m: { to: string; locale: string; template: string; subject: string; text: string }): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    'INSERT INTO mail_outbox (to_address, locale, template, subject, body_text) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [m.to, m.locale, m.template, m.subject, m.text],
  );
  return rows[0]!.id;
}

/**
 * Claims due mail for `leaseSeconds`: concurrent workers (several processes on
 * one PostgreSQL) skip each other's rows, and a crashed worker's lease expires.
 */
export async function claimDueMail(db: Queryable, limit: number, leaseSeconds: number): Promise<OutboxMail[]> {
  const rows = await db.query<{ id: string; to_address: string; locale: string; template: string; subject: string; body_text: string | null; attempts: number; created_at: Date | string }>(
    `UPDATE mail_outbox SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM mail_outbox
       WHERE sent_at IS NULL AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
       ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id, to_address, locale, template, subject, body_text, attempts, created_at`,
    [limit, leaseSeconds],
  );
  return rows.map((r) => ({ id: r.id, to: r.to_address, locale: r.locale, template: r.template, subject: r.subject, text: r.body_text, attempts: r.attempts, createdAt: new Date(r.created_at).toISOString() }));
}

/** Marks delivered mail, a whole batch in one statement (one commit, not one per message). */
export async function markSent(db: Queryable, ids: string[], transport: string, keepBody: boolean): Promise<void> {
  if (!ids.length) return;
  await db.query(
    `UPDATE mail_outbox SET sent_at = now(), transport = $2, locked_until = NULL, last_error = NULL,
       body_text = CASE WHEN $3::boolean THEN body_text ELSE NULL END WHERE id = ANY($1::uuid[])`,
    [ids, transport, keepBody],
  );
}

/** A failed attempt: retried later with exponential backoff, or given up after maxAttempts. */
export async function markFailed(db: Queryable, id: string, error: string, retryInSeconds: number | null): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET locked_until = NULL, last_error = $2,
       next_attempt_at = CASE WHEN $3::integer IS NULL THEN 'infinity'::timestamptz ELSE now() + make_interval(secs => $3::integer) END
     WHERE id = $1`,
    [id, error.slice(0, 1000), retryInSeconds],
  );
}
