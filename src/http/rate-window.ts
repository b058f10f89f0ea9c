/**
 * Events per key in a sliding window, in this process's memory — for limits on frames of long-lived
 * connections, which the per-request limiter (@fastify/rate-limit) never sees. Like that limiter's
 * default store it is per process: behind N processes an address gets up to N times the limit.
 */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly perMs: number,
  ) {}

  /** Counts one event for `key`; false (not counted) when the key already had `max` in the window. */
  take(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.perMs);
    const ok = recent.length < this.max;
    if (ok) recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (!v.some((t) => t > now - this.perMs)) this.hits.delete(k);
    return ok;
  }
}
