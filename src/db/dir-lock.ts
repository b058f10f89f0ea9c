/**
 * An exclusive lock on the PGlite data directory: a lock file holding the
 * owner's pid, created with O_EXCL. A lock left by a crashed process (its pid
 * no longer runs) is taken over; a live owner makes us fail with a clear error.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${dir} is in use by process ${pid}. PGlite allows one process at a time: ` +
        `stop that process, or use DATABASE_URL to share a PostgreSQL server.`,
    );
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireDirLock(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, '.ventanilla.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(file, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await unlink(file).catch(() => {});
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isRunning(pid)) throw new DataDirLockedError(dir, pid);
      if (pid === process.pid) throw new DataDirLockedError(dir, pid);
      await unlink(file).catch(() => {}); // stale: its owner is gone
    }
  }
  throw new Error(`could not lock ${dir}`);
}
