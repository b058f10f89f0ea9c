/**
 * Chat suite (issue 12): live delivery at 2,000 concurrent conversations on PostgreSQL.
 * - one process: 2,000 chats started through the API (the per-address daily allowance and the
 *   per-minute limits raised for this server only), a visitor socket each, and the advisor side on
 *   the staff socket — one socket per advisor, each watching 10 conversations (an advisor takes at
 *   most 10 chats at once); messages at fixed open-loop rates, half from visitors, half from
 *   advisors, each acknowledged by the server after its commit; delivery latency from the scheduled
 *   send time to the arrival on the other side's socket. Memory: the server's RSS with every socket
 *   open and idle, minus before they opened, per socket.
 * - cross-process: the same visitor sockets on process A, the advisors' sockets moved to process B
 *   (same database; a message stored on one reaches the other through LISTEN/NOTIFY).
 * - baseline: a bare `ws` relay (bench/chat-relay.ts) between the same socket pairs, same schedule.
 * The clients run in their own process (bench/chat-load.ts) whose CPU is reported, so the load
 * generator is seen not to be the bottleneck. Goals: p99 < 50 ms on one process, < 100 ms across.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { startServer, type RunningServer } from '../tests/helpers/server.ts';
import { benchDatabase } from './bench-db.ts';
import { seedAccount } from '../tests/helpers/staff.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { SOCKET_PATH } from '../src/desk/chat-socket.ts';
import { STAFF_SOCKET_PATH } from '../src/desk/staff-socket.ts';
import type { Command, RunResult } from './chat-load.ts';

export const CONVERSATIONS = Number(process.env.BENCH_CHAT_CONVERSATIONS ?? 2000);
/** Chats an advisor holds at once (the presence form's maximum): advisors = conversations ÷ this. */
export const PER_ADVISOR = 10;
export const RATES = (process.env.BENCH_CHAT_RATES ?? '200,1000').split(',').map(Number);

/** What the server processes said about themselves over the run (their /metrics, scraped before and after). */
export interface ServerSide {
  /** Event-loop delay over the run, ms: p99 and maximum (the worst process). */
  loopP99: number;
  loopMax: number;
  /** Waits for a pool connection over the run, ms: mean and p99 (a bucket's upper bound). */
  poolWaitMean: number;
  poolWaitP99: number;
  /** Dispatcher runs over the run and their mean duration, ms. */
  dispatchRuns: number;
  dispatchMean: number;
  /** Live feeds' database reads, and lines handed over without one, over the run (all processes). */
  feedReads: number;
  feedHanded: number;
}

export interface ChatRow extends RunResult {
  name: string;
  server: ServerSide | null;
  /** The server processes' CPU over the run, % of one core (summed over A and B across processes). */
  serverCpu: number;
  /** PostgreSQL transactions committed per message sent (a statement outside a transaction counts as one). */
  xactPerMessage: number;
}
export interface ChatReport {
  rows: ChatRow[];
  memory: { before: number; after: number; sockets: number; conversations: number };
  load: string;
  startMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssKB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
/** utime + stime in clock ticks (100 per second on Linux). */
const cpuTicks = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(f[11]) + Number(f[12]);
};
const wsOf = (s: RunningServer) => s.url.replace('http', 'ws');

function driver(): { call: (c: Command) => Promise<unknown>; child: ChildProcess } {
  const child = fork('bench/chat-load.ts', [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (m: { seq: number; value?: unknown; error?: string }) => {
    const w = waiting.get(m.seq)!;
    waiting.delete(m.seq);
    if (m.error) w.reject(new Error(m.error));
    else w.resolve(m.value);
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`load generator exited (${code})`));
    waiting.clear();
  });
  const call = (c: Command) =>
    new Promise<unknown>((resolve, reject) => {
      waiting.set(++seq, { resolve, reject });
      child.send({ ...c, seq });
    });
  return { call, child };
}

/** Commits in the bench database so far (PostgreSQL publishes its counters within a second or so). */
async function commits(url: string | null): Promise<number> {
  if (!url) return 0;
  await sleep(1500);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>('SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()')).rows[0]!.n);
  } finally {
    await c.end();
  }
}

const METRICS_TOKEN = 'bench-metrics-token-0123456789';
type Samples = Map<string, number>;
/** A server's /metrics as `name{labels}` → value. */
async function scrape(url: string): Promise<Samples> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const out: Samples = new Map();
  for (const line of text.split('\n')) {
    const m = /^(\w+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}
/** A histogram's counts between two scrapes: [upper bound, cumulative count] and sum, count. */
function histogramDelta(a: Samples, b: Samples, name: string, labels = ''): { buckets: [number, number][]; sum: number; count: number } {
  const buckets: [number, number][] = [];
  for (const [k, v] of b) {
    const m = new RegExp(`^${name}_bucket\\{${labels}${labels ? ',' : ''}le="([^"]+)"\\}$`).exec(k);
    if (m) buckets.push([m[1] === '+Inf' ? Infinity : Number(m[1]), v - (a.get(k) ?? 0)]);
  }
  const key = (x: string) => `${name}_${x}${labels ? `{${labels}}` : ''}`;
  return { buckets: buckets.sort((x, y) => x[0] - y[0]), sum: (b.get(key('sum')) ?? 0) - (a.get(key('sum')) ?? 0), count: (b.get(key('count')) ?? 0) - (a.get(key('count')) ?? 0) };
}
const bucketQuantile = (h: { buckets: [number, number][]; count: number }, q: number) => h.buckets.find(([, n]) => n >= q * h.count)?.[0] ?? NaN;

function serverSide(before: Samples[], after: Samples[]): ServerSide {
  const loop = (q: string) => Math.max(...after.map((s) => (s.get(`ventanilla_event_loop_delay_seconds{quantile="${q}"}`) ?? NaN) * 1000));
  const waits = before.map((a, i) => histogramDelta(a, after[i]!, 'ventanilla_db_pool_wait_seconds'));
  const wait = { buckets: waits[0]!.buckets.map(([le], j) => [le, waits.reduce((s, w) => s + w.buckets[j]![1], 0)] as [number, number]), sum: waits.reduce((s, w) => s + w.sum, 0), count: waits.reduce((s, w) => s + w.count, 0) };
  const dispatch = before.map((a, i) => histogramDelta(a, after[i]!, 'ventanilla_operation_duration_seconds', 'operation="chat-dispatch"'));
  const runs = dispatch.reduce((s, d) => s + d.count, 0);
  const counted = (how: string) => after.reduce((s, b, i) => s + (b.get(`ventanilla_chat_feed_passes_total{how="${how}"}`) ?? 0) - (before[i]!.get(`ventanilla_chat_feed_passes_total{how="${how}"}`) ?? 0), 0);
  return {
    loopP99: loop('0.99'), loopMax: loop('1'),
    poolWaitMean: wait.count ? (1000 * wait.sum) / wait.count : NaN, poolWaitP99: 1000 * bucketQuantile(wait, 0.99),
    dispatchRuns: runs, dispatchMean: runs ? (1000 * dispatch.reduce((s, d) => s + d.sum, 0)) / runs : NaN,
    feedReads: counted('read'), feedHanded: counted('handed'),
  };
}

async function measured(name: string, pids: number[], db: string | null, run: () => Promise<unknown>, urls: string[] = []): Promise<ChatRow> {
  const x0 = await commits(db);
  // Scraped right before the run: the event-loop histogram restarts at each scrape.
  const m0 = await Promise.all(urls.map(scrape));
  const t0 = performance.now();
  const c0 = pids.map(cpuTicks);
  const r = (await run()) as RunResult;
  const wall = (performance.now() - t0) / 1000;
  const ticks = pids.reduce((s, pid, i) => s + cpuTicks(pid) - c0[i]!, 0);
  const m1 = await Promise.all(urls.map(scrape));
  // The counting connections themselves commit once each (before and after): not the server's.
  const xacts = db ? (await commits(db)) - x0 - 1 : NaN;
  return { name, ...r, server: urls.length ? serverSide(m0, m1) : null, serverCpu: ticks / wall, xactPerMessage: xacts / r.sent };
}

export async function chatSuite(seconds: number): Promise<ChatReport | null> {
  const bench = await benchDatabase();
  if (!bench) return null;
  const url = bench.url;
  // Limits raised for this server only: every chat and every visitor socket comes from one address, and advisors sign in at once.
  const env = {
    DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', DESK_RATE_LIMIT_PER_MINUTE: '100000', DESK_DAILY_LIMIT_PER_ADDRESS: '1000000', AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    CHAT_MESSAGES_PER_MINUTE_PER_ADDRESS: '1000000', METRICS_TOKEN,
    ...(process.env.DB_POOL_SIZE ? { DB_POOL_SIZE: process.env.DB_POOL_SIZE } : {}),
  };
  // BENCH_CHAT_PROFILE=dir: the servers write a CPU profile there when they stop.
  const nodeArgs = process.env.BENCH_CHAT_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CHAT_PROFILE}`] : [];
  const servers: RunningServer[] = [];
  let relay: ChildProcess | undefined;
  const { call, child } = driver();
  try {
    const a = await startServer(env, undefined, nodeArgs);
    servers.push(a);
    const advisors = Math.ceil(CONVERSATIONS / PER_ADVISOR);
    const db = await openPostgres(url.toString());
    try {
      await seedAccount(db, { email: 'adv0@example.org', roles: ['advisor'], locale: 'en' });
      // The others share its password hash: one argon2 hash instead of hundreds.
      await db.query(
        `INSERT INTO staff_account (email, display_name, password_hash, locale)
         SELECT 'adv' || g || '@example.org', 'Advisor ' || g, (SELECT password_hash FROM staff_account WHERE email = 'adv0@example.org'), 'en' FROM generate_series(1, $1::int - 1) g`, [advisors]);
      await db.query(`INSERT INTO staff_role (account_id, role) SELECT id, 'advisor' FROM staff_account WHERE email <> 'adv0@example.org'`);
    } finally {
      await db.close();
    }
    const t0 = performance.now();
    await call({ cmd: 'start', url: a.url, conversations: CONVERSATIONS });
    const startMs = (performance.now() - t0) / CONVERSATIONS;
    await call({ cmd: 'login', url: a.url, emails: Array.from({ length: advisors }, (_, i) => `adv${i}@example.org`) });
    await sleep(2000);
    const before = rssKB(a.proc.pid!);
    await call({ cmd: 'open', visitorWs: `${wsOf(a)}${SOCKET_PATH}`, staffWs: `${wsOf(a)}${STAFF_SOCKET_PATH}`, origin: a.url, sides: 'both' });
    await sleep(3000);
    const after = rssKB(a.proc.pid!);
    const rows: ChatRow[] = [];
    const warm = () => call({ cmd: 'run', rate: 100, seconds: Math.min(3, seconds) });

    await warm();
    for (const rate of RATES) rows.push(await measured(`one process (A ↔ A)`, [a.proc.pid!], url.toString(), () => call({ cmd: 'run', rate, seconds }), [a.url]));

    const b = await startServer(env, undefined, nodeArgs);
    servers.push(b);
    await call({ cmd: 'close', sides: 'staff' });
    await call({ cmd: 'open', visitorWs: '', staffWs: `${wsOf(b)}${STAFF_SOCKET_PATH}`, origin: b.url, sides: 'staff' });
    await warm();
    for (const rate of RATES) rows.push(await measured(`cross-process (visitor on A, advisor on B)`, [a.proc.pid!, b.proc.pid!], url.toString(), () => call({ cmd: 'run', rate, seconds }), [a.url, b.url]));
    await call({ cmd: 'close', sides: 'both' });
    await Promise.all(servers.map((s) => s.dispose()));
    servers.length = 0;

    relay = spawn(process.execPath, ['--import', 'tsx', 'bench/chat-relay.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<number>((resolve) => relay!.stdout!.on('data', (d) => /listening (\d+)/.test(String(d)) && resolve(Number(/listening (\d+)/.exec(String(d))![1]))));
    await call({ cmd: 'open', visitorWs: `ws://127.0.0.1:${port}/visitor`, staffWs: `ws://127.0.0.1:${port}/staff`, origin: 'http://127.0.0.1', sides: 'both' });
    await warm();
    for (const rate of RATES) rows.push(await measured('bare ws relay (baseline)', [relay.pid!], null, () => call({ cmd: 'run', rate, seconds })));
    await call({ cmd: 'close', sides: 'both' });

    return { rows, memory: { before, after, sockets: CONVERSATIONS + advisors, conversations: CONVERSATIONS }, load: loadavg().map((x) => x.toFixed(1)).join(' '), startMs };
  } finally {
    child.disconnect();
    relay?.kill();
    await Promise.all(servers.map((s) => s.dispose()));
    await bench.drop();
  }
}

const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');

export function printChat(r: ChatReport, seconds: number): void {
  const advisors = r.memory.sockets - r.memory.conversations;
  console.log(`\n## Chat delivery on PostgreSQL: ${fmt(r.memory.conversations)} conversations, a visitor socket each, ${fmt(advisors)} advisors' staff sockets (${PER_ADVISOR} conversations each); open loop, ${seconds} s per rate, half the messages from visitors, half from advisors; latency from the scheduled send to the arrival on the other side's socket (clients in their own process)\n`);
  console.log('| target | offered msg/s | delivered msg/s | sent | acked | delivered | lost | dup | errors / closed | p50 ms | p99 ms | p99 visitor→advisor / advisor→visitor ms | max ms | ack p99 ms | server CPU % | client CPU % | DB commits per message | p99 ratio to relay |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.rows) {
    const base = r.rows.find((y) => y.name.startsWith('bare') && y.offered === x.offered);
    console.log(
      `| ${x.name} | ${fmt(x.offered)} | ${fmt(x.deliveredPerSec)} | ${fmt(x.sent)} | ${fmt(x.acked)} | ${fmt(x.delivered)} | ${fmt(x.lost)} | ${fmt(x.duplicates)} | ${x.errors} / ${x.closed} | ${fmt(x.p50, 1)} | ${fmt(x.p99, 1)} | ${fmt(x.toStaffP99, 1)} / ${fmt(x.toVisitorP99, 1)} | ${fmt(x.max, 0)} | ${fmt(x.ackP99, 1)} | ${fmt(x.serverCpu)} | ${fmt(x.clientCpu)} | ${fmt(x.xactPerMessage, 1)} | ${base ? `${fmt(x.p99 / base.p99, 1)}×` : '—'} |`,
    );
  }
  console.log('\nInside the servers over each run (their /metrics): event-loop delay, waits for a database pool connection, dispatcher runs.\n');
  console.log('| target | offered msg/s | event-loop delay p99 / max ms | pool wait mean / p99 ms | dispatcher runs, mean ms | feed reads / lines handed without a read, per message |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const x of r.rows) {
    const v = x.server;
    if (v) console.log(`| ${x.name} | ${fmt(x.offered)} | ${fmt(v.loopP99, 1)} / ${fmt(v.loopMax, 1)} | ${fmt(v.poolWaitMean, 2)} / ${v.poolWaitP99 <= 0.1 ? '≤ 0.1' : `≤ ${fmt(v.poolWaitP99, 1)}`} | ${v.dispatchRuns}, ${fmt(v.dispatchMean, 1)} | ${fmt(v.feedReads / x.sent, 2)} / ${fmt(v.feedHanded / x.sent, 2)} |`);
  }
  const m = r.memory;
  console.log(`\nPool: ${process.env.DB_POOL_SIZE ?? 'default'} connections per process. Idle sockets: server RSS ${fmt(m.before / 1024, 1)} MB before, ${fmt(m.after / 1024, 1)} MB with ${fmt(m.sockets)} sockets open (${fmt(m.conversations)} visitors + ${fmt(advisors)} advisors) → ${fmt((m.after - m.before) / m.sockets, 1)} KB per socket (${fmt((m.after - m.before) / m.conversations, 1)} KB per conversation). Starting a chat: ${fmt(r.startMs, 1)} ms each (16 at a time). Load average at the end: ${r.load}.`);
  console.log('Goals: delivery p99 < 50 ms on one process at 2,000 conversations; < 100 ms across processes. A message is acknowledged only after its commit (acked = sent when nothing failed).');
}
