/**
 * The chat API (issue 12, item 4; protocol in docs/chat-protocol.md): start a conversation, send a
 * message with the client's own id, and read what came after the last sequence number seen —
 * waiting up to `wait` seconds for something new (long polling: the fallback for networks that
 * block WebSockets, and what integrations use). The visitor token is the bearer; a wrong one is a
 * 404, like an unknown conversation.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { invalid } from './api-errors.ts';
import { ClientIdReusedError, NotRateableError, postChatMessage, queuePosition, rateChat, startChat, transcriptText } from './commands/chat.ts';
import { dispatchChats, waitEstimate } from './commands/availability.ts';
import { CaseClosedError, investorClose } from './commands/conversation.ts';
import { queueMail } from '../mail/outbox.ts';
import { deskMessages } from './locales/index.ts';
import { DeskLimitError } from './commands/create-case.ts';
import { trackingUrl } from './links.ts';
import type { MessageHub } from './message-hub.ts';
import { announceQueueChange, caseTokenHash, findCaseByFolio, listMessages } from './queries.ts';
import { FOLIO, type DeskCase, type DeskMessage } from './schema.ts';
import { bearerToken, tokenMatches } from './token.ts';
import { AssistantRequest } from '../assistant/schema.ts';
import { attemptText } from '../assistant/attempt.ts';
import type { AnswerFn } from '../assistant/web/routes.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
export const CHAT_MESSAGE_MAX = 2000;
/** The longest a read may wait for a new message; proxies commonly cut idle requests at 30 s or more. */
export const MAX_WAIT_SECONDS = 25;
/** Most messages returned by one read; a client resuming far behind reads again from the last one. */
const PAGE = 200;

const Start = z
  .object({
    locale: z.enum(['es', 'en']).default('es'),
    topic: z.enum(['question', 'orientation'], { error: 'must be question or orientation' }),
    state: z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/, { error: 'must be an INEGI state code 01–32' }).optional(),
    scian: z.string().regex(/^\d{6}$/, { error: 'must be a six-digit SCIAN 2023 class' }).optional(),
    email: z.string().trim().max(254, { error: 'is too long' }).pipe(z.email({ error: 'must be an e-mail address' })).optional(),
    name: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'is too long' }).optional(),
    consent: z.literal(true, { error: 'must be true (the visitor agreed to the privacy notice)' }),
    // A chat started from the assistant's handoff: the question as asked (and its follow-up context).
    // The server asks the engine again and attaches its attempt; the client never sends the attempt.
    assistant: AssistantRequest.pick({ question: true, context: true }).strict().optional(),
  })
  .strict();
export const ChatMessage = z
  .object({
    clientId: z.string({ error: 'required' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'must be 8 to 64 letters, digits, - or _' }),
    body: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(CHAT_MESSAGE_MAX, { error: `must be at most ${CHAT_MESSAGE_MAX} characters` }),
  })
  .strict();
const Rating = z
  .object({
    score: z.number({ error: 'must be a whole number 1–5' }).int({ error: 'must be a whole number 1–5' }).min(1, { error: 'must be a whole number 1–5' }).max(5, { error: 'must be a whole number 1–5' }),
    comment: z.string().trim().max(1000, { error: 'must be at most 1000 characters' }).optional(),
  })
  .strict();
const Transcript = z.object({ email: z.string().trim().max(254, { error: 'is too long' }).pipe(z.email({ error: 'must be an e-mail address' })).optional() }).strict();
const Read = z.object({
  after: z.coerce.number({ error: 'must be a whole number ≥ 0' }).int({ error: 'must be a whole number ≥ 0' }).min(0, { error: 'must be a whole number ≥ 0' }).default(0),
  wait: z.coerce.number({ error: `must be 0 to ${MAX_WAIT_SECONDS}` }).int({ error: `must be 0 to ${MAX_WAIT_SECONDS}` }).min(0, { error: `must be 0 to ${MAX_WAIT_SECONDS}` }).max(MAX_WAIT_SECONDS, { error: `must be 0 to ${MAX_WAIT_SECONDS}` }).default(0),
});

/** A message as the visitor's client sees it (never an internal note). */
export const wireMessage = (m: DeskMessage) => ({ seq: m.seq, from: m.authorKind, author: m.authorKind === 'staff' ? m.authorName : null, clientId: m.clientId, at: m.createdAt.toISOString(), text: m.body });

export async function apiChatRoutes(app: FastifyInstance, deps: AppDeps, hub: MessageHub, answer: AnswerFn): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyRateLimit, { global: false, errorResponseBuilder: () => new HttpError(429, 'rate_limited', 'too many requests; wait a minute') });

    /** The conversation behind the id when the bearer token is its own, and it is a chat; else 404. */
    async function authorised(req: FastifyRequest<{ Params: { id: string } }>): Promise<DeskCase> {
      const token = bearerToken(req.headers.authorization);
      const c = FOLIO.test(req.params.id) ? await findCaseByFolio(deps.db, req.params.id) : null;
      if (!c || c.channel !== 'chat' || !tokenMatches(token, await caseTokenHash(deps.db, c.id))) throw notFound('conversation');
      return c;
    }

    scope.post('/api/v1/chat/conversations', { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } } }, async (req, reply) => {
      const parsed = Start.safeParse(req.body ?? {});
      if (!parsed.success) throw invalid(parsed.error.issues);
      const { consent: _consent, assistant, ...input } = parsed.data;
      const asked = assistant ? await answer({ question: assistant.question, lang: input.locale, context: assistant.context }) : null;
      try {
        const started = await startChat(deps.db, input, {
          ip: req.ip, publicUrl: deps.config.PUBLIC_URL, dailyLimit: deps.config.DESK_DAILY_LIMIT_PER_ADDRESS, firstResponseHours: deps.config.DESK_FIRST_RESPONSE_HOURS,
          capacity: deps.config.DESK_CAPACITY, requestId: req.id, systemNote: asked ? attemptText(assistant!.question, asked, deps.config.PUBLIC_URL) : null,
        });
        // Someone free may take it at once; the answer then says so.
        await dispatchChats(deps.db);
        const c = (await findCaseByFolio(deps.db, started.case.folio))!;
        if (c.status === 'received') await announceQueueChange(deps.db); // the consoles show it waiting
        const position = await queuePosition(deps.db, c);
        return reply.code(201).type(JSON_TYPE).header('Cache-Control', 'no-store').header('Location', `/api/v1/chat/conversations/${c.folio}`).send({
          id: c.folio, token: started.token, status: c.status, queuePosition: position, trackingUrl: trackingUrl(deps.config.PUBLIC_URL, c.locale, c.folio, started.token),
          // Offline (out of hours, or nobody who could take it online) the chat is a case answered later:
          // the client says so, and when the hours begin again.
          mode: c.assigneeId ? 'live' : started.mode, open: Boolean(c.assigneeId) || started.mode === 'live', opensAt: started.opensAt?.toISOString() ?? null,
          waitEstimate: started.mode === 'live' && position > 0 ? await waitEstimate(deps.db) : null,
        });
      } catch (e) {
        if (e instanceof DeskLimitError) throw new HttpError(429, 'rate_limited', 'daily request limit reached for this address');
        throw e;
      }
    });

    scope.post<{ Params: { id: string } }>('/api/v1/chat/conversations/:id/messages', { config: { rateLimit: { max: deps.config.DESK_RATE_LIMIT_PER_MINUTE * 6, timeWindow: 60_000 } } }, async (req, reply) => {
      const c = await authorised(req);
      const parsed = ChatMessage.safeParse(req.body ?? {});
      if (!parsed.success) throw invalid(parsed.error.issues);
      try {
        const r = await postChatMessage(deps.db, c.id, { authorKind: 'investor', authorId: null, ...parsed.data }, undefined, hub);
        if (r.replayed) reply.header('Idempotent-Replayed', 'true');
        return reply.code(r.replayed ? 200 : 201).type(JSON_TYPE).header('Cache-Control', 'no-store').send({ seq: r.seq, clientId: r.clientId, at: r.createdAt.toISOString() });
      } catch (e) {
        if (e instanceof CaseClosedError) throw new HttpError(409, 'closed', 'the conversation is closed');
        if (e instanceof ClientIdReusedError) throw new HttpError(409, 'client_id_reused', 'this clientId was already used for a different message', 'clientId');
        throw e;
      }
    });

    scope.post<{ Params: { id: string } }>('/api/v1/chat/conversations/:id/close', async (req, reply) => {
      const c = await authorised(req);
      await investorClose(deps.db, c.id, req.id);
      return reply.code(204).header('Cache-Control', 'no-store').send();
    });

    scope.post<{ Params: { id: string } }>('/api/v1/chat/conversations/:id/rating', async (req, reply) => {
      const c = await authorised(req);
      const parsed = Rating.safeParse(req.body ?? {});
      if (!parsed.success) throw invalid(parsed.error.issues);
      try {
        await rateChat(deps.db, c.id, parsed.data.score, parsed.data.comment || null);
      } catch (e) {
        if (e instanceof NotRateableError) throw new HttpError(409, 'not_rateable', 'a chat is rated once, after it is closed');
        throw e;
      }
      return reply.code(204).header('Cache-Control', 'no-store').send();
    });

    // The transcript goes to the address given now or at the start; it carries the private link.
    scope.post<{ Params: { id: string } }>('/api/v1/chat/conversations/:id/transcript', { config: { rateLimit: { max: 3, timeWindow: 60_000 } } }, async (req, reply) => {
      const c = await authorised(req);
      const parsed = Transcript.safeParse(req.body ?? {});
      if (!parsed.success) throw invalid(parsed.error.issues);
      const to = parsed.data.email ?? c.email;
      if (!to) throw new HttpError(400, 'invalid_request', 'Invalid request: email required (none was given at the start)', 'email', [{ field: 'email', message: 'required' }]);
      const token = bearerToken(req.headers.authorization)!; // authorised() checked it
      await deps.db.transaction(async (tx) => {
        if (!c.email) await tx.query('UPDATE desk_case SET email = $2, updated_at = now() WHERE id = $1 AND email IS NULL', [c.id, to]);
        await queueMail(tx, {
          to, locale: c.locale, template: 'chatTranscript',
          params: { folio: c.folio, transcript: await transcriptText(tx, c, deskMessages(c.locale).chat.authors), link: trackingUrl(deps.config.PUBLIC_URL, c.locale, c.folio, token) },
        });
      });
      deps.mail.kick();
      return reply.code(202).header('Cache-Control', 'no-store').send();
    });

    scope.get<{ Params: { id: string } }>('/api/v1/chat/conversations/:id/messages', async (req, reply) => {
      const c = await authorised(req);
      const { after, wait } = parseQuery(Read, req.query, { strict: true });
      const read = () => listMessages(deps.db, c.id, { includeInternal: false, after, limit: PAGE });
      let messages = await read();
      let now = c;
      if (!messages.length && wait > 0) {
        // Subscribe before the second read, so a message stored in between still wakes us.
        const gone = new AbortController();
        reply.raw.once('close', () => gone.abort()); // the response closing before we answered: the client left
        const w = hub.waitFor(c.id, wait * 1000, gone.signal);
        await w.ready;
        messages = await read();
        if (messages.length) w.cancel();
        else if (await w.woken) messages = await read();
        // Its status may have changed while it waited (taken, closed): read the case again.
        now = (await findCaseByFolio(deps.db, c.folio)) ?? c;
      }
      return reply.type(JSON_TYPE).header('Cache-Control', 'no-store').send({
        id: now.folio, status: now.status, queuePosition: await queuePosition(deps.db, now), lastSeq: messages.at(-1)?.seq ?? after, messages: messages.map(wireMessage),
      });
    });
  });
}
