/**
 * `npm test` never hangs: a failing setup disposes of what it started, a file that overruns its limit
 * is killed with its process group, and without a browser the journeys fail in seconds naming the fix.
 * Every run here is a real process tree; leftovers are found by a marker in /proc/<pid>/environ.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pids of live processes whose environment holds VT_RUNNER_MARKER=marker. */
function processesWithMarker(marker: string): number[] {
  const needle = `VT_RUNNER_MARKER=${marker}`;
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (/^\d+ \(.*\) Z /.test(stat)) continue; // a zombie has ended; only its parent's wait is missing
      if (readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(needle)) found.push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  return found;
}

interface Run { code: number | null; killedByUs: boolean; out: string; ms: number }

/** Runs a command in its own process group; at `limitMs` the group is killed (so this test cannot hang either). */
function run(args: string[], env: Record<string, string>, limitMs: number): Promise<Run> {
  const started = Date.now();
  // Without NODE_TEST_CONTEXT: inherited from this test's runner, it would make the nested one report to us in its binary protocol.
  const { NODE_TEST_CONTEXT: _, ...base } = process.env;
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...base, ...env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let killedByUs = false;
  const timer = setTimeout(() => {
    killedByUs = true;
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
  }, limitMs);
  return new Promise((resolve) => child.once('exit', (code) => {
    clearTimeout(timer);
    resolve({ code, killedByUs, out, ms: Date.now() - started });
  }));
}

async function assertNothingLeft(marker: string): Promise<void> {
  // A SIGKILLed group is reaped by init a moment later: give the kernel a little time.
  for (let i = 0; i < 20 && processesWithMarker(marker).length; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(processesWithMarker(marker), [], 'no process of the run is left');
}

describe('the test runner never hangs', { timeout: 240_000 }, () => {
  test('a setup that fails after starting the server disposes of the server, and the file ends', async () => {
    const marker = randomUUID();
    const r = await run(['--import', 'tsx', '--test', 'tests/fixtures/runner/failing-setup.fixture.ts'],
      { VT_RUNNER_MARKER: marker, CHROMIUM_PATH: '/nonexistent/chromium' }, 120_000);
    try {
      assert.equal(r.killedByUs, false, `the file ended on its own (it hung before the fix):\n${r.out.slice(-2000)}`);
      assert.notEqual(r.code, 0);
      assert.match(r.out, /CHROMIUM_PATH=\/nonexistent\/chromium could not be launched/);
      await assertNothingLeft(marker);
    } finally {
      for (const pid of processesWithMarker(marker)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
  });

  test('a file that hangs is killed at its time limit, with the child process it started', async () => {
    const marker = randomUUID();
    const r = await run(['scripts/run-tests.mjs', 'tests/fixtures/runner/hangs.fixture.ts'],
      { VT_RUNNER_MARKER: marker, TEST_FILE_TIMEOUT_MS: '3000' }, 60_000);
    assert.equal(r.killedByUs, false, `the runner ended on its own:\n${r.out.slice(-2000)}`);
    assert.equal(r.code, 1);
    assert.match(r.out, /hangs\.fixture\.ts — TIMED OUT after 3 s/);
    assert.match(r.out, /^tests: 0 passed, 1 failed$/m);
    assert.ok(r.ms < 30_000, `ended in ${r.ms} ms`);
    await assertNothingLeft(marker);
  });

  test('a file the runtime kills (V8 JIT-page check or segfault, nodejs/node#64500) runs again once; a second crash or an assertion fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-runner-'));
    try {
      const once = await run(['scripts/run-tests.mjs', 'tests/fixtures/runner/v8-crash.fixture.ts'],
        { VT_CRASH_COUNTER: join(dir, 'once'), VT_CRASH_TIMES: '1' }, 60_000);
      assert.equal(once.code, 0, once.out.slice(-2000));
      assert.match(once.out, /v8-crash\.fixture\.ts — ok on its second run/);
      assert.match(once.out, /run again after a crash of the runtime \(nodejs\/node#64500\):\n {2}tests\/fixtures\/runner\/v8-crash\.fixture\.ts/);
      assert.match(once.out, /^tests: 1 passed, 0 failed$/m);
      assert.equal(readFileSync(join(dir, 'once'), 'utf8'), '2', 'ran twice');

      const twice = await run(['scripts/run-tests.mjs', 'tests/fixtures/runner/v8-crash.fixture.ts'],
        { VT_CRASH_COUNTER: join(dir, 'twice'), VT_CRASH_TIMES: '2' }, 60_000);
      assert.equal(twice.code, 1);
      assert.match(twice.out, /v8-crash\.fixture\.ts — FAILED .* on its second run/);
      assert.equal(readFileSync(join(dir, 'twice'), 'utf8'), '2', 'never a third run');

      // The segfault says nothing: node:test records the signal, and that is enough.
      const segv = await run(['scripts/run-tests.mjs', 'tests/fixtures/runner/v8-crash.fixture.ts'],
        { VT_CRASH_COUNTER: join(dir, 'segv'), VT_CRASH_TIMES: '1', VT_CRASH_HOW: 'segv' }, 60_000);
      assert.equal(segv.code, 0, segv.out.slice(-2000));
      assert.match(segv.out, /v8-crash\.fixture\.ts — ok on its second run/);
      assert.match(segv.out, /first run died of SIGSEGV/);

      // An ordinary failure is never run again, and the end of its output is repeated under the totals.
      const failing = await run(['scripts/run-tests.mjs', 'tests/fixtures/runner/v8-crash.fixture.ts'],
        { VT_CRASH_COUNTER: join(dir, 'assert'), VT_CRASH_TIMES: '1', VT_CRASH_HOW: 'assert' }, 60_000);
      assert.equal(failing.code, 1);
      assert.equal(readFileSync(join(dir, 'assert'), 'utf8'), '1', 'run once');
      assert.match(failing.out, /the end of each failed file's output:\n── tests\/fixtures\/runner\/v8-crash\.fixture\.ts\n[\s\S]*an ordinary failure[\s\S]*failed files:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without a browser the browser journeys fail in seconds, naming how to get one', async () => {
    const marker = randomUUID();
    const r = await run(['scripts/run-tests.mjs', 'tests/e2e/public.test.ts'],
      { VT_RUNNER_MARKER: marker, CHROMIUM_PATH: '/nonexistent/chromium' }, 60_000);
    assert.equal(r.killedByUs, false);
    assert.equal(r.code, 1);
    assert.match(r.out, /could not be launched/);
    assert.match(r.out, /npm install/);
    assert.doesNotMatch(r.out, /public\.test\.ts —/, 'no journey was started');
    assert.ok(r.ms < 30_000, `failed in ${r.ms} ms`);
    await assertNothingLeft(marker);
  });
});
