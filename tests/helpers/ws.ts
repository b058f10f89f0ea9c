/** A WebSocket test client (chat sockets): collects frames, awaits one matching a predicate. */
import { WebSocket } from 'ws';

export interface Frame { type: string; id?: string; seq?: number; text?: string; clientId?: string | null; replayed?: boolean; from?: string; status?: string; parameter?: string; internal?: boolean; code?: string; reason?: string; presence?: { status: string } }

export class WsClient {
  readonly frames: Frame[] = [];
  closed: Promise<{ code: number }>;
  private waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const f = JSON.parse(String(d)) as Frame;
      this.frames.push(f);
      this.waiters = this.waiters.filter((w) => (w.pred(f) ? (w.resolve(f), false) : true));
    });
    this.closed = new Promise((resolve) => ws.on('close', (code) => resolve({ code })));
  }
  /** Listens from the first byte: a server may speak first (the staff socket's `ready`), in the same packet as the upgrade. */
  static async open(url: string, origin?: string, headers: Record<string, string> = {}): Promise<WsClient> {
    const ws = new WebSocket(url, { ...(origin ? { origin } : {}), headers });
    const client = new WsClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
    return client;
  }
  send(frame: object) {
    this.ws.send(JSON.stringify(frame));
  }
  next(pred: (f: Frame) => boolean, ms = 5000): Promise<Frame> {
    const seen = this.frames.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const where = (new Error().stack ?? "").split("\n").find((l) => l.includes(".test.ts"))?.trim() ?? "";
      const timer = setTimeout(() => reject(new Error(`no frame matched in ${ms} ms (${where}); got ${JSON.stringify(this.frames)}`)), ms);
      this.waiters.push({ pred, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }
  messages = () => this.frames.filter((f) => f.type === 'message');
}

