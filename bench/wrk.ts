/**
 * wrk (Debian package `wrk`) as the load generator: one thread drives ~100 k req/s here, where
 * autocannon tops out near 20–28 k and would measure itself. Missing wrk or nginx: the HTTP suite
 * is skipped with the command that installs them (`sudo apt-get install -y wrk nginx-light`).
 */
import { spawn, spawnSync } from 'node:child_process';

export interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time per request (user + system), where measured. */
  cpuUsPerRequest?: number;
}

export const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const INSTALL = 'sudo apt-get install -y wrk nginx-light';

export function available(bin: string): boolean {
  return spawnSync(bin, ['-v'], { stdio: 'ignore' }).error === undefined;
}

// A Lua report that prints the figures wrk's text output rounds or hides.
const REPORT = `done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end`;

let script: string | undefined;
async function reportScript(): Promise<string> {
  if (script) return script;
  const { writeFile, mkdtemp } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  script = join(await mkdtemp(join(tmpdir(), 'vt-wrk-')), 'report.lua');
  await writeFile(script, REPORT);
  return script;
}

/** A script that sends `request` (Lua defining `request = function() … end`) and reports like the default. */
async function scriptWith(request: string): Promise<string> {
  const { writeFile, mkdtemp } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const file = join(await mkdtemp(join(tmpdir(), 'vt-wrk-')), 'request.lua');
  await writeFile(file, `${request}\n${REPORT}`);
  return file;
}

/** One load: `connections` connections on one wrk thread for `seconds` s; `request`: Lua for requests other than GET. */
export async function wrk(name: string, url: string, seconds: number, connections = 64, request?: string): Promise<Row> {
  const out = await new Promise<string>((resolve, reject) => {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s'];
    (request ? scriptWith(request) : reportScript()).then((s) => {
      const p = spawn(WRK, [...args, s, url], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      p.stdout.on('data', (d) => (text += d));
      p.on('error', reject);
      p.on('exit', () => resolve(text));
    }, reject);
  });
  const m = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
  if (!m) throw new Error(`wrk printed no result for ${url}:\n${out}`);
  return { name, reqPerSec: Number(m[1]) / Number(m[2]), p50: Number(m[3]), p99: Number(m[4]), errors: Number(m[5]) };
}
