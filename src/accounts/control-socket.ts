/**
 * A local control channel into a running server that owns the embedded
 * database. PGlite can be opened by one process only, so a command-line tool
 * (npm run admin:create) that finds DATA_DIR locked asks the server instead,
 * over a Unix socket in a directory only the data directory's owner can enter
 * (mode 0700): access to the socket is access to DATA_DIR, nothing more.
 * One JSON line in, one JSON line out.
 */
import { createHash } from 'node:crypto';
import { chmod, mkdir, stat, unlink } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ControlRequest {
  op: string;
  [key: string]: unknown;
}
export type ControlResponse = { ok: true; result: unknown } | { ok: false; error: string };

const MAX_REQUEST = 64 * 1024;
// sockaddr_un.sun_path is 108 bytes on Linux (104 on macOS): keep well below.
const MAX_SOCKET_PATH = 100;

/** The private directory and socket path for a data directory (a short one under the temp dir if DATA_DIR is deep). */
export function controlPaths(dataDir: string): { dir: string; socket: string } {
  const abs = resolve(dataDir);
  const inData = join(abs, 'control');
  if (join(inData, 'admin.sock').length <= MAX_SOCKET_PATH) return { dir: inData, socket: join(inData, 'admin.sock') };
  const id = createHash('sha256').update(abs).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `ventanilla-${process.getuid?.() ?? 'u'}-${id}`);
  return { dir, socket: join(dir, 'admin.sock') };
}

async function privateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  await assertOwned(dir);
}

/** Refuses a directory someone else owns (e.g. planted under a shared temp dir). */
async function assertOwned(dir: string): Promise<void> {
  const s = await stat(dir);
  if (process.getuid && s.uid !== process.getuid()) throw new Error(`${dir} belongs to another user; refusing to use it`);
  if ((s.mode & 0o077) !== 0) throw new Error(`${dir} is accessible to other users; refusing to use it`);
}

export async function startControlSocket(dataDir: string, handle: (req: ControlRequest) => Promise<unknown>, log: (msg: string, err?: unknown) => void): Promise<{ path: string; close(): Promise<void> }> {
  const { dir, socket } = controlPaths(dataDir);
  await privateDir(dir);
  // A socket left by a crashed server: we hold the data-directory lock, so nobody else is listening.
  await unlink(socket).catch(() => {});
  const server: Server = createServer((conn) => {
    let buf = '';
    conn.setEncoding('utf8');
    conn.setTimeout(30_000, () => conn.destroy());
    conn.on('error', () => {});
    conn.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > MAX_REQUEST) return conn.destroy();
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const line = buf.slice(0, nl);
      conn.pause();
      void respond(line).then((res) => conn.end(`${JSON.stringify(res)}\n`));
    });
  });
  const respond = async (line: string): Promise<ControlResponse> => {
    try {
      const req = JSON.parse(line) as ControlRequest;
      if (!req || typeof req.op !== 'string') return { ok: false, error: 'bad request' };
      return { ok: true, result: await handle(req) };
    } catch (e) {
      log('control request failed', e);
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(socket, () => res());
  });
  await chmod(socket, 0o600);
  return {
    path: socket,
    async close() {
      await new Promise<void>((res) => server.close(() => res()));
      await unlink(socket).catch(() => {});
    },
  };
}

/** Sends one request; waits up to `waitMs` for a server that is still starting to open its socket. */
export async function sendControlRequest(dataDir: string, req: ControlRequest, waitMs = 60_000): Promise<unknown> {
  const { dir, socket } = controlPaths(dataDir);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await assertOwned(dir);
      return await requestOnce(socket, req);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const retry = code === 'ENOENT' || code === 'ECONNREFUSED';
      if (!retry || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function requestOnce(socket: string, req: ControlRequest): Promise<unknown> {
  return new Promise((res, rej) => {
    const conn = createConnection(socket);
    let buf = '';
    conn.setEncoding('utf8');
    conn.on('connect', () => conn.write(`${JSON.stringify(req)}\n`));
    conn.on('data', (d: string) => (buf += d));
    conn.on('error', rej);
    conn.on('end', () => {
      try {
        const r = JSON.parse(buf) as ControlResponse;
        if (r.ok) res(r.result);
        else rej(new Error(r.error));
      } catch {
        rej(new Error('the server closed the control connection without an answer'));
      }
    });
  });
}
