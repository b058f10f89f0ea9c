/**
 * Staff suite: what a database session costs per back-office request. Against
 * the real server on the embedded database, signed in as an administrator
 * (created by admin:create, TOTP on), under autocannon; the baseline is
 * /healthz in the same run (one `SELECT 1` through the same stack). Also the
 * cost of one argon2id verification (what each sign-in attempt spends).
 */
import autocannon from 'autocannon';
import { verify } from '@node-rs/argon2';
import { hashPassword } from '../src/accounts/secrets.ts';
import { totpNow } from '../src/accounts/totp.ts';
import { startServer } from '../tests/helpers/server.ts';
import { PASSWORD, runAdminCreate, StaffClient } from '../tests/helpers/staff.ts';

export interface StaffRow {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(name: string, url: string, seconds: number, headers: Record<string, string> = {}): Promise<StaffRow> {
  const r = await autocannon({ url, connections: 64, duration: seconds, pipelining: 1, headers });
  return { name, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

export async function argon2VerifyMs(samples = 20): Promise<number> {
  const h = await hashPassword(PASSWORD);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await verify(h, PASSWORD);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(samples / 2)]!;
}

export async function staffSuite(seconds: number): Promise<StaffRow[]> {
  const server = await startServer({ LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '10000' });
  try {
    const made = await runAdminCreate(['--email', 'bench@example.org', '--password-stdin'], { DATA_DIR: server.dataDir }, `${PASSWORD}\n`);
    if (made.code !== 0) throw new Error(made.stderr);
    const c = new StaffClient(server.url);
    await c.login('bench@example.org');
    const page = await c.get('/staff/account/two-factor');
    const secret = /data-secret="([A-Z2-7]+)"/.exec(page.body)![1]!;
    await c.post('/staff/account/two-factor', { code: await totpNow(secret) });
    const cookie = [...c.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if ((await c.get('/staff')).status !== 200) throw new Error('not signed in');
    await load('warm-up', `${server.url}/staff`, 2, { cookie });
    return [
      await load('/healthz (baseline: SELECT 1)', `${server.url}/healthz`, seconds),
      await load('GET /staff/login (anonymous: render + CSRF)', `${server.url}/staff/login`, seconds),
      await load('GET /staff (signed in: session + account + render)', `${server.url}/staff`, seconds, { cookie }),
      await load('GET /api/v1/staff/me (signed in, JSON)', `${server.url}/api/v1/staff/me`, seconds, { cookie }),
    ];
  } finally {
    await server.dispose();
  }
}
