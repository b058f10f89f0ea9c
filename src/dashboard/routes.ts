/**
 * The public dashboard (/es/tablero, /en/dashboard), GET /api/v1/stats and its CSVs. Thin: the
 * figures are in memory (store.ts) and every response comes from the response cache, keyed by the
 * snapshot's time and the catalogue revision; a page view reads no table.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';
import { LOCALES, pathFor } from '../i18n/locale.ts';
import { HttpError } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { SearchService } from '../search/service.ts';
import { CSV_TABLES, presentStats, statsCsv, type CsvTable } from './presenters.ts';
import { DashboardStore } from './store.ts';
import { runDashboardJob, scheduleDashboardJob } from './job.ts';
import { SearchMisses } from './search-misses.ts';
import { dashboardPage, STATS_PATH } from './views/dashboard-page.ts';

const HTML = 'text/html; charset=utf-8';

declare module 'fastify' {
  interface FastifyInstance {
    /** Computes the figures now (waiting for a run elsewhere) and serves them: tests and operators. */
    dashboard: { refresh(now?: Date): Promise<void> };
  }
}

export async function dashboardRoutes(app: FastifyInstance, deps: AppDeps, search: SearchService): Promise<void> {
  const store = new DashboardStore(deps.db);
  await store.start();
  const misses = new SearchMisses(deps.db);
  search.onNothingFound = (q) => misses.record(q);
  misses.start(60_000, (err) => app.log.warn({ err }, 'search misses not saved'));
  const job = { catalogue: () => deps.catalogue.current, targetHours: deps.config.DESK_FIRST_RESPONSE_HOURS };
  // Scheduled once the server listens, not for tests that only inject requests (they call refresh()).
  let schedule: { stop(): Promise<void> } | undefined;
  app.addHook('onListen', async () => {
    schedule = scheduleDashboardJob(deps.db, job, (err) => app.log.error({ err }, 'dashboard figures failed'), () => misses.flush());
  });
  app.addHook('onClose', async () => {
    await schedule?.stop();
    await misses.stop();
    await store.stop();
  });
  app.decorate('dashboard', {
    async refresh(now?: Date) {
      await misses.flush();
      const f = await runDashboardJob(deps.db, { ...job, now, wait: true });
      if (f) store.set(f);
    },
  });

  const key = (what: string) => `${deps.catalogue.current.revision}|dashboard|${store.version}|${what}`;
  const stats = () => (store.current ? presentStats(store.current) : null);

  for (const locale of LOCALES) {
    const ctx = { locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets };
    app.get(pathFor({ page: 'dashboard' }, locale), (req, reply) =>
      sendCached(req, reply, deps.cache.get(key(locale), HTML, () => dashboardPage(ctx, stats(), deps.catalogue.current).value)),
    );
  }

  app.get(STATS_PATH, (req, reply) => {
    const s = stats();
    if (!s) throw new HttpError(503, 'not_ready', 'the figures are being computed for the first time');
    return sendCached(req, reply, deps.cache.get(key('json'), 'application/json; charset=utf-8', () => JSON.stringify(s)));
  });
  app.get<{ Params: { table: string } }>(`${STATS_PATH}/:table`, (req, reply) => {
    const table = req.params.table.replace(/\.csv$/, '') as CsvTable;
    if (!req.params.table.endsWith('.csv') || !CSV_TABLES.includes(table)) throw new HttpError(404, 'not_found', `no such table; one of ${CSV_TABLES.map((t) => `${t}.csv`).join(', ')}`);
    const s = stats();
    if (!s) throw new HttpError(503, 'not_ready', 'the figures are being computed for the first time');
    reply.header('Content-Disposition', `attachment; filename="ventanilla-${table}.csv"`);
    return sendCached(req, reply, deps.cache.get(key(table), 'text/csv; charset=utf-8', () => statsCsv(s, table)));
  });
}
