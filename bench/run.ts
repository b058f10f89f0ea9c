/**
 * `npm run bench`: runs every suite in bench/ and prints figures with their
 * ratio to a baseline measured in the same run (machines are noisy; ratios travel).
 * Not part of `npm test`. BENCH_SECONDS sets the duration of each load (default 10).
 */
import { availableParallelism, loadavg } from 'node:os';
import { httpSuite, type Row } from './http.bench.ts';
import { available, INSTALL, NGINX, WRK } from './wrk.ts';
import { startupSuite } from './startup.bench.ts';
import { roadmapSuite } from './roadmap.bench.ts';
import { printSearch, searchSuite } from './search.bench.ts';
import { argon2VerifyMs, staffSuite } from './staff.bench.ts';
import { CONNECTIONS, RATE, deskSuite } from './desk.bench.ts';
import { chatSuite, printChat } from './chat.bench.ts';
import { assistantSuite, printAssistant } from './assistant.bench.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function printHttp(rows: Row[]) {
  console.log(`\n## HTTP: the cached procedure page (wrk, 1 thread, 64 connections, ${seconds} s each; one worker process per server)\n`);
  // How busy the machine was (2 cores shared): req/s and p99 follow it, CPU µs/request much less.
  console.log(`Load average (1, 5, 15 min) at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${availableParallelism()} cores.\n`);
  const [nginx] = rows;
  console.log('| target | req/s | p50 ms | p99 ms | errors | ratio to nginx | server CPU µs/request | CPU ratio (nginx ÷ this) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const cpu = r.cpuUsPerRequest ? `${fmt(r.cpuUsPerRequest, 1)} | ${fmt(nginx!.cpuUsPerRequest! / r.cpuUsPerRequest, 2)}×` : '– | –';
    console.log(`| ${r.name} | ${fmt(r.reqPerSec)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${r.errors} | ${fmt(r.reqPerSec / nginx!.reqPerSec, 2)}× | ${cpu} |`);
  }
  console.log('\nCPU per request: what each server spends, whatever else runs on the machine (req/s falls with the load; on a quiet core the CPU ratio is about the throughput ratio).');
  const on = rows.find((r) => r.name.includes('logging on'));
  const off = rows.find((r) => r.name.includes('warn'));
  const dash = rows.find((r) => r.name.includes('dashboard'));
  if (on && dash) console.log(`\nThe dashboard page serves at ${fmt(dash.reqPerSec / on.reqPerSec, 2)}× the cached procedure page (same server, same run; goal: within 10 %).`);
  if (on && off) console.log(`\nRequest logging costs ${fmt(100 * (1 - on.reqPerSec / off.reqPerSec), 0)} % of throughput (goal: less than half). Goals: ≥ 0.5× nginx with logging on, p99 < 10 ms.`);
}

function printRoadmap() {
  const rows = roadmapSuite();
  const base = rows[0]!;
  console.log('\n## Roadmap computation vs catalogue size (synthetic procedures; baseline: 50)\n');
  console.log('| procedures | in plan | median ms | p99 ms | size ratio | time ratio |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${fmt(r.size)} | ${fmt(r.planned)} | ${fmt(r.medianMs, 3)} | ${fmt(r.p99Ms, 3)} | ${fmt(r.size / base.size, 0)}× | ${fmt(r.medianMs / base.medianMs, 1)}× |`);
  }
}

const only = process.env.BENCH_ONLY?.split(',');
const want = (name: string) => !only || only.includes(name);
console.log(`Ventanilla benchmarks — node ${process.version}, ${new Date().toISOString()}`);
if (want('roadmap')) printRoadmap();
if (want('search')) printSearch(await searchSuite(seconds), seconds);
if (want('assistant')) printAssistant(await assistantSuite(seconds), seconds);
if (want('http')) {
  if (available(WRK) && available(NGINX)) printHttp(await httpSuite(seconds));
  else console.log(`\n## HTTP: skipped — wrk and nginx are needed (the load generator must not be the bottleneck): ${INSTALL}`);
}
if (want('staff')) {
  const rows = await staffSuite(seconds);
  const base = rows[0]!;
  console.log(`\n## Staff back office: database sessions per request (autocannon, 64 connections, ${seconds} s each; PGlite)\n`);
  console.log('| target | req/s | p50 ms | p99 ms | errors | ratio to /healthz |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${fmt(r.reqPerSec)} | ${r.p50} | ${r.p99} | ${r.errors} | ${fmt(r.reqPerSec / base.reqPerSec, 2)}× |`);
  console.log(`\nargon2id verification (m=19456, t=2, p=1), median of 20: ${fmt(await argon2VerifyMs(), 1)} ms`);
}
if (want('desk')) {
  if (!available(WRK)) console.log(`\n## Desk intake: skipped — wrk is needed: ${INSTALL}`);
  else {
    const r = await deskSuite(seconds);
    if (!r) console.log('\n## Desk intake: skipped — TEST_DATABASE_URL=off (needs PostgreSQL)');
    else {
      const [base] = r.rows;
      console.log(`\n## Desk intake on PostgreSQL: POST /api/v1/requests (wrk, 1 thread, ${CONNECTIONS} connections, ${seconds} s each; baseline: /healthz write probe)\n`);
      console.log('| target | req/s | p50 ms | p99 ms | errors | ratio to /healthz |');
      console.log('|---|---:|---:|---:|---:|---:|');
      for (const x of r.rows) console.log(`| ${x.name} | ${fmt(x.reqPerSec)} | ${fmt(x.p50, 2)} | ${fmt(x.p99, 2)} | ${x.errors} | ${fmt(x.reqPerSec / base!.reqPerSec, 2)}× |`);
      console.log(`\nLatency at the goal's load: an open loop at ${RATE} requests/s for ${seconds} s, each latency from the request's scheduled time (bench/open-loop.ts)\n`);
      console.log('| target | offered req/s | answered req/s | p50 ms | p99 ms | max ms | errors |');
      console.log('|---|---:|---:|---:|---:|---:|---:|');
      for (const x of r.paced) console.log(`| ${x.name} | ${fmt(x.offered)} | ${fmt(x.reqPerSec)} | ${fmt(x.p50, 2)} | ${fmt(x.p99, 2)} | ${fmt(x.max, 1)} | ${x.errors} |`);
      console.log(`\n${fmt(r.cases)} cases stored. Goal: ≥ 500 submissions/s (capacity) with p99 < 50 ms at 500/s (mail queued, not sent, in the request).`);
    }
  }
}
if (want('chat')) {
  const r = await chatSuite(seconds);
  if (!r) console.log('\n## Chat delivery: skipped — TEST_DATABASE_URL=off (needs PostgreSQL)');
  else printChat(r, seconds);
}
if (want('startup')) {
  const rows = await startupSuite();
  const goal = { 'fresh data directory': 3000, restart: 1500 } as Record<string, number>;
  console.log('\n## Start-up and memory of the embedded default (PGlite; `npm start` process)\n');
  console.log('| run | first response ms | goal ms | CPU ms until then | RSS MB after every page type | goal MB |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${fmt(r.firstResponseMs)} | ${goal[r.name] ? fmt(goal[r.name]!) : '–'} | ${fmt(r.cpuMs)} | ${fmt(r.rssMB)} | 450 |`);
}
// Lighthouse takes minutes (about 10 s a page, 14 pages): only when asked, BENCH_ONLY=lighthouse (or `npm run lighthouse`).
if (only?.includes('lighthouse')) {
  const { belowGoal, lighthouseSuite, printLighthouse } = await import('./lighthouse.ts');
  const out = await lighthouseSuite({ mobile: process.env.LIGHTHOUSE_MOBILE === '1' });
  printLighthouse(out);
  if (out.rows.some(belowGoal)) process.exitCode = 1;
}
