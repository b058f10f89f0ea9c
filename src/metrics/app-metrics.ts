/**
 * One app's metrics: HTTP requests by route pattern (bounded labels: Fastify's route, never the raw
 * URL), the response cache, the database pool and listener, and counts read from the database at
 * scrape time — cached for SCRAPE_CACHE_MS so several scrapers (or a fast one) cost one query.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/client.ts';
import type { ResponseCache } from '../web/page-cache.ts';
import { scrapeCounts, type ScrapeCounts } from './queries.ts';

export const SCRAPE_CACHE_MS = 10_000;

export interface AppMetrics {
  registry: Registry;
  /** Records one completed request. `route` is the matched route pattern, or undefined (no route). */
  request(method: string, route: string | undefined, status: number, seconds: number): void;
}

export function appMetrics(db: Db, cache: ResponseCache, now = () => Date.now()): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({ name: 'ventanilla_http_requests_total', help: 'HTTP requests completed, by route pattern, method and status class.', labelNames: ['route', 'method', 'status'] as const, registers });
  const duration = new Histogram({
    name: 'ventanilla_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern and method.',
    labelNames: ['route', 'method'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers,
  });
  // Counters kept by the cache itself (no dependency from web/ on metrics): copied at scrape time.
  new Counter({
    name: 'ventanilla_response_cache_lookups_total',
    help: 'Response cache lookups, hits and misses (a miss renders the page).',
    labelNames: ['result'] as const,
    registers,
    collect() {
      this.reset();
      this.inc({ result: 'hit' }, cache.hits);
      this.inc({ result: 'miss' }, cache.misses);
    },
  });
  new Gauge({ name: 'ventanilla_response_cache_entries', help: 'Rendered responses held in the cache.', registers, collect() { this.set(cache.size); } });
  new Gauge({
    name: 'ventanilla_db_pool_clients',
    help: 'Database pool clients (PostgreSQL server; the embedded database has no pool and reports 0).',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const p = db.poolState?.() ?? { total: 0, idle: 0, waiting: 0 };
      this.set({ state: 'total' }, p.total);
      this.set({ state: 'idle' }, p.idle);
      this.set({ state: 'waiting' }, p.waiting);
    },
  });
  new Gauge({
    name: 'ventanilla_db_listener_up',
    help: 'The LISTEN connection: 1 connected (or embedded), 0 reconnecting or idle.',
    labelNames: ['engine'] as const,
    registers,
    collect() {
      this.reset();
      this.set({ engine: db.kind }, db.listenerState().state === 'connected' ? 1 : 0);
    },
  });
  new Counter({
    name: 'ventanilla_db_listener_reconnects_total',
    help: 'Times the LISTEN connection was lost and re-established.',
    registers,
    collect() {
      this.reset();
      this.inc(db.listenerState().reconnects);
    },
  });

  let counts: { at: number; value: Promise<ScrapeCounts> } | undefined;
  const fresh = () => {
    if (!counts || now() - counts.at >= SCRAPE_CACHE_MS) {
      const value = scrapeCounts(db);
      counts = { at: now(), value };
      // A failed read is not kept: the next scrape tries again.
      value.catch(() => (counts = undefined));
    }
    return counts.value;
  };
  const fromDb = (name: string, help: string, pick: (c: ScrapeCounts) => Array<[Record<string, string>, number]>) =>
    new Gauge({
      name,
      help,
      labelNames: pick({ mailPending: 0, mailRetrying: 0, mailFailed: 0, chatQueue: 0, unassigned: 0, overdue: 0 }).flatMap(([l]) => Object.keys(l)),
      registers,
      async collect() {
        for (const [labels, v] of pick(await fresh())) this.set(labels, v);
      },
    });
  fromDb('ventanilla_mail_outbox', 'Mail in the outbox not delivered: pending (to be tried, of which retrying after a failure) and failed (given up).', (c) => [
    [{ state: 'pending' }, c.mailPending],
    [{ state: 'retrying' }, c.mailRetrying],
    [{ state: 'failed' }, c.mailFailed],
  ]);
  fromDb('ventanilla_desk_queue_length', 'Desk cases waiting for a person: chats in the dispatcher queue, open cases of any channel unassigned.', (c) => [
    [{ queue: 'chat' }, c.chatQueue],
    [{ queue: 'unassigned' }, c.unassigned],
  ]);
  fromDb('ventanilla_desk_cases_overdue', 'Open desk cases past their first-response due time without a first response.', (c) => [[{}, c.overdue]]);

  return {
    registry,
    request(method, route, status, seconds) {
      const r = route ?? 'unmatched';
      requests.inc({ route: r, method, status: `${Math.floor(status / 100)}xx` });
      duration.observe({ route: r, method }, seconds);
    },
  };
}
