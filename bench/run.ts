/**
 * `npm run bench`: runs every suite in bench/ and prints figures with their
 * ratio to a baseline measured in the same run (machines are noisy; ratios travel).
 * Not part of `npm test`. BENCH_SECONDS sets the duration of each load (default 10).
 */
import { httpSuite, type Row } from './http.bench.ts';
import { roadmapSuite } from './roadmap.bench.ts';
import { printSearch, searchSuite } from './search.bench.ts';
import { argon2VerifyMs, staffSuite } from './staff.bench.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function printPairs(title: string, rows: Row[]) {
  console.log(`\n## ${title} (autocannon, 64 connections, ${seconds} s each)\n`);
  console.log('| target | req/s | p50 ms | p99 ms | errors | ratio to nginx |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (let i = 0; i < rows.length; i += 2) {
    const [ours, base] = [rows[i]!, rows[i + 1]!];
    for (const r of [ours, base]) {
      console.log(`| ${r.name} | ${fmt(r.reqPerSec)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r === ours ? fmt(ours.reqPerSec / base.reqPerSec, 2) + '×' : '1.00×'} |`);
    }
  }
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
if (want('http')) printPairs('HTTP: procedure page and API vs nginx', await httpSuite(seconds));
if (want('staff')) {
  const rows = await staffSuite(seconds);
  const base = rows[0]!;
  console.log(`\n## Staff back office: database sessions per request (autocannon, 64 connections, ${seconds} s each; PGlite)\n`);
  console.log('| target | req/s | p50 ms | p99 ms | errors | ratio to /healthz |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${fmt(r.reqPerSec)} | ${r.p50} | ${r.p99} | ${r.errors} | ${fmt(r.reqPerSec / base.reqPerSec, 2)}× |`);
  console.log(`\nargon2id verification (m=19456, t=2, p=1), median of 20: ${fmt(await argon2VerifyMs(), 1)} ms`);
}
