/**
 * The chat suite's ceiling (bench/chat.bench.ts): a bare `ws` server, no database, relaying the same
 * frames between the same socket pairs as the app — a visitor socket per conversation (`hello`), an
 * advisor socket watching its conversations (`watch`); a `send` is numbered in memory, acknowledged
 * to the sender and pushed to both sides, as the app does after its commit. Prints its port.
 */
import { WebSocketServer, type WebSocket } from 'ws';

interface Room { seq: number; visitor?: WebSocket; staff?: WebSocket }
const rooms = new Map<string, Room>();
const room = (id: string) => rooms.get(id) ?? (rooms.set(id, { seq: 0 }), rooms.get(id)!);

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 16 * 1024, perMessageDeflate: false });
wss.on('connection', (ws, req) => {
  const staffSide = req.url === '/staff';
  let mine: Room | undefined;
  let mineId = '';
  if (staffSide) ws.send(JSON.stringify({ type: 'ready' }));
  ws.on('message', (data) => {
    const f = JSON.parse(String(data)) as { type: string; id?: string; clientId?: string; body?: string };
    if (f.type === 'ping') return ws.send('{"type":"pong"}');
    if (f.type === 'hello') {
      mineId = f.id!;
      mine = room(mineId);
      mine.visitor = ws;
      return ws.send(JSON.stringify({ type: 'ready', id: mineId }));
    }
    if (f.type === 'watch') return void (room(f.id!).staff = ws);
    if (f.type !== 'send') return;
    const id = staffSide ? f.id! : mineId;
    const r = staffSide ? room(id) : mine!;
    const seq = ++r.seq;
    const at = new Date().toISOString();
    ws.send(JSON.stringify({ type: 'ack', id, clientId: f.clientId, seq, at, replayed: false }));
    const from = staffSide ? 'staff' : 'investor';
    r.visitor?.send(JSON.stringify({ type: 'message', seq, from, author: null, clientId: f.clientId, at, text: f.body }));
    r.staff?.send(JSON.stringify({ type: 'message', id, seq, from, author: null, internal: false, clientId: f.clientId, at, text: f.body }));
  });
});
wss.on('listening', () => console.log(`listening ${(wss.address() as { port: number }).port}`));
