/**
 * The advisors' live connection (issue 12, item 3; docs/chat-protocol.md, "Staff socket"): presence
 * heartbeats, the chats a console watches (internal notes included), lines sent with the sender's
 * own id, typing hints, and a nudge when the queue or an assignment changes. Authorised by the staff
 * session cookie at the upgrade (an upgrade from another origin is refused: cookies would otherwise
 * let any site open it), and again — roles, states, teams read afresh — on every frame and every
 * heartbeat, so a change of access or a signed-out session takes effect on a live connection too.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { can, type Actor } from '../accounts/policies.ts';
import { currentActor, SESSION_COOKIE, TOUCH_AFTER_MS, touchStaffSession, type StaffContext } from '../accounts/session.ts';
import { HEARTBEAT_MS, heartbeat, presenceOf } from './commands/availability.ts';
import { postChatMessage } from './commands/chat.ts';
import { CLOSE, checkMessage, refusal } from './chat-socket.ts';
import { CaseFeed } from './feed.ts';
import { RateWindow } from '../http/rate-window.ts';
import type { MessageHub } from './message-hub.ts';
import { findCaseByFolio } from './queries.ts';
import { FOLIO, type DeskCase } from './schema.ts';
import { socketOpened } from '../metrics/process.ts';

export const STAFF_SOCKET_PATH = '/staff/desk/socket';
const RATE = { frames: 60, perMs: 10_000 };
const TYPING_EVERY_MS = 2_000;

type Frame =
  | { type: 'ping' }
  | { type: 'watch'; id: string; after: number }
  | { type: 'unwatch'; id: string }
  | { type: 'send'; id: string; clientId?: unknown; body?: unknown }
  | { type: 'typing'; id: string };

function parseFrame(data: unknown): Frame | null {
  try {
    const f = JSON.parse(String(data)) as Record<string, unknown>;
    if (f.type === 'ping') return { type: 'ping' };
    if (typeof f.id !== 'string' || !FOLIO.test(f.id)) return null;
    if (f.type === 'watch') return Number.isInteger(f.after ?? 0) && Number(f.after ?? 0) >= 0 ? { type: 'watch', id: f.id, after: Number(f.after ?? 0) } : null;
    if (f.type === 'unwatch' || f.type === 'typing') return { type: f.type, id: f.id };
    if (f.type === 'send') return { type: 'send', id: f.id, clientId: f.clientId, body: f.body };
  } catch {
    /* not JSON */
  }
  return null;
}

const readable = (who: Actor, c: DeskCase) => can(who, 'read', { type: 'case', state: c.stateCode, team: c.teamId });

export async function staffSocketRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const siteOrigin = new URL(d.config.PUBLIC_URL).origin;
  app.get(
    STAFF_SOCKET_PATH,
    {
      websocket: true,
      config: { access: 'signed-in' },
      preValidation: async (req, reply) => {
        if (req.headers.origin !== siteOrigin) await reply.code(403).type('application/json; charset=utf-8').send({ error: { code: 'forbidden_origin', message: 'this origin may not open the staff socket' } });
      },
    },
    (socket: WebSocket, req) => serve(socket, d, app.chatLive.hub, req.cookies[SESSION_COOKIE]!, req.staff!, req.log),
  );
}

function serve(socket: WebSocket, d: StaffRouteDeps, hub: MessageHub, token: string, first: StaffContext, log: FastifyBaseLogger): void {
  const send = (frame: object) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(frame));
  const watched = new Map<string, { feed: CaseFeed; stopTyping: () => void; lastTyping: number }>();
  const frames = new RateWindow(RATE.frames, RATE.perMs);
  let who: StaffContext = first;
  const counted = socketOpened('staff');

  const fail = (err: unknown) => {
    log.error({ err }, 'staff socket failed');
    socket.close(1011, 'server error');
  };
  const unwatch = (folio: string) => {
    const w = watched.get(folio);
    w?.feed.stop();
    w?.stopTyping();
    watched.delete(folio);
  };
  /** Access as it stands now; a session that ended closes the connection. */
  const recheck = async (): Promise<boolean> => {
    const now = await currentActor(d.db, token);
    if (!now) {
      socket.close(CLOSE.unauthorised, 'signed out');
      return false;
    }
    who = now;
    for (const [folio, w] of watched) {
      if (!readable(who.actor, w.feed.case)) {
        unwatch(folio);
        send({ type: 'unwatched', id: folio, reason: 'forbidden' });
      }
    }
    return true;
  };

  const stopQueue = hub.onQueue(() => send({ type: 'queue' }));
  // The heartbeat keeps the person present (commands/availability.ts); without it they are gone.
  const beat = async () => {
    if (await recheck()) await heartbeat(d.db, who.actor.id);
  };
  // Each connection beats on its own phase: consoles that connect together (after a deploy, every one
  // reconnects within seconds) would otherwise all hit the database in the same instant, every beat.
  let timer = setTimeout(() => {
    timer = setInterval(() => void beat().catch(fail), HEARTBEAT_MS);
    void beat().catch(fail);
  }, HEARTBEAT_MS * (0.5 + Math.random() / 2));
  void (async () => {
    await hub.start();
    await heartbeat(d.db, who.actor.id);
    const p = await presenceOf(d.db, who.actor.id);
    send({ type: 'ready', presence: { status: p.status, maxChats: p.maxChats, languages: p.languages }, heartbeatMs: HEARTBEAT_MS });
  })().catch(fail);

  // Each conversation's frames one at a time, in arrival order (chat-socket.ts says why); frames of
  // different conversations do not wait for one another (a console watches several chats, and one
  // slow line held up every other chat's). A ping waits for every frame before it, so its pong says
  // "all done" (a console, and the benchmark, rely on that). Checked and counted on arrival.
  const turns = new Map<string, Promise<unknown>>();
  socket.on('message', (data) => {
    const f = parseFrame(data);
    if (!f) return socket.close(CLOSE.badFrame, 'bad frame');
    if (!frames.take('')) return socket.close(CLOSE.tooFast, 'too many frames');
    const key = f.type === 'ping' ? '' : f.id;
    const after = f.type === 'ping' ? Promise.all(turns.values()) : (turns.get(key) ?? Promise.resolve());
    const turn = after.then(() => (socket.readyState === socket.OPEN ? handle(f) : undefined)).catch(fail);
    turns.set(key, turn);
    // The map holds only conversations with frames in flight.
    void turn.then(() => turns.get(key) === turn && turns.delete(key));
  });

  async function handle(f: Frame): Promise<unknown> {
    if (f.type === 'ping') {
      if (!(await recheck())) return;
      await heartbeat(d.db, who.actor.id);
      return send({ type: 'pong' });
    }
    if (f.type === 'unwatch') return (await recheck()) && unwatch(f.id);
    // Access and the case, read together (one round trip of waiting instead of two).
    const [allowed, c] = await Promise.all([recheck(), findCaseByFolio(d.db, f.id)]);
    if (!allowed) return;
    // Another state's or team's case is "not found", as on the pages: its existence is not revealed.
    if (!c || !readable(who.actor, c)) return send({ type: 'error', id: f.id, code: 'not_found', message: 'case not found' });
    if (f.type === 'watch') {
      if (watched.has(f.id)) unwatch(f.id);
      const feed = new CaseFeed(d.db, hub, c, f.after, true, {
        message: (m) => send({ type: 'message', id: c.folio, seq: m.seq, from: m.authorKind, author: m.authorName, internal: m.internal, clientId: m.clientId, at: m.createdAt.toISOString(), text: m.body }),
        status: (x) => void send({ type: 'status', id: x.folio, status: x.status, assignee: x.assigneeName }),
        failed: fail,
        open: () => socket.readyState === socket.OPEN,
      });
      const stopTyping = hub.onTyping(c.id, (side) => side === 'investor' && send({ type: 'typing', id: c.folio, from: 'investor' }));
      watched.set(c.folio, { feed, stopTyping, lastTyping: 0 });
      return feed.pump();
    }
    if (f.type === 'typing') {
      const w = watched.get(c.folio);
      if (w && Date.now() - w.lastTyping > TYPING_EVERY_MS) {
        w.lastTyping = Date.now();
        await hub.typing(c.id, 'staff');
      }
      return;
    }
    // send: chats only (a form's case is answered by the reply form, which also mails the investor)
    if (c.channel !== 'chat') return send({ type: 'error', id: c.folio, code: 'not_a_chat', message: 'only chats are answered over the socket' });
    if (!can(who.actor, 'reply', { type: 'case', state: c.stateCode, team: c.teamId })) return send({ type: 'error', id: c.folio, code: 'forbidden', message: 'not allowed to reply' });
    const msg = checkMessage(f);
    if ('error' in msg) return send({ type: 'error', id: c.folio, ...msg.error });
    try {
      const r = await postChatMessage(d.db, c.id, { authorKind: 'staff', authorId: who.actor.id, ...msg }, { actor: who.auditActor, requestId: null }, hub);
      // Writing is activity; the session slides forward at most once a second, as for pages (session.ts).
      if (Date.now() - who.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchStaffSession(d.db, token, d.config.SESSION_IDLE_MINUTES);
      send({ type: 'ack', id: c.folio, clientId: r.clientId, seq: r.seq, at: r.createdAt.toISOString(), replayed: r.replayed });
    } catch (e) {
      const refused = refusal(e, msg.clientId);
      if (refused) return send({ type: 'error', id: c.folio, ...refused });
      throw e;
    }
  }

  socket.on('close', () => {
    counted();
    clearTimeout(timer); // a timeout or, once started, the interval: clearTimeout clears both
    stopQueue();
    for (const folio of [...watched.keys()]) unwatch(folio);
  });
}
