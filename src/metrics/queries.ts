/** The metrics' only SQL: counts read at scrape time (cached by the caller, never per request). */
import type { Queryable } from '../db/client.ts';

export interface ScrapeCounts {
  /** Mail not yet delivered and still to be tried. */
  mailPending: number;
  /** Mail whose last attempt failed and that will be tried again. */
  mailRetrying: number;
  /** Mail given up after its last attempt (next attempt at infinity). */
  mailFailed: number;
  /** Chats nobody has yet (the dispatcher's queue). */
  chatQueue: number;
  /** Cases of any channel not assigned to anyone. */
  unassigned: number;
  /** Open cases past their first-response due time without a first response. */
  overdue: number;
}

export async function scrapeCounts(db: Queryable): Promise<ScrapeCounts> {
  const [r] = await db.query<Record<keyof ScrapeCounts, string | number>>(
    `SELECT
       (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <> 'infinity'::timestamptz) AS "mailPending",
       (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <> 'infinity'::timestamptz AND last_error IS NOT NULL) AS "mailRetrying",
       (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at = 'infinity'::timestamptz) AS "mailFailed",
       (SELECT count(*) FROM desk_case WHERE channel = 'chat' AND status = 'received' AND assignee_id IS NULL) AS "chatQueue",
       (SELECT count(*) FROM desk_case WHERE status <> 'closed' AND assignee_id IS NULL) AS "unassigned",
       (SELECT count(*) FROM desk_case WHERE status <> 'closed' AND first_response_at IS NULL AND first_response_due < now()) AS "overdue"`,
  );
  const n = (k: keyof ScrapeCounts) => Number(r?.[k] ?? 0);
  return { mailPending: n('mailPending'), mailRetrying: n('mailRetrying'), mailFailed: n('mailFailed'), chatQueue: n('chatQueue'), unassigned: n('unassigned'), overdue: n('overdue') };
}
