/**
 * The chat's WebSocket transport (issue 12; docs/chat-protocol.md): the same numbered, once-per-
 * client-id messages as the HTTP API, pushed as they are stored. The visitor token travels in the
 * first frame, never in the URL (URLs end up in logs and histories). Browsers' upgrades must come
 * from the site's own origin; a client without an Origin header (an integration) is let through,
 * the token being what authorises it. Limits: frame size, messages per connection per 10 s and per
 * address per minute (all its connections together); typing hints at most one every 2 s.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { AppDeps } from '../app.ts';
import { ChatMessage, wireMessage } from './chat-routes.ts';
import { ClientIdReusedError, postChatMessage, queuePosition } from './commands/chat.ts';
import { CaseClosedError } from './commands/conversation.ts';
import type { MessageHub } from './message-hub.ts';
import { caseTokenHash, findCaseByFolio } from './queries.ts';
import { FOLIO } from './schema.ts';
import { CaseFeed } from './feed.ts';
import { RateWindow } from '../http/rate-window.ts';
import { tokenMatches } from './token.ts';
import { CONTROL_CHARACTER } from '../http/text-guard.ts';
import { chatAcked, socketOpened } from '../metrics/process.ts';

export const SOCKET_PATH = '/api/v1/chat/socket';
/** Close codes (4000–4999 are the application's). */
export const CLOSE = { unauthorised: 4401, badFrame: 4400, tooFast: 4429, helloTimeout: 4408, going: 1001 } as const;
const HELLO_MS = 10_000;
/** Largest frame either socket (visitor or staff) accepts; @fastify/websocket is registered once, in app.ts. */
export const MAX_FRAME = 16 * 1024;
const PER_CONNECTION = { messages: 20, perMs: 10_000 };

type Frame = { type: 'hello'; id: string; token: string; after?: number } | { type: 'send'; clientId: string; body: string } | { type: 'ping' } | { type: 'typing' };
const TYPING_EVERY_MS = 2_000;

function parseFrame(data: unknown): Frame | null {
  try {
    const f = JSON.parse(String(data)) as Record<string, unknown>;
    if (f.type === 'hello' && typeof f.id === 'string' && typeof f.token === 'string' && (f.after === undefined || (Number.isInteger(f.after) && (f.after as number) >= 0))) return f as Frame;
    if (f.type === 'send') return f as Frame;
    if (f.type === 'ping') return { type: 'ping' };
    if (f.type === 'typing') return { type: 'typing' };
  } catch {
    /* not JSON */
  }
  return null;
}

export async function chatSocketRoutes(app: FastifyInstance, deps: AppDeps, hub: MessageHub): Promise<void> {
  const siteOrigin = new URL(deps.config.PUBLIC_URL).origin;
  // All of an address's connections together (many sockets must not multiply the allowance).
  const perAddress = new RateWindow(deps.config.CHAT_MESSAGES_PER_MINUTE_PER_ADDRESS, 60_000);
  await app.register(async (scope) => {
    scope.get(
      SOCKET_PATH,
      {
        websocket: true,
        preValidation: async (req, reply) => {
          const origin = req.headers.origin;
          if (origin !== undefined && origin !== siteOrigin) await reply.code(403).type('application/json; charset=utf-8').send({ error: { code: 'forbidden_origin', message: 'this origin may not open the chat' } });
        },
      },
      (socket: WebSocket, req) => serve(socket, deps, hub, req.log, () => perAddress.take(req.ip)),
    );
  });
}

function serve(socket: WebSocket, deps: AppDeps, hub: MessageHub, log: FastifyBaseLogger, addressAllows: () => boolean): void {
  const send = (frame: object) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(frame));
  let feed: CaseFeed | null = null;
  let stopTyping: (() => void) | undefined;
  let lastTyping = 0;
  const perConnection = new RateWindow(PER_CONNECTION.messages, PER_CONNECTION.perMs);
  const helloTimer = setTimeout(() => socket.close(CLOSE.helloTimeout, 'hello expected'), HELLO_MS);
  const counted = socketOpened('visitor');

  // One frame at a time, in arrival order: a burst of sends is numbered in the order typed, and a
  // send right behind the hello waits for it. (Handled concurrently, a burst took the conversation's
  // lock in any order, and a send arriving before the hello's lookup ended closed the socket.)
  // Frames are checked and counted as they arrive, so a flood is cut before it queues up.
  let turn = Promise.resolve();
  socket.on('message', (data) => {
    const f = parseFrame(data);
    if (!f) return socket.close(CLOSE.badFrame, 'bad frame');
    if (f.type === 'send' && (!perConnection.take('') || !addressAllows())) return socket.close(CLOSE.tooFast, 'too many messages');
    const at = performance.now();
    turn = turn
      .then(() => (socket.readyState === socket.OPEN ? handle(f, at) : undefined))
      .catch((err) => {
        log.error({ err }, 'chat socket: frame failed');
        socket.close(1011, 'server error');
      });
  });

  async function handle(f: Frame, at: number): Promise<void> {
    if (f.type === 'ping') return void send({ type: 'pong' });
    if (f.type === 'hello') {
      if (feed) return socket.close(CLOSE.badFrame, 'hello sent twice');
      clearTimeout(helloTimer);
      const c = FOLIO.test(f.id) ? await findCaseByFolio(deps.db, f.id) : null;
      if (!c || c.channel !== 'chat' || !tokenMatches(f.token, await caseTokenHash(deps.db, c.id))) return socket.close(CLOSE.unauthorised, 'not found');
      // Subscribed before the first read: a message stored in between wakes the feed.
      feed = new CaseFeed(deps.db, hub, c, f.after ?? 0, false, {
        message: (m) => send({ type: 'message', ...wireMessage(m) }),
        status: async (now) => void send({ type: 'status', status: now.status, queuePosition: await queuePosition(deps.db, now) }),
        failed: (err) => {
          log.error({ err }, 'chat socket: delivery failed');
          socket.close(1011, 'server error');
        },
        open: () => socket.readyState === socket.OPEN,
      });
      stopTyping = hub.onTyping(c.id, (side) => side === 'staff' && send({ type: 'typing', from: 'staff' }));
      await hub.start();
      send({ type: 'ready', id: c.folio, status: c.status, queuePosition: await queuePosition(deps.db, c) });
      return feed.pump();
    }
    if (!feed) return socket.close(CLOSE.unauthorised, 'hello first');
    if (f.type === 'typing') {
      // A hint, at most one every 2 s; never stored.
      if (Date.now() - lastTyping > TYPING_EVERY_MS) {
        lastTyping = Date.now();
        await hub.typing(feed.case.id, 'investor');
      }
      return;
    }
    const parsed = checkMessage(f);
    if ('error' in parsed) return void send({ type: 'error', ...parsed.error });
    try {
      const r = await postChatMessage(deps.db, feed.case.id, { authorKind: 'investor', authorId: null, ...parsed }, undefined, hub);
      send({ type: 'ack', clientId: r.clientId, seq: r.seq, at: r.createdAt.toISOString(), replayed: r.replayed });
      chatAcked('visitor', (performance.now() - at) / 1000);
    } catch (e) {
      const refused = refusal(e, parsed.clientId);
      if (refused) return void send({ type: 'error', ...refused });
      throw e;
    }
  }

  socket.on('close', () => {
    counted();
    clearTimeout(helloTimer);
    feed?.stop();
    stopTyping?.();
  });
}

/** A `send` frame's message, checked as the HTTP API checks it; or the error frame's fields. */
export function checkMessage(f: { clientId?: unknown; body?: unknown }): { clientId: string; body: string } | { error: { code: string; parameter: string; clientId: string | null; message: string } } {
  const parsed = ChatMessage.safeParse({ clientId: f.clientId, body: f.body });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    return { error: { code: 'invalid_parameter', parameter: field, clientId: typeof f.clientId === 'string' ? f.clientId : null, message: `${field} ${parsed.error.issues[0]?.message}` } };
  }
  if (CONTROL_CHARACTER.test(parsed.data.body)) {
    return { error: { code: 'invalid_parameter', parameter: 'body', clientId: parsed.data.clientId, message: 'control characters (such as U+0000) are not allowed' } };
  }
  return parsed.data;
}

/** The error frame for a message the conversation refused (closed, id reused); null for anything else. */
export function refusal(e: unknown, clientId: string): { code: string; parameter?: string; clientId: string; message: string } | null {
  if (e instanceof CaseClosedError) return { code: 'closed', clientId, message: 'the conversation is closed' };
  if (e instanceof ClientIdReusedError) return { code: 'client_id_reused', parameter: 'clientId', clientId, message: 'this clientId was already used for a different message' };
  return null;
}
