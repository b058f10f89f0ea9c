/**
 * The chat suite's load generator (bench/chat.bench.ts), in its own process so that it is not the
 * server's bottleneck — nor the server its: it holds every client socket (one visitor socket per
 * conversation, one staff socket per advisor watching its conversations) and sends on an open-loop
 * schedule, each latency measured from the message's *scheduled* time (as bench/open-loop.ts). Driven
 * over IPC by the suite: start chats, sign advisors in, open sockets, run a rate, report.
 *
 * The same client speaks to the app (visitor socket /api/v1/chat/socket, staff socket
 * /staff/desk/socket) and to the bare `ws` relay of bench/chat-relay.ts, which takes the same frames.
 */
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { StaffClient } from '../tests/helpers/staff.ts';

export type Command =
  | { cmd: 'start'; url: string; conversations: number }
  | { cmd: 'login'; url: string; emails: string[] }
  | { cmd: 'open'; visitorWs: string; staffWs: string; origin: string; sides: 'both' | 'staff' }
  | { cmd: 'close'; sides: 'both' | 'staff' }
  | { cmd: 'run'; rate: number; seconds: number };

export interface RunResult {
  offered: number;
  sent: number;
  acked: number;
  delivered: number;
  lost: number;
  duplicates: number;
  errors: number;
  closed: number;
  deliveredPerSec: number;
  p50: number;
  p99: number;
  max: number;
  ackP50: number;
  ackP99: number;
  /** Delivery p99 of the visitors' messages (to the advisor) and of the advisors' (to the visitor). */
  toStaffP99: number;
  toVisitorP99: number;
  /** This process's CPU over the run, % of one core. */
  clientCpu: number;
}

interface Conv { id: string; token: string }
interface Pending { due: number; toStaff: boolean; acked: boolean; delivered: boolean }

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, fn: (x: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

let convs: Conv[] = [];
let cookies: string[] = [];
let visitors: WebSocket[] = [];
let staff: WebSocket[] = [];
const pending = new Map<string, Pending>();
const stats = { toStaff: [] as number[], toVisitor: [] as number[], latencies: [] as number[], ackLatencies: [] as number[], duplicates: 0, errors: 0, closed: 0, lastArrival: 0 };
let run = 0;

/** Conversation c is answered by advisor c mod A: consecutive messages go to different advisors. */
const advisorOf = (c: number) => c % cookies.length;

function onFrame(data: unknown, staffSide: boolean) {
  const f = JSON.parse(String(data)) as { type: string; clientId?: string; from?: string };
  if (f.type === 'ack') {
    const p = pending.get(f.clientId!);
    if (p && !p.acked) {
      p.acked = true;
      stats.ackLatencies.push(performance.now() - p.due);
    }
  } else if (f.type === 'message' && f.clientId) {
    const p = pending.get(f.clientId);
    // Each side also gets its own messages back; only the other side's arrival counts.
    if (!p || p.toStaff !== staffSide) return;
    if (p.delivered) stats.duplicates++;
    else {
      p.delivered = true;
      stats.lastArrival = performance.now();
      stats.latencies.push(stats.lastArrival - p.due);
      (staffSide ? stats.toStaff : stats.toVisitor).push(stats.lastArrival - p.due);
    }
  } else if (f.type === 'error') stats.errors++;
}

function connect(url: string, origin: string, headers: Record<string, string>, staffSide: boolean, first: object[], readyType: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin, headers, perMessageDeflate: false });
    let ready = false;
    ws.on('message', (d) => {
      if (!ready && String(d).includes(`"type":"${readyType}"`)) {
        ready = true;
        return resolve(ws);
      }
      onFrame(d, staffSide);
    });
    ws.once('open', () => first.forEach((f) => ws.send(JSON.stringify(f))));
    ws.once('error', reject);
    ws.once('unexpected-response', (_q, res) => reject(new Error(`HTTP ${res.statusCode} from ${url}`)));
    ws.on('close', () => void (ready && stats.closed++));
  });
}

async function handle(c: Command): Promise<unknown> {
  if (c.cmd === 'start') {
    convs = new Array(c.conversations);
    await pool(Array.from({ length: c.conversations }, (_, i) => i), 16, async (i) => {
      const r = await fetch(`${c.url}/api/v1/chat/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ topic: 'question', locale: 'en', consent: true }) });
      if (r.status !== 201) throw new Error(`start: HTTP ${r.status} ${await r.text()}`);
      convs[i] = (await r.json()) as Conv;
    });
    return convs.length;
  }
  if (c.cmd === 'login') {
    cookies = new Array(c.emails.length);
    await pool(c.emails, 4, async (email, i) => {
      const s = new StaffClient(c.url);
      const r = await s.login(email);
      if (r.status !== 303) throw new Error(`login ${email}: HTTP ${r.status}`);
      cookies[i] = [...s.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    });
    return cookies.length;
  }
  if (c.cmd === 'open') {
    if (c.sides === 'both') {
      visitors = new Array(convs.length);
      await pool(convs, 64, async (conv, i) => {
        visitors[i] = await connect(c.visitorWs, c.origin, {}, false, [{ type: 'hello', id: conv.id, token: conv.token, after: 0 }], 'ready');
      });
    }
    staff = new Array(cookies.length);
    await pool(cookies, 16, async (cookie, a) => {
      const mine = convs.filter((_, i) => advisorOf(i) === a);
      // Frames are handled in order: the pong comes after every watch has sent its backlog.
      const ws = await connect(c.staffWs, c.origin, { cookie }, true, [], 'ready');
      for (const conv of mine) ws.send(JSON.stringify({ type: 'watch', id: conv.id, after: 0 }));
      await new Promise<void>((resolve) => {
        const onPong = (d: unknown) => String(d).includes('"type":"pong"') && (ws.off('message', onPong), resolve());
        ws.on('message', onPong);
        ws.send(JSON.stringify({ type: 'ping' }));
      });
      staff[a] = ws;
    });
    return { visitors: visitors.length, staff: staff.length };
  }
  if (c.cmd === 'close') {
    const closing = [...(c.sides === 'both' ? visitors : []), ...staff];
    stats.closed -= closing.length; // closed on purpose
    await Promise.all(closing.map((ws) => new Promise<void>((r) => (ws.readyState === ws.CLOSED ? r() : (ws.once('close', () => r()), ws.close())))));
    staff = [];
    if (c.sides === 'both') visitors = [];
    return true;
  }
  // run: message i goes to conversation ⌊i/2⌋ mod N, from the visitor when i is even, from its advisor when odd.
  run++;
  pending.clear();
  stats.latencies = [];
  stats.ackLatencies = [];
  stats.toStaff = [];
  stats.toVisitor = [];
  stats.duplicates = stats.errors = stats.closed = stats.lastArrival = 0;
  const total = Math.round(c.rate * c.seconds);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let sent = 0;
  const fire = (i: number, due: number) => {
    const conv = Math.floor(i / 2) % convs.length;
    const toStaff = i % 2 === 0;
    const clientId = `r${run}m${String(i).padStart(7, '0')}`;
    pending.set(clientId, { due, toStaff, acked: false, delivered: false });
    const body = `Bench line ${i}: which permit comes first for a plant in Jalisco?`;
    if (toStaff) visitors[conv]!.send(JSON.stringify({ type: 'send', clientId, body }));
    else staff[advisorOf(conv)]!.send(JSON.stringify({ type: 'send', id: convs[conv]!.id, clientId, body }));
    sent++;
  };
  for (let i = 0; i < total; ) {
    const now = performance.now();
    while (i < total && start + (i * 1000) / c.rate <= now) {
      fire(i, start + (i * 1000) / c.rate);
      i++;
    }
    if (i < total) await sleep(Math.max(0, start + (i * 1000) / c.rate - performance.now()));
  }
  const done = () => [...pending.values()].every((p) => p.delivered && p.acked);
  const drainUntil = performance.now() + 15_000;
  while (!done() && performance.now() < drainUntil) await sleep(20);
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const sending = (Math.max(stats.lastArrival, start + c.seconds * 1000) - start) / 1000;
  const all = [...pending.values()];
  stats.latencies.sort((a, b) => a - b);
  stats.ackLatencies.sort((a, b) => a - b);
  stats.toStaff.sort((a, b) => a - b);
  stats.toVisitor.sort((a, b) => a - b);
  const result: RunResult = {
    offered: c.rate, sent, acked: all.filter((p) => p.acked).length, delivered: stats.latencies.length, lost: all.filter((p) => !p.delivered).length,
    duplicates: stats.duplicates, errors: stats.errors, closed: stats.closed, deliveredPerSec: stats.latencies.length / sending,
    p50: percentile(stats.latencies, 50), p99: percentile(stats.latencies, 99), max: stats.latencies.at(-1) ?? NaN,
    ackP50: percentile(stats.ackLatencies, 50), ackP99: percentile(stats.ackLatencies, 99),
    toStaffP99: percentile(stats.toStaff, 99), toVisitorP99: percentile(stats.toVisitor, 99),
    clientCpu: (100 * (cpu.user + cpu.system)) / 1000 / (elapsed * 1000),
  };
  return result;
}

process.on('message', (c: Command & { seq: number }) => {
  handle(c).then(
    (value) => process.send!({ seq: c.seq, value }),
    (err: Error) => process.send!({ seq: c.seq, error: String(err.stack ?? err) }),
  );
});
process.on('disconnect', () => process.exit(0));
