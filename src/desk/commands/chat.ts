/**
 * Live chat (issue 12) on the desk's conversation model: a chat is a case (channel `chat`) with a
 * folio from its first moment, so a chat nobody can take — out of hours, everyone busy — is already a
 * case the desk answers later, and nothing the visitor wrote is lost. Messages follow the delivery
 * protocol of docs/chat-protocol.md: each carries the sender's own id and is stored (with the case's
 * next sequence number) before it is acknowledged; a resend with the same id returns the stored one.
 */
import type { Db, Queryable } from '../../db/client.ts';
import type { AuditActor } from '../../audit/record.ts';
import { hashToken } from '../token.ts';
import { announceMessage, findCase, listMessages } from '../queries.ts';
import { DeskLimitError, prepareIntake, type IntakeOptions } from './create-case.ts';
import { CaseClosedError } from './conversation.ts';
import { chatMode } from './availability.ts';
import type { DeskCase, DeskMessage } from '../schema.ts';
import type { MessageHub, Stored } from '../message-hub.ts';

export interface ChatStart {
  locale: 'es' | 'en';
  topic: 'question' | 'orientation';
  state?: string | undefined;
  scian?: string | undefined;
  /** Optional: where the transcript and the desk's later answers go. */
  email?: string | undefined;
  name?: string | undefined;
}

/** As for any intake, but a chat has no idempotency key: its messages carry their own ids. */
export type ChatStartOptions = Omit<IntakeOptions, 'channel' | 'idempotencyKey'>;

/**
 * Opens a chat: the case (its team from the routing rules, nobody assigned yet: the dispatcher gives
 * it to someone present), its first line when it starts from the assistant's handoff (`systemNote`:
 * the question and the attempt, numbered 1) and its audit event in one statement. `mode` records whether someone could
 * answer live when it started — what the wait estimate learns from.
 */
export async function startChat(db: Db, input: ChatStart, opts: ChatStartOptions): Promise<{ case: DeskCase; token: string; mode: 'live' | 'offline'; opensAt: Date | null }> {
  const { ipHash, id, token, folio, teamId, assignee, due, now } = await prepareIntake(db, { kind: input.topic, state: input.state ?? null, scian: input.scian ?? null, locale: input.locale }, opts, false);
  const { mode, opensAt } = await chatMode(db, { locale: input.locale, stateCode: input.state ?? null, teamId }, now);
  const rows = await db.query<{ n: number }>(
    `WITH b AS (
       INSERT INTO desk_address_count (ip_hash, n) VALUES ($1, 1) ON CONFLICT (ip_hash) DO UPDATE SET n = desk_address_count.n + 1 RETURNING n
     ), c AS (
       INSERT INTO desk_case (id, folio, kind, channel, status, locale, state_code, scian, name, email, token_hash, ip_hash, assignee_id, first_response_due, team_id, details, last_seq)
       SELECT $2, $3, $4, 'chat', $5, $6, $7, $8, $9, $10, $11, $1, $12, $13, $14, $18::jsonb, CASE WHEN $19::text IS NULL THEN 0 ELSE 1 END FROM b WHERE b.n <= $15 RETURNING id
     ), n AS (
       INSERT INTO desk_message (case_id, author_kind, internal, body, seq) SELECT id, 'system', false, $19::text, 1 FROM c WHERE $19::text IS NOT NULL
     )
     INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
     SELECT NULL, 'anonymous', 'case.created', 'case', id, NULL, $16::jsonb, $17 FROM c RETURNING 1 AS n`,
    [ipHash, id, folio, input.topic, assignee ? 'assigned' : 'received', input.locale, input.state ?? null, input.scian ?? null, input.name ?? null, input.email ?? null,
      hashToken(token), assignee?.id ?? null, due.toISOString(), teamId, opts.dailyLimit,
      JSON.stringify({ folio, kind: input.topic, channel: 'chat', state: input.state ?? null, teamId, assigneeId: assignee?.id ?? null, mode }), opts.requestId ?? null,
      JSON.stringify({ mode }), opts.systemNote ?? null],
  );
  if (!rows.length) throw new DeskLimitError('daily request limit reached');
  return { case: (await findCase(db, id))!, token, mode, opensAt };
}

export interface Posted {
  seq: number;
  clientId: string;
  createdAt: Date;
  /** true: this client id was already stored; nothing new was written. */
  replayed: boolean;
  /** The stored line and who has the case after it (a new line only): handed to this process's feeds. */
  stored?: Stored;
}

/** The client reused an id for a different text: a client bug, refused rather than guessed at. */
export class ClientIdReusedError extends Error {}

type Author = Exclude<DeskMessage['authorKind'], 'system'>;

/**
 * One chat line in one statement — one round trip, committed on its own (bench/chat.bench.ts: each
 * extra round trip was a wake-up of the database and of this process, and those were what delivery
 * waited for): lock the case row and read its last number (`c`), insert the line with the next one
 * unless the sender already stored this client id (`m`, ON CONFLICT … DO NOTHING), move the case's
 * number and state forward only if the line went in (`u`), and audit a staff line (`a`).
 *
 * Two copies of one line sent at once: the second waits on the case row's lock; in READ COMMITTED its
 * FOR UPDATE then reads the row as the first left it, and its insert sees the first's committed line
 * through the unique index and does nothing — no second copy and no number skipped. It returns no
 * row; postChatMessage then reads the stored line (a new statement sees it) and acknowledges its number.
 */
const STORE_LINE = `WITH c AS (
    SELECT id, folio, status, last_seq FROM desk_case WHERE id = $1 FOR UPDATE
  ), m AS (
    INSERT INTO desk_message (case_id, author_kind, author_id, internal, body, client_id, seq)
    SELECT c.id, $2, $3::uuid, false, $4, $5, c.last_seq + 1 FROM c WHERE c.status <> 'closed'
    ON CONFLICT (case_id, author_kind, client_id) WHERE client_id IS NOT NULL DO NOTHING
    RETURNING id, seq, created_at
  ), u AS (
    UPDATE desk_case k SET last_seq = m.seq, updated_at = now(),
      first_response_at = CASE WHEN $2 = 'staff' THEN COALESCE(k.first_response_at, now()) ELSE k.first_response_at END,
      assignee_id = CASE WHEN $2 = 'staff' THEN COALESCE(k.assignee_id, $3::uuid) ELSE k.assignee_id END,
      status = CASE WHEN $2 = 'staff' AND k.status = 'received' AND $3::uuid IS NOT NULL THEN 'assigned' ELSE k.status END
    FROM m WHERE k.id = $1
    RETURNING k.status, k.assignee_id, k.team_id
  ), a AS (
    INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
    SELECT $6::uuid, $7, 'case.replied', 'case', c.id, NULL, jsonb_build_object('folio', c.folio, 'length', $9::int, 'channel', 'chat'), $8 FROM c, m WHERE $7::text IS NOT NULL
  )
  SELECT m.id, m.seq, m.created_at, u.status, u.assignee_id, u.team_id, (SELECT display_name FROM staff_account WHERE id = $3::uuid) AS author_name FROM m, u`;

/** A line the store did not write: the one stored earlier under its client id, or why none can be. */
const EARLIER_LINE = `SELECT c.status, m.seq, m.created_at, m.body FROM desk_case c
    LEFT JOIN desk_message m ON m.case_id = c.id AND m.author_kind = $2 AND m.client_id = $3 WHERE c.id = $1`;

/**
 * Stores one chat line from the visitor or from staff, unless the same sender already stored one
 * under this client id (then that one is returned, `replayed`); takes the case's next number; the
 * desk's first line stops the first-response clock, and whoever answers a chat nobody had takes it.
 * Returned once committed. `hub`: this process's feeds get the line at once (message-hub.ts, stored()).
 */
export async function postChatMessage(
  db: Db,
  caseId: string,
  m: { authorKind: Author; authorId: string | null; clientId: string; body: string },
  audit?: { actor: AuditActor; requestId: string | null },
  hub?: MessageHub,
): Promise<Posted> {
  const posted = await store(db, caseId, m, audit);
  if (posted.stored) hub?.stored(caseId, posted.stored);
  // Announced after the commit and before the acknowledgement (queries.ts, announceMessage, says why
  // not inside the statement). A process that dies in between never acknowledged the line: the
  // client sends it again, and the replay announces it again — so a replay always announces too.
  await announceMessage(db, caseId, posted.seq);
  return posted;
}

async function store(db: Db, caseId: string, m: { authorKind: Author; authorId: string | null; clientId: string; body: string }, audit?: { actor: AuditActor; requestId: string | null }): Promise<Posted> {
  // A line whose earlier copy was being written (or rolled back) at that instant: read again (rare).
  for (let attempt = 0; ; attempt++) {
    const [r] = await db.query<{ id: string; seq: number; created_at: Date | string; status: DeskCase['status']; assignee_id: string | null; team_id: string | null; author_name: string | null }>(
      STORE_LINE,
      [caseId, m.authorKind, m.authorId, m.body, m.clientId, audit?.actor.id ?? null, audit?.actor.label ?? null, audit?.requestId ?? null, m.body.length],
    );
    if (r) {
      const createdAt = r.created_at instanceof Date ? r.created_at : new Date(r.created_at);
      const message: DeskMessage = { id: r.id, caseId, seq: r.seq, clientId: m.clientId, authorKind: m.authorKind, authorId: m.authorId, authorName: r.author_name, internal: false, body: m.body, createdAt };
      return { seq: r.seq, clientId: m.clientId, createdAt, replayed: false, stored: { message, state: { status: r.status, assigneeId: r.assignee_id, teamId: r.team_id } } };
    }
    const [e] = await db.query<{ status: DeskCase['status']; seq: number | null; created_at: Date | string | null; body: string | null }>(EARLIER_LINE, [caseId, m.authorKind, m.clientId]);
    if (!e) throw new Error(`case ${caseId} not found`);
    if (e.seq !== null) {
      if (e.body !== m.body) throw new ClientIdReusedError('client id reused for another message');
      return { seq: e.seq, clientId: m.clientId, createdAt: e.created_at instanceof Date ? e.created_at : new Date(e.created_at!), replayed: true };
    }
    if (e.status === 'closed') throw new CaseClosedError('closed');
    if (attempt >= 2) throw new Error(`chat line for case ${caseId} neither stored nor found`);
  }
}

/**
 * The visitor's place among the chats nobody has taken yet (1 = next), or 0 once someone has it or
 * it is closed. Counted, not stored: it changes whenever anyone ahead is taken.
 */
export async function queuePosition(db: Queryable, c: Pick<DeskCase, 'id' | 'status' | 'createdAt' | 'teamId' | 'locale'>): Promise<number> {
  if (c.status !== 'received') return 0;
  // Ahead of the visitor: the chats waiting for the same people (same team, same language).
  const [r] = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM desk_case WHERE channel = 'chat' AND status = 'received' AND assignee_id IS NULL
        AND team_id IS NOT DISTINCT FROM $3 AND locale = $4 AND (created_at, id) < ($1::timestamptz, $2::uuid)`,
    [c.createdAt.toISOString(), c.id, c.teamId, c.locale],
  );
  return Number(r!.n) + 1;
}

/** Rating a chat that is not over yet, or rating it twice. */
export class NotRateableError extends Error {}

/** The visitor's satisfaction with a finished chat: 1–5 and an optional comment, once. */
export async function rateChat(db: Db, caseId: string, score: number, comment: string | null): Promise<void> {
  const rows = await db.query(
    `UPDATE desk_case SET rating = $2, rating_comment = $3, rated_at = now()
      WHERE id = $1 AND channel = 'chat' AND status = 'closed' AND rated_at IS NULL RETURNING 1`,
    [caseId, score, comment],
  );
  if (!rows.length) throw new NotRateableError('not closed, or already rated');
}

/** The public messages as a plain-text transcript for the visitor's mail. */
export async function transcriptText(db: Queryable, c: Pick<DeskCase, 'id' | 'locale'>, names: { investor: string; staff: string; system: string }): Promise<string> {
  const fmt = new Intl.DateTimeFormat(c.locale === 'es' ? 'es-MX' : 'en-GB', { timeZone: 'America/Mexico_City', dateStyle: 'short', timeStyle: 'short' });
  return (await listMessages(db, c.id, { includeInternal: false }))
    .map((m) => `[${fmt.format(m.createdAt)}] ${m.authorKind === 'staff' ? (m.authorName ?? names.staff) : names[m.authorKind]}: ${m.body}`)
    .join('\n\n');
}
