/**
 * Live chat (issue 12) on the desk's conversation model: a chat is a case (channel `chat`) with a
 * folio from its first moment, so a chat nobody can take — out of hours, everyone busy — is already a
 * case the desk answers later, and nothing the visitor wrote is lost. Messages follow the delivery
 * protocol of docs/chat-protocol.md: each carries the sender's own id and is stored (with the case's
 * next sequence number) before it is acknowledged; a resend with the same id returns the stored one.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit, type AuditActor } from '../../audit/record.ts';
import { hashToken } from '../token.ts';
import { announceMessage, findCase, insertMessage, listMessages, lockCase, messageByClientId } from '../queries.ts';
import { DeskLimitError, prepareIntake, type IntakeOptions } from './create-case.ts';
import { CaseClosedError } from './conversation.ts';
import { chatMode } from './availability.ts';
import type { DeskCase, DeskMessage } from '../schema.ts';

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
 * it to someone present) and its audit event in one statement. `mode` records whether someone could
 * answer live when it started — what the wait estimate learns from.
 */
export async function startChat(db: Db, input: ChatStart, opts: ChatStartOptions): Promise<{ case: DeskCase; token: string; mode: 'live' | 'offline'; opensAt: Date | null }> {
  const { ipHash, id, token, folio, teamId, assignee, due, now } = await prepareIntake(db, { kind: input.topic, state: input.state ?? null, scian: input.scian ?? null, locale: input.locale }, opts, false);
  const { mode, opensAt } = await chatMode(db, { locale: input.locale, stateCode: input.state ?? null, teamId }, now);
  const rows = await db.query<{ n: number }>(
    `WITH b AS (
       INSERT INTO desk_address_count (ip_hash, n) VALUES ($1, 1) ON CONFLICT (ip_hash) DO UPDATE SET n = desk_address_count.n + 1 RETURNING n
     ), c AS (
       INSERT INTO desk_case (id, folio, kind, channel, status, locale, state_code, scian, name, email, token_hash, ip_hash, assignee_id, first_response_due, team_id, details)
       SELECT $2, $3, $4, 'chat', $5, $6, $7, $8, $9, $10, $11, $1, $12, $13, $14, $18::jsonb FROM b WHERE b.n <= $15 RETURNING id
     )
     INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
     SELECT NULL, 'anonymous', 'case.created', 'case', id, NULL, $16::jsonb, $17 FROM c RETURNING 1 AS n`,
    [ipHash, id, folio, input.topic, assignee ? 'assigned' : 'received', input.locale, input.state ?? null, input.scian ?? null, input.name ?? null, input.email ?? null,
      hashToken(token), assignee?.id ?? null, due.toISOString(), teamId, opts.dailyLimit,
      JSON.stringify({ folio, kind: input.topic, channel: 'chat', state: input.state ?? null, teamId, assigneeId: assignee?.id ?? null, mode }), opts.requestId ?? null,
      JSON.stringify({ mode })],
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
}

/** The client reused an id for a different text: a client bug, refused rather than guessed at. */
export class ClientIdReusedError extends Error {}

/**
 * Stores one chat message from the visitor or from staff, unless the same sender already stored one
 * under this client id. The case row is locked first, so two resends of one message cannot both
 * pass the check; the message takes the case's next sequence number and is announced once committed.
 */
export async function postChatMessage(
  db: Db,
  caseId: string,
  m: { authorKind: Exclude<DeskMessage['authorKind'], 'system'>; authorId: string | null; clientId: string; body: string },
  audit?: { actor: AuditActor; requestId: string | null },
): Promise<Posted> {
  const posted = await db.transaction(async (tx): Promise<Posted> => {
    const c = await lockCase(tx, caseId);
    if (!c) throw new Error(`case ${caseId} not found`);
    const earlier = await messageByClientId(tx, caseId, m.authorKind, m.clientId);
    if (earlier) {
      if (earlier.body !== m.body) throw new ClientIdReusedError('client id reused for another message');
      return { seq: earlier.seq, clientId: m.clientId, createdAt: earlier.createdAt, replayed: true };
    }
    if (c.status === 'closed') throw new CaseClosedError('closed');
    const stored = await insertMessage(tx, { caseId, authorKind: m.authorKind, authorId: m.authorId, internal: false, body: m.body, clientId: m.clientId }, { announce: false });
    // The desk's first line stops the first-response clock; whoever answers a chat nobody had, takes it.
    await tx.query(
      `UPDATE desk_case SET updated_at = now(),
         first_response_at = CASE WHEN $2 = 'staff' THEN COALESCE(first_response_at, now()) ELSE first_response_at END,
         assignee_id = CASE WHEN $2 = 'staff' THEN COALESCE(assignee_id, $3::uuid) ELSE assignee_id END,
         status = CASE WHEN $2 = 'staff' AND status = 'received' AND $3::uuid IS NOT NULL THEN 'assigned' ELSE status END
       WHERE id = $1`,
      [caseId, m.authorKind, m.authorId],
    );
    if (audit) await recordAudit(tx, { actor: audit.actor, action: 'case.replied', entityType: 'case', entityId: caseId, after: { folio: c.folio, length: m.body.length, channel: 'chat' }, requestId: audit.requestId });
    return { seq: stored.seq, clientId: m.clientId, createdAt: stored.createdAt, replayed: false };
  });
  // Announced after the commit and before the acknowledgement (queries.ts, announceMessage, says why
  // not inside the transaction). A process that dies in between never acknowledged the line: the
  // client sends it again, and the replay announces it again — so a replay always announces too.
  await announceMessage(db, caseId, posted.seq);
  return posted;
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
