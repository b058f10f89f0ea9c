/**
 * What /healthz reports: whether the database answers and accepts writes, and whether this process
 * still hears catalogue changes. The write is one UPDATE of one row, at most once a second per
 * process (the result is kept that long), so a load balancer polling every second costs nothing.
 */
import type { Db, ListenerState } from './client.ts';

export interface Health {
  /** 'ok': serving and writing; 'degraded': serving, but not hearing catalogue changes; 'unavailable': cannot write. */
  status: 'ok' | 'degraded' | 'unavailable';
  database: 'ok' | 'unavailable';
  /** Why the write failed (the driver's message), when it did. */
  reason?: string;
  listener: ListenerState;
}

const KEEP_MS = 1_000;

export function healthChecker(db: Db, now = () => Date.now()) {
  let last: { at: number; write: { ok: true } | { ok: false; reason: string } } | undefined;
  let pending: Promise<{ ok: true } | { ok: false; reason: string }> | undefined;
  const probe = async () => {
    try {
      await db.query('UPDATE health_probe SET checked_at = now() WHERE id = 1');
      return { ok: true } as const;
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message.slice(0, 200) : 'write failed' } as const;
    }
  };
  return async (): Promise<Health> => {
    if (!last || now() - last.at > KEEP_MS) {
      pending ??= probe().finally(() => (pending = undefined));
      last = { at: now(), write: await pending };
    }
    const listener = db.listenerState();
    if (!last.write.ok) return { status: 'unavailable', database: 'unavailable', reason: last.write.reason, listener };
    return { status: listener.state === 'reconnecting' ? 'degraded' : 'ok', database: 'ok', listener };
  };
}
