/** The page feedback's only SQL. Parameterised; the address key never leaves its own table. */
import type { Queryable } from '../db/client.ts';
import type { FeedbackRow } from './schema.ts';

/**
 * Stores one answer in one statement, with the address's daily count bumped in it (atomic across
 * processes, as the desk's intake): over the limit, nothing is stored. Day-old counters are
 * dropped by the same statement, so the quota table stays at one day's addresses.
 */
export async function insertFeedback(db: Queryable, row: FeedbackRow, ipHash: string, dailyLimit: number): Promise<'stored' | 'limited'> {
  const rows = await db.query<{ id: string }>(
    `WITH old AS (
       DELETE FROM page_feedback_quota WHERE created_at < now() - interval '2 days'
     ), b AS (
       INSERT INTO page_feedback_quota (ip_hash, n) VALUES ($1, 1) ON CONFLICT (ip_hash) DO UPDATE SET n = page_feedback_quota.n + 1 RETURNING n
     )
     INSERT INTO page_feedback (path, section, locale, useful, comment)
     SELECT $2, $3, $4, $5, $6 FROM b WHERE b.n <= $7 RETURNING id`,
    [ipHash, row.path, row.section, row.locale, row.useful, row.comment, dailyLimit],
  );
  return rows.length ? 'stored' : 'limited';
}

export interface PageCount {
  path: string;
  section: string;
  yes: number;
  no: number;
  comments: number;
  lastDay: string;
}

const day = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Answers per page, the most answered first (then the most "no"). */
export async function countsByPage(db: Queryable, limit = 200): Promise<PageCount[]> {
  const rows = await db.query<{ path: string; section: string; yes: string; no: string; comments: string; last_day: Date | string }>(
    `SELECT path, min(section) AS section, count(*) FILTER (WHERE useful) AS yes, count(*) FILTER (WHERE NOT useful) AS no,
            count(comment) AS comments, max(day) AS last_day
       FROM page_feedback GROUP BY path ORDER BY count(*) DESC, count(*) FILTER (WHERE NOT useful) DESC, path LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ path: r.path, section: r.section, yes: Number(r.yes), no: Number(r.no), comments: Number(r.comments), lastDay: day(r.last_day) }));
}

export interface FeedbackComment {
  id: string;
  path: string;
  locale: 'es' | 'en';
  useful: boolean;
  comment: string;
  day: string;
}

/** Comments, newest first (by day, then by arrival). */
export async function recentComments(db: Queryable, o: { limit: number; offset: number }): Promise<FeedbackComment[]> {
  const rows = await db.query<{ id: string; path: string; locale: 'es' | 'en'; useful: boolean; comment: string; day: Date | string }>(
    `SELECT id, path, locale, useful, comment, day FROM page_feedback WHERE comment IS NOT NULL ORDER BY day DESC, id DESC LIMIT $1 OFFSET $2`,
    [o.limit, o.offset],
  );
  return rows.map((r) => ({ ...r, id: String(r.id), day: day(r.day) }));
}

export interface SectionCount {
  section: string;
  yes: number;
  no: number;
}

/** For the public dashboard: answers per site section, over a range of days (inclusive; either end open). */
export async function countsBySection(db: Queryable, range: { from?: string; to?: string } = {}): Promise<SectionCount[]> {
  const rows = await db.query<{ section: string; yes: string; no: string }>(
    `SELECT section, count(*) FILTER (WHERE useful) AS yes, count(*) FILTER (WHERE NOT useful) AS no
       FROM page_feedback WHERE ($1::date IS NULL OR day >= $1::date) AND ($2::date IS NULL OR day <= $2::date)
      GROUP BY section ORDER BY section`,
    [range.from ?? null, range.to ?? null],
  );
  return rows.map((r) => ({ section: r.section, yes: Number(r.yes), no: Number(r.no) }));
}
