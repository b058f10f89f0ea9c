#!/usr/bin/env node
// Runs every *.test.ts below the given folders (default: src tests), or the files given, with node:test.
// Each file runs in its own process group with a time limit: when the file ends — or overruns and is
// killed — whatever it left running (a server child, a database) goes with its group, so `npm test`
// can never hang on one file. Output of each file is printed whole when it ends, then the totals.
// Before any browser journey (tests/e2e) a pre-flight launches the browser once: without one, the run
// fails in seconds with the command that installs it (tests/helpers/chromium.ts).
//
// Environment: TEST_CONCURRENCY (files at once, default 2), TEST_FILE_TIMEOUT_MS (per file, default 600000).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const roots = args.length ? args : ['src', 'tests'];
const files = [];
const walk = (p) => {
  if (!statSync(p).isDirectory()) return void files.push(p); // a file named explicitly runs whatever its name
  for (const name of readdirSync(p)) {
    if (name === 'node_modules') continue;
    const q = join(p, name);
    if (statSync(q).isDirectory()) walk(q);
    else if (name.endsWith('.test.ts')) files.push(q);
  }
};
roots.forEach(walk);
files.sort();

const concurrency = Math.max(1, Number(process.env.TEST_CONCURRENCY ?? 2) || 2);
const fileTimeoutMs = Number(process.env.TEST_FILE_TIMEOUT_MS ?? 600_000) || 600_000;
const PREFLIGHT_TIMEOUT_MS = 180_000;
const live = new Set();
// Started from inside a test (tests/runner.test.ts), the inherited context would switch node:test to its child protocol.
const { NODE_TEST_CONTEXT: _, ...childEnv } = process.env;

/** Kills a whole process group; an already-empty group is fine. */
const killGroup = (pid) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* group already gone */
  }
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    for (const pid of live) killGroup(pid);
    process.exit(130);
  });
}

/** Runs a command as the leader of a new process group; resolves when it ends or is killed at the limit. */
function runGroup(argv, limitMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, argv, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
    live.add(child.pid);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, limitMs);
    // 'exit', not 'close': a leftover grandchild holding the pipes open must not keep us waiting.
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid); // whatever the file left behind in its group
      live.delete(child.pid);
      setImmediate(() => resolve({ code, signal, timedOut, out, ms: Date.now() - started }));
    });
  });
}

const t0 = Date.now();
if (files.some((f) => relative('.', f).split(sep).join('/').startsWith('tests/e2e/'))) {
  const r = await runGroup(['--import', 'tsx', 'tests/helpers/chromium.ts'], PREFLIGHT_TIMEOUT_MS);
  process.stdout.write(r.out);
  if (r.code !== 0) {
    console.error(r.timedOut ? `browser pre-flight did not finish in ${PREFLIGHT_TIMEOUT_MS / 1000} s` : 'browser pre-flight failed: the browser journeys cannot run');
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(1);
  }
}

// The runtime itself can kill a test process: V8's JIT-page registry check aborts, or a segfault, while
// PGlite's WebAssembly is created and freed (nodejs/node#64500, on Node 24 in CI about once in ~1,000 file
// runs; the segfault leaves no message, only node:test's "'test failed'" for the whole file). Such a death
// is recognised by the V8 check's text, or by the fatal signal node:test records for the file (a second,
// TAP reporter writes it to a file). Only such a file is run again, once, and the retry is reported in the
// totals; a failing assertion, an exception or a second crash still fails.
const V8_WASM_CRASH = /Check failed: jit_page_->allocations_\.erase\(addr\) == 1/;
const FATAL_SIGNAL = /^\s*signal: '(SIGSEGV|SIGABRT|SIGBUS|SIGILL|SIGTRAP)'$/m;
const tapDir = mkdtempSync(join(tmpdir(), 'vt-tests-'));
process.on('exit', () => rmSync(tapDir, { recursive: true, force: true }));
let runs = 0;
async function runFile(file) {
  const tap = join(tapDir, `${runs++}.tap`);
  const r = await runGroup(['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, file], fileTimeoutMs);
  let tapText = '';
  try {
    tapText = readFileSync(tap, 'utf8');
  } catch {
    /* the run died before writing it */
  }
  const crash = r.signal ? r.signal : (V8_WASM_CRASH.test(r.out) ? 'the V8 JIT-page check' : FATAL_SIGNAL.exec(tapText)?.[1]);
  return { ...r, crash: r.timedOut ? undefined : crash };
}

const crashRetries = [];
const totals = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
const failedFiles = [];
const failedTails = [];
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    let r = await runFile(file);
    let retried = '';
    if (r.code !== 0 && r.crash) {
      // Not ours: see FATAL_SIGNAL. The file runs again, whole, once; its second result is the one that
      // counts, and the first run's output is printed with it.
      retried = `\n(first run died of ${r.crash} — nodejs/node#64500 — and the file was run again; the first run's output follows)\n${r.out}\n(second run)\n`;
      r = await runFile(file);
    }
    let status = 'ok';
    if (r.timedOut) status = `TIMED OUT after ${fileTimeoutMs / 1000} s: its process group was killed`;
    else if (r.code !== 0) status = `FAILED (exit ${r.code ?? r.signal}${r.crash ? `, died of ${r.crash}` : ''})`;
    process.stdout.write(`\n── ${file} — ${status}${retried ? ' on its second run' : ''} (${(r.ms / 1000).toFixed(1)} s)\n${retried}${r.out}`);
    if (retried) crashRetries.push(file);
    const counts = {};
    for (const m of r.out.matchAll(/^ℹ (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) counts[m[1]] = Number(m[2]);
    for (const k of Object.keys(totals)) totals[k] += counts[k] ?? 0;
    if (status !== 'ok') {
      failedFiles.push(`${file}: ${status}`);
      // CI logs are often cut to their end: repeat why each file failed there.
      failedTails.push(`── ${file}\n${r.out.split('\n').slice(-40).join('\n')}`);
      if (!counts.fail && !counts.cancelled) totals.fail += 1; // a file that died before reporting still counts
    }
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));

console.log(`\n══ ${files.length} test files, ${concurrency} at a time`);
if (failedTails.length) console.log(`the end of each failed file's output:\n${failedTails.join('\n')}\n`);
if (crashRetries.length) console.log(`run again after a crash of the runtime (nodejs/node#64500):\n  ${crashRetries.join('\n  ')}`);
if (failedFiles.length) console.log(`failed files:\n  ${failedFiles.join('\n  ')}`);
for (const [k, v] of Object.entries(totals)) console.log(`ℹ ${k} ${v}`);
console.log(`ℹ duration_ms ${Date.now() - t0}`);
console.log(`tests: ${totals.pass} passed, ${totals.fail + totals.cancelled} failed`);
process.exit(failedFiles.length || totals.fail || files.length === 0 ? 1 : 0);
