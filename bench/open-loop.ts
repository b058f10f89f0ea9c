/**
 * An open-loop load: requests leave on a fixed schedule (`rate` per second) whether or not earlier ones
 * have answered, and each latency is measured from the request's *scheduled* time — so a stalled server
 * is charged for the requests it kept waiting (no coordinated omission, which a closed-loop tool like
 * wrk at saturation cannot avoid: there latency is only connections ÷ throughput). This answers "what
 * does a user see at this load", where wrk answers "how much can it take". At the few hundred requests
 * per second it is used for, node:http is far from its own ceiling; the suite shows that by running the
 * same schedule against a trivial route as its baseline.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Row } from './wrk.ts';

export interface OpenLoopOptions {
  rate: number;
  seconds: number;
  method?: 'GET' | 'POST';
  /** Body and headers of request i (0-based). */
  body?: (i: number) => string;
  headers?: (i: number) => Record<string, string>;
}

export interface OpenLoopRow extends Row {
  /** Requests per second asked for; reqPerSec is what was answered. */
  offered: number;
  max: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

export async function openLoop(name: string, url: string, o: OpenLoopOptions): Promise<OpenLoopRow> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(o.rate * o.seconds);
  const latencies: number[] = [];
  let errors = 0;
  const pending = new Set<Promise<void>>();

  const fire = (i: number, due: number) => {
    const body = o.body?.(i);
    const p = new Promise<void>((resolve) => {
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname + target.search, method: o.method ?? 'GET', headers: { ...(body ? { 'content-length': Buffer.byteLength(body) } : {}), ...o.headers?.(i) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if ((res.statusCode ?? 0) >= 400) errors++;
            else latencies.push(performance.now() - due);
            resolve();
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
    pending.add(p);
    void p.then(() => pending.delete(p));
  };

  const start = performance.now();
  for (let i = 0; i < total; ) {
    const now = performance.now();
    // Everything due by now leaves now (a late timer does not thin the load out).
    while (i < total && start + (i * 1000) / o.rate <= now) {
      fire(i, start + (i * 1000) / o.rate);
      i++;
    }
    if (i < total) await new Promise((r) => setTimeout(r, Math.max(0, start + (i * 1000) / o.rate - performance.now())));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { name, offered: o.rate, reqPerSec: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN, errors };
}
