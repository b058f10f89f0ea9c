/**
 * Desk suite (issue 11): case intake through POST /api/v1/requests on PostgreSQL — each request is a
 * transaction (folio counter, case, first message, queued mail, audit event) acknowledged after
 * commit — beside the same server's /healthz (a one-row write probe) as the baseline, twice:
 * - capacity: wrk, closed loop at saturation (its latency is only connections ÷ throughput);
 * - latency at the goal's load: an open loop at RATE requests/s (bench/open-loop.ts), latency from
 *   each request's scheduled time.
 * Requests come from many addresses (X-Forwarded-For through TRUST_PROXY=127.0.0.1, as behind the
 * reverse proxy of a deployment): one address's daily count is one row, and one address's submissions
 * queue on it by design. Goal: ≥ 500 submissions/s, p99 < 50 ms.
 */
import pg from 'pg';
import { startServer } from '../tests/helpers/server.ts';
import { benchDatabase } from './bench-db.ts';
import { wrk, type Row } from './wrk.ts';
import { openLoop, type OpenLoopRow } from './open-loop.ts';

/** Enough connections to keep the server busy without measuring the load generator's own queue. */
export const CONNECTIONS = Number(process.env.BENCH_DESK_CONNECTIONS ?? 16);
/** The goal's load for the open-loop run. */
export const RATE = Number(process.env.BENCH_DESK_RATE ?? 500);

const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${(i & 255) || 1}`;

// Every request gets its own idempotency key (wrk's counter), so none is a replay.
const POST = `counter = 0
request = function()
  counter = counter + 1
  local body = '{"service_code":"question","consent":true,"name":"Bench","email":"bench@example.org","message":"How long does the RFC registration take? ' .. counter .. '"}'
  return wrk.format("POST", "/api/v1/requests", { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. math.random(1, 2^30) .. "-" .. counter, ["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254) }, body)
end`;

export async function deskSuite(seconds: number): Promise<{ rows: Row[]; paced: OpenLoopRow[]; cases: number } | null> {
  const bench = await benchDatabase();
  if (!bench) return null;
  const url = bench.url;
  const server = await startServer({ DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', TRUST_PROXY: '127.0.0.1', DESK_RATE_LIMIT_PER_MINUTE: '100000', DESK_DAILY_LIMIT_PER_ADDRESS: '1000000' });
  try {
    const rows = [await wrk('GET /healthz (write probe)', `${server.url}/healthz`, seconds, CONNECTIONS), await wrk('POST /api/v1/requests', `${server.url}/api/v1/requests`, seconds, CONNECTIONS, POST)];
    const run = Date.now();
    const paced = [
      await openLoop('GET /healthz (write probe)', `${server.url}/healthz`, { rate: RATE, seconds }),
      await openLoop('POST /api/v1/requests', `${server.url}/api/v1/requests`, {
        rate: RATE, seconds, method: 'POST',
        body: (i) => JSON.stringify({ service_code: 'question', consent: true, name: 'Bench', email: 'bench@example.org', message: `How long does the RFC registration take? ${i}` }),
        headers: (i) => ({ 'content-type': 'application/json', 'idempotency-key': `paced-${run}-${i}`, 'x-forwarded-for': address(i) }),
      }),
    ];
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const [{ n }] = (await db.query<{ n: string }>('SELECT count(*) AS n FROM desk_case')).rows as [{ n: string }];
    await db.end();
    return { rows, paced, cases: Number(n) };
  } finally {
    await server.dispose();
    await bench.drop();
  }
}
