/**
 * The data-directory lock (issue 9, finding 8): refused with a clear message while held; free once
 * the holder releases, exits, is killed or lies unreaped; and when several processes start at the
 * same moment, exactly one gets it — 20 trials of 8 processes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { acquireDirLock, DataDirLockedError } from './dir-lock.ts';

const LOCK = new URL('./dir-lock.ts', import.meta.url).pathname;
/**
 * A process that waits until `at` (ms since epoch), tries the lock and prints GOT or REFUSED; a
 * winner then holds the lock until its standard input closes, so a contender that the machine's
 * load made late still meets the lock held (the test ends the holders once every contender spoke).
 */
const contender = (dir: string, at: number) =>
  `import { acquireDirLock } from ${JSON.stringify(LOCK)};
   const wait = ${at} - Date.now(); if (wait > 0) await new Promise((r) => setTimeout(r, wait));
   try { await acquireDirLock(${JSON.stringify(dir)}); console.log('GOT'); process.stdin.resume(); await new Promise((r) => process.stdin.once('end', r)); }
   catch (e) { console.log(e.constructor.name === 'DataDirLockedError' ? 'REFUSED' : 'ERROR ' + e.message); }`;

/** Starts a contender; `said` resolves with its first line (GOT / REFUSED / ERROR …). */
const run = (code: string): { proc: ChildProcess; said: Promise<string>; exited: Promise<void> } => {
  const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const said = new Promise<string>((resolve) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]!.trim());
    });
    proc.once('exit', () => resolve(out.trim() || 'EXITED'));
  });
  proc.stderr!.on('data', (d) => (out += d));
  return { proc, said, exited: new Promise((r) => proc.once('exit', () => r())) };
};

test('a held data directory is refused with a clear message naming the holder; released, it can be taken again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-lock-'));
  try {
    const release = await acquireDirLock(dir);
    await assert.rejects(acquireDirLock(dir), (e: Error) => e instanceof DataDirLockedError && e.message.includes(`in use by process ${process.pid}`));
    await release();
    const again = await acquireDirLock(dir);
    await again();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('eight processes starting together: exactly one gets the lock, in each of 20 trials', { timeout: 400_000 }, async () => {
  const winners: number[] = [];
  for (let trial = 0; trial < 20; trial++) {
    const dir = await mkdtemp(join(tmpdir(), 'vt-lock-race-'));
    try {
      // Every contender starts its attempt at the same instant, after all have loaded.
      const at = Date.now() + 3_000;
      const procs = Array.from({ length: 8 }, () => run(contender(dir, at)));
      const said = await Promise.all(procs.map((p) => p.said));
      for (const p of procs) p.proc.stdin!.end(); // the winner lets go
      await Promise.all(procs.map((p) => p.exited));
      assert.ok(said.every((o) => o === 'GOT' || o === 'REFUSED'), said.join(' | '));
      winners.push(said.filter((o) => o === 'GOT').length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  assert.deepEqual(winners, Array(20).fill(1), `winners per trial: ${winners.join(',')}`);
});

test('a killed holder frees the lock at once; a live one keeps it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-lock-'));
  try {
    const holder = run(contender(dir, 0));
    assert.equal(await holder.said, 'GOT');
    await assert.rejects(acquireDirLock(dir), DataDirLockedError, 'held by a live process');
    holder.proc.kill('SIGKILL');
    await holder.exited;
    const release = await acquireDirLock(dir);
    await release();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Linux (the platform we serve from and test on): /proc tells a zombie.
test('a holder that died but was never reaped (a zombie) does not block a restart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-lock-'));
  try {
    // sh starts the holder in the background, then becomes `sleep`, which never waits for it:
    // when the holder exits it stays a zombie, its pid still "running" for kill(pid, 0).
    const code = contender(dir, 0); // its standard input is /dev/null: it lets go and exits at once
    const parent = spawn('sh', ['-c', `"${process.execPath}" --import tsx --input-type=module -e '${code.replace(/'/g, `'\\''`)}' < /dev/null & echo $!; exec sleep 30`], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = await new Promise<number>((r) => parent.stdout!.once('data', (d) => r(Number(String(d).trim()))));
    // Wait until the holder has exited and is a zombie (state Z).
    const { readFile } = await import('node:fs/promises');
    let state = '';
    for (let i = 0; i < 200 && state !== 'Z'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')).split(') ')[1]?.[0] ?? '';
    }
    assert.equal(state, 'Z', 'the holder is a zombie');
    const release = await acquireDirLock(dir);
    await release();
    parent.kill('SIGKILL');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
