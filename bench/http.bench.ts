/**
 * HTTP suite (issue 9): the cached procedure page under wrk at 64 connections, one load-generator
 * thread, side by side with nginx and a bare Fastify serving the same saved bytes, one worker
 * process each. nginx is the machine's ceiling for these bytes (and shows wrk is not the
 * bottleneck); bare Fastify is the framework's. Ventanilla is measured with request logging as in
 * production (LOG_LEVEL=info) and with LOG_LEVEL=warn, so the cost of logging is visible.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSync, closeSync } from 'node:fs';
import { freePort } from '../tests/helpers/server.ts';
import { NGINX, wrk, type Row } from './wrk.ts';

export type { Row };

async function waitUp(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

/**
 * CPU time (user + system, ms) of a process and its children so far. Requests per second depend on
 * what else the machine runs; the CPU each server spends per request much less, so the bench prints
 * both (a server given a whole core would serve about 1e6 / µs-per-request requests per second).
 */
async function cpuMs(pid: number): Promise<number> {
  const one = async (p: number) => {
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11] ?? 0) + Number(f[12] ?? 0)) * 10;
  };
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).split(' ').filter(Boolean).map(Number);
  return (await Promise.all([pid, ...children].map(one))).reduce((a, b) => a + b, 0);
}

/**
 * Waits until a server is idle (under 5 % of a core over half a second, at most 60 s): a fresh
 * Ventanilla builds its search index and runs its first jobs after it starts listening, and that
 * CPU time was counted against the requests of the run that followed (the LOG_LEVEL=warn server,
 * started last, looked slower than the one that logs).
 */
async function settled(pid: number): Promise<void> {
  let last = await cpuMs(pid);
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await cpuMs(pid);
    if (now - last < 25) return;
    last = now;
  }
}

/** wrk, with the server's CPU time per request. */
async function measured(name: string, url: string, pid: number, seconds: number): Promise<Row> {
  const before = await cpuMs(pid);
  const row = await wrk(name, url, seconds);
  const requests = row.reqPerSec * seconds;
  return { ...row, cpuUsPerRequest: requests ? ((await cpuMs(pid)) - before) * 1000 / requests : 0 };
}

async function startNginx(root: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const port = await freePort();
  const conf = join(root, 'nginx.conf');
  await writeFile(
    conf,
    `worker_processes 1; daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log warn;
events { worker_connections 1024; }
http { access_log off; default_type application/octet-stream;
  client_body_temp_path ${root}; proxy_temp_path ${root}; fastcgi_temp_path ${root}; uwsgi_temp_path ${root}; scgi_temp_path ${root};
  server { listen 127.0.0.1:${port}; root ${root};
    location = /page { default_type "text/html; charset=utf-8"; try_files /page.html =404; } } }`,
  );
  const proc = spawn(NGINX, ['-c', conf, '-p', root], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}/page`;
  await waitUp(url);
  return { url, pid: proc.pid!, stop: () => void proc.kill('SIGTERM') };
}

async function startBareFastify(file: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', new URL('./bare-fastify.ts', import.meta.url).pathname, String(port), file, 'text/html; charset=utf-8'], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}/page`;
  await waitUp(url);
  return { url, pid: proc.pid!, stop: () => void proc.kill('SIGTERM') };
}

/**
 * Ventanilla as in production: `npm start`'s process with its standard output going to a file (as
 * under systemd or a container runtime), not to a pipe read by this process, which would compete
 * with the server for the CPU and measure the reader.
 */
async function startVentanilla(root: string, logLevel: string): Promise<{ url: string; pid: number; logFile: string; dispose: () => Promise<void> }> {
  const port = await freePort();
  const logFile = join(root, `ventanilla-${logLevel}.log`);
  const fd = openSync(logFile, 'w');
  const proc = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(root, `data-${logLevel}`), LOG_LEVEL: logLevel, DATABASE_URL: '' },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  await waitUp(`${url}/healthz`);
  await settled(proc.pid!);
  return { url, pid: proc.pid!, logFile, dispose: async () => void (proc.kill('SIGTERM'), await new Promise((r) => proc.once('exit', r))) };
}

export const DASHBOARD_PATH = '/es/tablero';

export async function httpSuite(seconds: number): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'vt-http-bench-'));
  const info = await startVentanilla(root, 'info');
  const rows: Row[] = [];
  try {
    const pagePath = '/es/tramites/rnie-registration';
    const page = await fetch(`${info.url}${pagePath}`);
    if (!page.ok) throw new Error(`${pagePath}: ${page.status}`);
    await writeFile(join(root, 'page.html'), Buffer.from(await page.arrayBuffer()));
    const nginx = await startNginx(root);
    const bare = await startBareFastify(join(root, 'page.html'));
    try {
      for (const u of [nginx.url, bare.url, `${info.url}${pagePath}`]) await wrk('warm-up', u, 1);
      rows.push(await measured('nginx (saved copy; the ceiling)', nginx.url, nginx.pid, seconds));
      rows.push(await measured('bare Fastify (saved copy)', bare.url, bare.pid, seconds));
      rows.push(await measured('Ventanilla, request logging on (LOG_LEVEL=info)', `${info.url}${pagePath}`, info.pid, seconds));
      // The public dashboard (issue 15) on the same server, once the job's first run has made its figures.
      await waitUp(`${info.url}/api/v1/stats`);
      await wrk('warm-up', `${info.url}${DASHBOARD_PATH}`, 1);
      rows.push(await measured(`Ventanilla, the dashboard ${DASHBOARD_PATH} (LOG_LEVEL=info)`, `${info.url}${DASHBOARD_PATH}`, info.pid, seconds));
    } finally {
      nginx.stop();
      bare.stop();
    }
  } finally {
    await info.dispose();
  }
  const warn = await startVentanilla(root, 'warn');
  try {
    await wrk('warm-up', `${warn.url}/es/tramites/rnie-registration`, 1);
    rows.push(await measured('Ventanilla, LOG_LEVEL=warn', `${warn.url}/es/tramites/rnie-registration`, warn.pid, seconds));
  } finally {
    await warn.dispose();
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}
