/**
 * HTTP suite: the procedure page and the procedure API under autocannon at 64
 * connections, side by side with nginx serving saved copies of the same bytes.
 * Both servers get one worker process: the ratio compares like with like.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, startServer } from '../tests/helpers/server.ts';

export interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(name: string, url: string, seconds: number): Promise<Row> {
  const r = await autocannon({ url, connections: 64, duration: seconds, pipelining: 1 });
  return { name, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function startNginx(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const conf = join(root, 'nginx.conf');
  await writeFile(
    conf,
    `worker_processes 1; daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log warn;
events { worker_connections 1024; }
http { access_log off; default_type application/octet-stream;
  client_body_temp_path ${root}; proxy_temp_path ${root}; fastcgi_temp_path ${root}; uwsgi_temp_path ${root}; scgi_temp_path ${root};
  server { listen 127.0.0.1:${port}; root ${root};
    location = /page { default_type "text/html; charset=utf-8"; try_files /page.html =404; }
    location = /api { default_type "application/json; charset=utf-8"; try_files /api.json =404; } } }`,
  );
  const proc = spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-c', conf, '-p', root], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${url}/page`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: async () => void proc.kill('SIGTERM') };
}

export async function httpSuite(seconds: number): Promise<Row[]> {
  const server = await startServer({ LOG_LEVEL: 'warn' });
  const root = await mkdtemp(join(tmpdir(), 'vt-nginx-'));
  try {
    const slug = (await (await fetch(`${server.url}/api/v1/procedures/rnie-registration`)).json()).slug;
    const pageUrl = `${server.url}/es/tramites/${slug}`;
    const apiUrl = `${server.url}/api/v1/procedures/rnie-registration?lang=es`;
    await writeFile(join(root, 'page.html'), Buffer.from(await (await fetch(pageUrl)).arrayBuffer()));
    await writeFile(join(root, 'api.json'), Buffer.from(await (await fetch(apiUrl)).arrayBuffer()));
    const nginx = await startNginx(root);
    try {
      // Warm both (JIT, caches) before measuring.
      await load('warm-up', pageUrl, 2);
      await load('warm-up', apiUrl, 2);
      return [
        await load('procedure page — ventanilla', pageUrl, seconds),
        await load('procedure page — nginx (saved copy)', `${nginx.url}/page`, seconds),
        await load('procedure API — ventanilla', apiUrl, seconds),
        await load('procedure API — nginx (saved copy)', `${nginx.url}/api`, seconds),
      ];
    } finally {
      await nginx.stop();
    }
  } finally {
    await server.dispose();
    await rm(root, { recursive: true, force: true });
  }
}
