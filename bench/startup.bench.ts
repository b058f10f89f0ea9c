/**
 * Start-up and memory of the embedded default (issue 9): `npm start`'s process on a fresh PGlite data
 * directory, then restarted on it; time from spawn to the first 200 on a procedure page, and resident
 * memory (VmRSS) after serving every page type once. Goals: ≤ 3 s fresh, ≤ 1.5 s restart, ≤ 450 MB.
 * First, the same on a machine that has never started this version: no prepared data directory and
 * no bundle of the server in the cache (an empty VENTANILLA_CACHE_DIR), both built by that start.
 * The CPU time the process used until its first response is printed too: on a machine shared with
 * other work the wall time grows with the load, the CPU time much less.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../tests/helpers/server.ts';

export interface StartupRow {
  name: string;
  firstResponseMs: number;
  /** CPU time (user + system) of the server process until its first response. */
  cpuMs: number;
  rssMB: number;
}

/** utime + stime of a process, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s). */
async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const PAGES = ['/es/', '/en/procedures', '/es/estados/nuevo-leon', '/en/sectors', '/api/v1/export/catalogue.json', '/en/search?q=rfc', '/es/glosario', '/staff/login'];

async function once(name: string, dir: string, cache: Record<string, string> = {}): Promise<StartupRow> {
  const port = await freePort();
  const started = performance.now();
  const proc = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...cache },
    stdio: 'ignore',
  });
  try {
    let firstResponseMs = 0;
    let cpuMs = 0;
    for (let i = 0; i < 2400 && !firstResponseMs; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/es/tramites/rnie-registration`)).ok) {
          firstResponseMs = performance.now() - started;
          cpuMs = await cpuMsOf(proc.pid!);
        }
      } catch {
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    for (const p of PAGES) await (await fetch(`http://127.0.0.1:${port}${p}`)).arrayBuffer();
    const status = await readFile(`/proc/${proc.pid}/status`, 'utf8');
    return { name, firstResponseMs, cpuMs, rssMB: Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024 };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}

export async function startupSuite(): Promise<StartupRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'vt-startup-'));
  try {
    // Inside node_modules like the real cache: the bundle finds the packages from there.
    const cache = await mkdtemp(join('node_modules', '.cache', 'vt-startup-'));
    try {
      const first = await once('first start of this version on the machine (empty cache)', join(dir, 'first'), { VENTANILLA_CACHE_DIR: resolve(cache) });
      return [first, await once('fresh data directory', join(dir, 'data')), await once('restart', join(dir, 'data'))];
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
