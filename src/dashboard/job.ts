/**
 * The dashboard's figures, computed by a scheduled job — every JOB_EVERY_MS, one run at a time
 * across processes (a transaction-scoped advisory lock taken with try, as src/desk/retention.ts) —
 * and saved as one row; processes are told by NOTIFY and keep it in memory (store.ts). Page views
 * never read the cases.
 */
import { periodic } from '../db/periodic.ts';
import type { Db } from '../db/client.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { todayInMexicoCity } from '../calendar/business-days.ts';
import { CHANNELS, KINDS, MONTHS, monthsBack, percentile, serviceTimes, SUPPRESS_BELOW, verifiedSince, type Figures } from './figures.ts';
import { countsBySection } from '../feedback/queries.ts';
import { caseTimes, openReportAges, ratings, receivedBy, receivedByMonth, saveSnapshot, topSearchMisses } from './queries.ts';

export const JOB_EVERY_MS = 15 * 60_000;
export const DASHBOARD_CHANNEL = 'dashboard_changed';
/** Searches without results: the last 30 days, the 20 most frequent. */
export const MISS_DAYS = 30;
export const MISS_TOP = 20;

export interface JobInput {
  catalogue: () => CatalogueView;
  targetHours: number;
  now?: Date;
  /** Wait for a run in progress elsewhere instead of skipping (an explicit refresh). */
  wait?: boolean;
}

/** Computes and saves the figures; null when another process holds the run. */
export async function runDashboardJob(db: Db, input: JobInput): Promise<Figures | null> {
  const now = input.now ?? new Date();
  const months = monthsBack(now, MONTHS);
  const since = `${months[0]}-01`;
  const figures = await db.transaction(async (tx) => {
    if (input.wait) await tx.query('SELECT pg_advisory_xact_lock(727005, 2)');
    else {
      const [got] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock(727005, 2) AS ok');
      if (!got?.ok) return null;
    }
    const byMonthRows = await receivedByMonth(tx, since);
    const byMonth = months.map((month) => {
      const row = { month, web: 0, api: 0, chat: 0 };
      for (const r of byMonthRows) if (r.month === month && (CHANNELS as readonly string[]).includes(r.channel)) row[r.channel as (typeof CHANNELS)[number]] = r.count;
      return row;
    });
    const topics = new Map((await receivedBy(tx, 'kind', since)).map((r) => [r.key, r.count]));
    const scores = new Map((await ratings(tx, since)).map((r) => [r.score, r.count]));
    const rated = [...scores.values()].reduce((a, b) => a + b, 0);
    const ages = (await openReportAges(tx, now)).sort((a, b) => a - b);
    const view = input.catalogue();
    const today = todayInMexicoCity(now);
    const verified = view.procedures.map((p) => p.verifiedOn);
    const f: Figures = {
      computedAt: now.toISOString(),
      since,
      byMonth,
      byState: (await receivedBy(tx, 'state_code', since)).map((r) => ({ state: r.key, count: r.count })),
      byTopic: KINDS.map((kind) => ({ kind, count: topics.get(kind) ?? 0 })),
      targetHours: input.targetHours,
      ...serviceTimes(await caseTimes(tx, since), input.targetHours, now),
      satisfaction: {
        ratings: rated,
        average: rated >= SUPPRESS_BELOW ? Math.round(([...scores].reduce((a, [s, n]) => a + s * n, 0) / rated) * 100) / 100 : null,
        byScore: [5, 4, 3, 2, 1].map((score) => ({ score, count: scores.get(score) ?? 0 })),
      },
      catalogue: {
        procedures: verified.length,
        verified6: verifiedSince(verified, today, 6),
        verified12: verifiedSince(verified, today, 12),
        openReports: ages.length,
        openReportsMedianDays: ages.length >= SUPPRESS_BELOW ? Math.round(percentile(ages, 0.5) * 10) / 10 : null,
      },
      searchesWithoutResults: await topSearchMisses(tx, today, MISS_DAYS, SUPPRESS_BELOW, MISS_TOP),
      pageFeedback: await countsBySection(tx, { from: since }),
    };
    await saveSnapshot(tx, f);
    return f;
  });
  if (figures) await db.notify(DASHBOARD_CHANNEL, figures.computedAt).catch(() => {});
  return figures;
}

/** Runs the job soon after start and then every `everyMs`; errors are reported, never thrown into the server. */
export function scheduleDashboardJob(db: Db, input: Omit<JobInput, 'now' | 'wait'>, onError: (err: unknown) => void, before: () => Promise<void>, everyMs = JOB_EVERY_MS): { stop(): Promise<void> } {
  return periodic(() => before().then(() => runDashboardJob(db, input)), { firstMs: 5_000, everyMs, onError });
}
