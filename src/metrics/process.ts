/**
 * Metrics that belong to the process rather than to one app: timings measured inside pure domain
 * code (search, roadmap, assistant) and the chat sockets, which live as long as their connection. They sit in
 * their own registry, added to every scrape (routes.ts); several apps in one process (tests) share them.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export const processRegistry = new Registry();

const timing = new Histogram({
  name: 'ventanilla_operation_duration_seconds',
  help: 'In-memory operations: a search over the index, building a roadmap plan, answering an assistant question (its own searches counted as searches too).',
  labelNames: ['operation'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [processRegistry],
});

export type Operation = 'search' | 'roadmap' | 'assistant';

/** Runs fn and records how long it took under `operation`. */
export function timed<T>(operation: Operation, fn: () => T): T {
  const end = timing.startTimer({ operation });
  try {
    return fn();
  } finally {
    end();
  }
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
