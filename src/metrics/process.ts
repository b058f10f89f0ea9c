/**
 * Metrics that belong to the process rather than to one app: timings measured inside pure domain
 * code (search, roadmap, assistant) and the chat sockets, which live as long as their connection. They sit in
 * their own registry, added to every scrape (routes.ts); several apps in one process (tests) share them.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export const processRegistry = new Registry();

const timing = new Histogram({
  name: 'ventanilla_operation_duration_seconds',
  help: 'Timed operations: a search over the index, building a roadmap plan and answering an assistant question (in memory; the assistant\'s own searches counted as searches too), a run of the chat dispatcher (a transaction).',
  labelNames: ['operation'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [processRegistry],
});

/** `chat-dispatch`: one run of the chat dispatcher (desk/commands/availability.ts). */
export type Operation = 'search' | 'roadmap' | 'assistant' | 'chat-dispatch';

/** Runs fn and records how long it took under `operation` (a promise: until it settles). */
export function timed<T>(operation: Operation, fn: () => T): T {
  const end = timing.startTimer({ operation });
  let out: T;
  try {
    out = fn();
  } catch (e) {
    end();
    throw e;
  }
  if (out instanceof Promise) return out.finally(end) as T;
  end();
  return out;
}

export type SocketKind = 'visitor' | 'staff';

const open = new Gauge({ name: 'ventanilla_chat_sockets_open', help: 'Chat WebSocket connections open now.', labelNames: ['kind'] as const, registers: [processRegistry] });
const opened = new Counter({ name: 'ventanilla_chat_sockets_opened_total', help: 'Chat WebSocket connections opened.', labelNames: ['kind'] as const, registers: [processRegistry] });
const closed = new Counter({ name: 'ventanilla_chat_sockets_closed_total', help: 'Chat WebSocket connections closed.', labelNames: ['kind'] as const, registers: [processRegistry] });
for (const kind of ['visitor', 'staff'] as const) {
  open.set({ kind }, 0);
  opened.inc({ kind }, 0);
  closed.inc({ kind }, 0);
}

/** Counts a socket opening; call the returned function once when it closes. */
export function socketOpened(kind: SocketKind): () => void {
  open.inc({ kind });
  opened.inc({ kind });
  let done = false;
  return () => {
    if (done) return;
    done = true;
    open.dec({ kind });
    closed.inc({ kind });
  };
}

/**
 * How late the event loop runs its timers: every socket's frames and every query's result wait behind
 * whatever runs at that moment, so this delay adds to each message's delivery time. Sampled every
 * 10 ms; the quantiles cover the time since the previous scrape (the histogram restarts at each).
 */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
new Gauge({
  name: 'ventanilla_event_loop_delay_seconds',
  help: 'Event-loop delay since the previous scrape: quantiles 0.5, 0.99 and 1 (the maximum).',
  labelNames: ['quantile'] as const,
  registers: [processRegistry],
  collect() {
    // An empty histogram reports its minimum as a huge number: nothing sampled yet reads 0.
    const q = (p: number) => (loopDelay.count ? (p === 100 ? loopDelay.max : loopDelay.percentile(p)) / 1e9 : 0);
    this.set({ quantile: '0.5' }, q(50));
    this.set({ quantile: '0.99' }, q(99));
    this.set({ quantile: '1' }, q(100));
    loopDelay.reset();
  },
});

/**
 * Time a query or transaction waited for a connection of the PostgreSQL pool (db/postgres.ts): when the
 * pool is the queueing point, this grows while the database itself stays fast. Observed by the pool.
 */
const poolWait = new Histogram({
  name: 'ventanilla_db_pool_wait_seconds',
  help: 'Time waited for a free connection of the database pool (PostgreSQL server only).',
  buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [processRegistry],
});
export const observePoolWait = (seconds: number): void => poolWait.observe(seconds);

/** From a chat line's frame arriving on a socket to its acknowledgement leaving (stored and committed). */
const chatAck = new Histogram({
  name: 'ventanilla_chat_ack_seconds',
  help: 'Chat lines: from the frame arriving to its acknowledgement (stored, committed, announced), by socket.',
  labelNames: ['kind'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [processRegistry],
});
export const chatAcked = (kind: SocketKind, seconds: number): void => chatAck.observe({ kind }, seconds);

/** How a live feed got its lines: `read` from the database (a wake-up), `handed` by this process without a read. */
const feedLines = new Counter({
  name: 'ventanilla_chat_feed_passes_total',
  help: 'Live chat feeds: database reads after a wake-up (read) and lines handed over without one (handed).',
  labelNames: ['how'] as const,
  registers: [processRegistry],
});
feedLines.inc({ how: 'read' }, 0);
feedLines.inc({ how: 'handed' }, 0);
export const feedPass = (how: 'read' | 'handed'): void => feedLines.inc({ how });
