import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { acquireDirLock, DataDirLockedError } from './dir-lock.ts';

test('a held data directory is refused with a clear message; released, it can be taken again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-lock-'));
  try {
    const release = await acquireDirLock(dir);
    await assert.rejects(acquireDirLock(dir), (e: Error) => e instanceof DataDirLockedError && /in use by process/.test(e.message));
    await release();
    const again = await acquireDirLock(dir);
    await again();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a lock left by a dead process is taken over; one held by a live process is not', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-lock-'));
  try {
    const child = spawn(process.execPath, ['-e', 'setTimeout(()=>{}, 60000)']);
    await writeFile(join(dir, '.ventanilla.lock'), String(child.pid));
    await assert.rejects(acquireDirLock(dir), DataDirLockedError);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const release = await acquireDirLock(dir);
    await release();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
