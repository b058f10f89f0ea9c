/**
 * Start-up and memory of the embedded default (issue 9): `npm start`'s process on a fresh PGlite data
 * directory, then restarted on it; time from spawn to the first 200 on a procedure page, and resident
 * memory (VmRSS) after serving every page type once. Goals: ≤ 3 s fresh, ≤ 1.5 s restart, ≤ 450 MB.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/helpers/server.ts';

export interface StartupRow {
  name: string;
  firstResponseMs: number;
  rssMB: number;
}

const PAGES = ['/es/', '/en/procedures', '/es/estados/nuevo-leon', '/en/sectors', '/api/v1/export/catalogue.json', '/en/search?q=rfc', '/es/glosario', '/staff/login'];

async function once(name: string, dir: string): Promise<StartupRow> {
  const port = await freePort();
  const started = performance.now();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    let firstResponseMs = 0;
    for (let i = 0; i < 1200 && !firstResponseMs; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/es/tramites/rnie-registration`)).ok) firstResponseMs = performance.now() - started;
      } catch {
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    for (const p of PAGES) await (await fetch(`http://127.0.0.1:${port}${p}`)).arrayBuffer();
    const status = await readFile(`/proc/${proc.pid}/status`, 'utf8');
    return { name, firstResponseMs, rssMB: Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024 };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}

export async function startupSuite(): Promise<StartupRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'vt-startup-'));
  try {
    return [await once('fresh data directory', dir), await once('restart', dir)];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
