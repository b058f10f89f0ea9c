/** The dashboard's only SQL: the job's reads (aggregates, and the times of recent cases), the snapshot, search misses. */
import type { Queryable } from '../db/client.ts';
import type { CaseTimes, Figures } from './figures.ts';

/** Mexico City keeps UTC−6 all year (src/calendar/business-hours.ts): months are counted in its time. */
const MONTH = `to_char((created_at AT TIME ZONE 'UTC') - interval '6 hours', 'YYYY-MM')`;
/** `since` is a local date (YYYY-MM-DD): its midnight in Mexico City. */
const SINCE = `($1::date + interval '6 hours') AT TIME ZONE 'UTC'`;

export async function receivedByMonth(db: Queryable, since: string): Promise<{ month: string; channel: string; count: number }[]> {
  const rows = await db.query<{ month: string; channel: string; n: string }>(
    `SELECT ${MONTH} AS month, channel, count(*) AS n FROM desk_case WHERE created_at >= ${SINCE} GROUP BY 1, 2`,
    [since],
  );
  return rows.map((r) => ({ month: r.month, channel: r.channel, count: Number(r.n) }));
}

export async function receivedBy(db: Queryable, column: 'state_code' | 'kind', since: string): Promise<{ key: string | null; count: number }[]> {
  const rows = await db.query<{ key: string | null; n: string }>(
    `SELECT ${column} AS key, count(*) AS n FROM desk_case WHERE created_at >= ${SINCE} GROUP BY 1 ORDER BY 2 DESC, 1`,
    [since],
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

export async function caseTimes(db: Queryable, since: string): Promise<CaseTimes[]> {
  const rows = await db.query<{ c: Date | string; f: Date | string | null; x: Date | string | null }>(
    `SELECT created_at AS c, first_response_at AS f, closed_at AS x FROM desk_case WHERE created_at >= ${SINCE}`,
    [since],
  );
  const d = (v: Date | string | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ createdAt: new Date(r.c), firstResponseAt: d(r.f), closedAt: d(r.x) }));
}

export async function ratings(db: Queryable, since: string): Promise<{ score: number; count: number }[]> {
  const rows = await db.query<{ score: number; n: string }>(
    `SELECT rating AS score, count(*) AS n FROM desk_case WHERE rating IS NOT NULL AND created_at >= ${SINCE} GROUP BY 1`,
    [since],
  );
  return rows.map((r) => ({ score: Number(r.score), count: Number(r.n) }));
}

/** Ages in days of the error reports still open. */
export async function openReportAges(db: Queryable, now: Date): Promise<number[]> {
  const rows = await db.query<{ days: string }>(`SELECT extract(epoch FROM ($1::timestamptz - created_at)) / 86400 AS days FROM error_report WHERE status = 'open'`, [now.toISOString()]);
  return rows.map((r) => Number(r.days));
}

/** The most frequent searches without results over the last `days` days, counted at least `atLeast` times. */
export async function topSearchMisses(db: Queryable, today: string, days: number, atLeast: number, limit: number): Promise<{ query: string; count: number }[]> {
  const rows = await db.query<{ query: string; n: string }>(
    `SELECT query, sum(count) AS n FROM search_miss WHERE day > $1::date - $2::integer GROUP BY query HAVING sum(count) >= $3 ORDER BY 2 DESC, 1 LIMIT $4`,
    [today, days, atLeast, limit],
  );
  return rows.map((r) => ({ query: r.query, count: Number(r.n) }));
}

/** Adds buffered counts (one statement per flush, whatever the number of queries). */
export async function addSearchMisses(db: Queryable, rows: { day: string; query: string; count: number }[]): Promise<void> {
  if (!rows.length) return;
  await db.query(
    `INSERT INTO search_miss (day, query, count)
     SELECT * FROM unnest($1::date[], $2::text[], $3::integer[])
     ON CONFLICT (day, query) DO UPDATE SET count = search_miss.count + excluded.count`,
    [rows.map((r) => r.day), rows.map((r) => r.query), rows.map((r) => r.count)],
  );
}

export async function saveSnapshot(db: Queryable, figures: Figures): Promise<void> {
  await db.query(
    `INSERT INTO dashboard_snapshot (id, figures, computed_at) VALUES (1, $1::jsonb, $2)
     ON CONFLICT (id) DO UPDATE SET figures = excluded.figures, computed_at = excluded.computed_at`,
    [JSON.stringify(figures), figures.computedAt],
  );
}

export async function loadSnapshot(db: Queryable): Promise<Figures | null> {
  const [row] = await db.query<{ figures: Figures | string }>('SELECT figures FROM dashboard_snapshot WHERE id = 1');
  if (!row) return null;
  return typeof row.figures === 'string' ? (JSON.parse(row.figures) as Figures) : row.figures;
}
