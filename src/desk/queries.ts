/** SQL of the desk: cases, messages, folios. Parameterised; no business rules here. */
import type { Queryable } from '../db/client.ts';
import type { DeskCase, DeskMessage, Kind, Status } from './schema.ts';

interface CaseRow {
  id: string; folio: string; kind: Kind; channel: DeskCase['channel']; status: Status; locale: 'es' | 'en';
  state_code: string | null; scian: string | null; procedure_id: string | null; roadmap_id: string | null;
  details: Record<string, string>; name: string | null; email: string | null; organisation: string | null;
  team_id: string | null; assignee_id: string | null; assignee_name: string | null; first_response_due: Date | string; first_response_at: Date | string | null;
  resolution: string | null; created_at: Date | string; updated_at: Date | string; closed_at: Date | string | null; anonymised_at: Date | string | null;
}
const d = (x: Date | string) => (x instanceof Date ? x : new Date(x));
const nd = (x: Date | string | null) => (x === null ? null : d(x));
const toCase = (r: CaseRow): DeskCase => ({
  id: r.id, folio: r.folio, kind: r.kind, channel: r.channel, status: r.status, locale: r.locale,
  stateCode: r.state_code, scian: r.scian, procedureId: r.procedure_id, roadmapId: r.roadmap_id,
  details: r.details ?? {}, name: r.name, email: r.email, organisation: r.organisation,
  teamId: r.team_id, assigneeId: r.assignee_id, assigneeName: r.assignee_name, firstResponseDue: d(r.first_response_due), firstResponseAt: nd(r.first_response_at),
  resolution: r.resolution, createdAt: d(r.created_at), updatedAt: d(r.updated_at), closedAt: nd(r.closed_at), anonymisedAt: nd(r.anonymised_at),
});
const SELECT = `SELECT c.*, a.display_name AS assignee_name FROM desk_case c LEFT JOIN staff_account a ON a.id = c.assignee_id`;

/** The columns of a new case (intake writes them with its first message, mail and audit event). */
export interface NewCase {
  id: string; folio: string; kind: Kind; channel: DeskCase['channel']; locale: string; stateCode: string | null; scian: string | null; procedureId: string | null;
  roadmapId: string | null; details: Record<string, string>; name: string; email: string; organisation: string | null; tokenHash: string;
  idempotencyKey: string | null; ipHash: string | null; assigneeId: string | null; firstResponseDue: Date; teamId?: string | null;
}

/**
 * Intake as one statement (data-modifying CTEs run atomically, as one transaction): the case, its
 * first message, the confirmation mail in the outbox and the audit event — one round trip instead of
 * six, which is what lets intake keep up with bursts (issue 11 benchmark, ADR 021).
 */
export async function insertIntake(
  db: Queryable,
  c: NewCase,
  message: string,
  mail: { to: string; locale: string; template: string; subject: string; text: string },
  audit: { after: Record<string, unknown>; requestId: string | null },
  dailyLimit: number,
  /** A system line after the first message (the assistant's attempt, when it handed over; issue 16). */
  systemNote: string | null = null,
): Promise<'created' | 'limited'> {
  // The address's daily count is bumped in the same statement; over the limit, nothing else is written.
  const rows = await db.query<{ n: number }>(
    `WITH b AS (
       INSERT INTO desk_address_count (ip_hash, n) VALUES ($16, 1) ON CONFLICT (ip_hash) DO UPDATE SET n = desk_address_count.n + 1 RETURNING n
     ), c AS (
       INSERT INTO desk_case (id, folio, kind, channel, status, locale, state_code, scian, procedure_id, roadmap_id, details, name, email, organisation,
         token_hash, idempotency_key, ip_hash, assignee_id, first_response_due, team_id, last_seq)
       SELECT $19, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16, $17, $18, $29, CASE WHEN $30::text IS NULL THEN 1 ELSE 2 END FROM b WHERE b.n <= $28 RETURNING id
     ), m AS (
       INSERT INTO desk_message (case_id, author_kind, internal, body, seq) SELECT id, 'investor', false, $20, 1 FROM c
     ), n AS (
       INSERT INTO desk_message (case_id, author_kind, internal, body, seq) SELECT id, 'system', false, $30::text, 2 FROM c WHERE $30::text IS NOT NULL
     ), o AS (
       INSERT INTO mail_outbox (to_address, locale, template, subject, body_text) SELECT $21, $22, $23, $24, $25 FROM c
     )
     INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
     SELECT NULL, 'anonymous', 'case.created', 'case', id, NULL, $26::jsonb, $27 FROM c RETURNING 1 AS n`,
    [c.folio, c.kind, c.channel, c.assigneeId ? 'assigned' : 'received', c.locale, c.stateCode, c.scian, c.procedureId, c.roadmapId, JSON.stringify(c.details),
      c.name, c.email, c.organisation, c.tokenHash, c.idempotencyKey, c.ipHash, c.assigneeId, c.firstResponseDue.toISOString(), c.id,
      message, mail.to, mail.locale, mail.template, mail.subject, mail.text, JSON.stringify(audit.after), audit.requestId, dailyLimit, c.teamId ?? null, systemNote],
  );
  return rows.length ? 'created' : 'limited';
}

export async function findCase(db: Queryable, id: string): Promise<DeskCase | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [r] = await db.query<CaseRow>(`${SELECT} WHERE c.id = $1`, [id]);
  return r ? toCase(r) : null;
}
export async function findCaseByFolio(db: Queryable, folio: string): Promise<DeskCase | null> {
  const [r] = await db.query<CaseRow>(`${SELECT} WHERE c.folio = $1`, [folio]);
  return r ? toCase(r) : null;
}
/** Locks the case row for the rest of the transaction (status changes do not interleave). */
export async function lockCase(tx: Queryable, id: string): Promise<DeskCase | null> {
  const [r] = await tx.query<CaseRow>(`${SELECT} WHERE c.id = $1 FOR UPDATE OF c`, [id]);
  return r ? toCase(r) : null;
}
export async function caseIdByIdempotencyKey(db: Queryable, key: string): Promise<string | null> {
  const [r] = await db.query<{ id: string }>('SELECT id FROM desk_case WHERE idempotency_key = $1', [key]);
  return r?.id ?? null;
}
export async function caseTokenHash(db: Queryable, id: string): Promise<string | null> {
  const [r] = await db.query<{ token_hash: string }>('SELECT token_hash FROM desk_case WHERE id = $1', [id]);
  return r?.token_hash ?? null;
}

/** Where a process hears of every new message (payload `caseId:seq`), to wake the chat clients waiting on it. */
export const MESSAGE_CHANNEL = 'desk_message';
/** The payload on MESSAGE_CHANNEL that says the chat queue or an assignment changed (consoles refresh). */
export const QUEUE_CHANGED = '*:q';
export const announceQueueChange = (db: Queryable) => db.query(`SELECT pg_notify('${MESSAGE_CHANNEL}', $1)`, [QUEUE_CHANGED]);

/**
 * A new message takes the case's next sequence number and announces itself on MESSAGE_CHANNEL, in one
 * statement: the case row's update serialises writers of one conversation, and NOTIFY is delivered at
 * commit — a listener never hears of a message it cannot read yet, nor of one rolled back.
 * `announce: false`: the caller announces it after its commit (announceMessage; the chat's lines).
 */
export async function insertMessage(
  tx: Queryable,
  m: { caseId: string; authorKind: DeskMessage['authorKind']; authorId: string | null; internal: boolean; body: string; clientId?: string | null },
  opts: { announce?: boolean } = {},
): Promise<{ id: string; seq: number; createdAt: Date }> {
  const [r] = await tx.query<{ id: string; seq: number; created_at: Date | string }>(
    `WITH s AS (UPDATE desk_case SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq),
     m AS (INSERT INTO desk_message (case_id, author_kind, author_id, internal, body, client_id, seq)
           SELECT $1, $2, $3, $4, $5, $6, s.last_seq FROM s RETURNING id, seq, created_at)
     SELECT id, seq, created_at${opts.announce === false ? '' : `, pg_notify('${MESSAGE_CHANNEL}', $1 || ':' || seq)`} FROM m`,
    [m.caseId, m.authorKind, m.authorId, m.internal, m.body, m.clientId ?? null],
  );
  if (!r) throw new Error(`case ${m.caseId} not found`);
  return { id: r.id, seq: r.seq, createdAt: d(r.created_at) };
}

/**
 * Announces a message whose transaction has committed, in a statement of its own that commits
 * asynchronously. PostgreSQL serialises the commits of all transactions that NOTIFY, database-wide
 * (a lock held until the commit record is flushed): a NOTIFY in every chat line's transaction made
 * the lines commit one at a time, one WAL flush each, and delivery queued behind them (bench/chat.bench.ts;
 * pg_stat_activity showed the commits waiting on "Lock: object"). Here the lock is held for the queue
 * entry only, and the lines' own commits flush together. Asynchronous commit is enough: a notification
 * is not data; a crash loses it with the connections that would have heard it.
 */
export async function announceMessage(db: Queryable, caseId: string, seq: number): Promise<void> {
  await db.query(`SELECT set_config('synchronous_commit', 'off', true), pg_notify('${MESSAGE_CHANNEL}', $1)`, [`${caseId}:${seq}`]);
}

type MessageRow = { id: string; case_id: string; seq: number; client_id: string | null; author_kind: DeskMessage['authorKind']; author_id: string | null; author_name: string | null; internal: boolean; body: string; created_at: Date | string };
const toMessage = (r: MessageRow): DeskMessage => ({ id: r.id, caseId: r.case_id, seq: r.seq, clientId: r.client_id, authorKind: r.author_kind, authorId: r.author_id, authorName: r.author_name, internal: r.internal, body: r.body, createdAt: d(r.created_at) });

/** A case's messages in sequence order; `after`: only those after that sequence number (a client resuming). */
export async function listMessages(db: Queryable, caseId: string, opts: { includeInternal: boolean; after?: number; limit?: number }): Promise<DeskMessage[]> {
  const rows = await db.query<MessageRow>(
    `SELECT m.*, a.display_name AS author_name FROM desk_message m LEFT JOIN staff_account a ON a.id = m.author_id
     WHERE m.case_id = $1 AND m.seq > $2 ${opts.includeInternal ? '' : 'AND NOT m.internal'} ORDER BY m.seq LIMIT $3`,
    [caseId, opts.after ?? 0, opts.limit ?? 10_000],
  );
  return rows.map(toMessage);
}

/**
 * What a live feed (feed.ts) reads on every wake-up, in one round trip and one snapshot: the messages
 * after `after`, and who has the case now (status, assignee, team), so that a change is noticed
 * without a second query on every message. Null: no such case.
 */
export async function feedRead(
  db: Queryable,
  caseId: string,
  opts: { includeInternal: boolean; after: number; limit: number },
): Promise<{ messages: DeskMessage[]; state: Pick<DeskCase, 'status' | 'assigneeId' | 'teamId'> } | null> {
  const rows = await db.query<MessageRow & { c_status: Status; c_assignee_id: string | null; c_team_id: string | null; id: string | null }>(
    `SELECT c.status AS c_status, c.assignee_id AS c_assignee_id, c.team_id AS c_team_id, m.*, a.display_name AS author_name
       FROM desk_case c
       LEFT JOIN LATERAL (SELECT * FROM desk_message m WHERE m.case_id = c.id AND m.seq > $2 ${opts.includeInternal ? '' : 'AND NOT m.internal'} ORDER BY m.seq LIMIT $3) m ON true
       LEFT JOIN staff_account a ON a.id = m.author_id
      WHERE c.id = $1
      ORDER BY m.seq`,
    [caseId, opts.after, opts.limit],
  );
  const [first] = rows;
  if (!first) return null;
  return { messages: rows.filter((r) => r.id !== null).map(toMessage), state: { status: first.c_status, assigneeId: first.c_assignee_id, teamId: first.c_team_id } };
}

/** The message a client already sent under this id, if any (a resend after a lost acknowledgement). */
export async function messageByClientId(db: Queryable, caseId: string, authorKind: DeskMessage['authorKind'], clientId: string): Promise<{ seq: number; createdAt: Date; body: string } | null> {
  const [r] = await db.query<{ seq: number; created_at: Date | string; body: string }>(
    'SELECT seq, created_at, body FROM desk_message WHERE case_id = $1 AND author_kind = $2 AND client_id = $3',
    [caseId, authorKind, clientId],
  );
  return r ? { seq: r.seq, createdAt: d(r.created_at), body: r.body } : null;
}

export async function updateCase(tx: Queryable, id: string, set: { status?: Status; assigneeId?: string | null; firstResponseAt?: Date; resolution?: string | null; closedAt?: Date | null }): Promise<void> {
  const cols: string[] = ['updated_at = now()'];
  const params: unknown[] = [id];
  const add = (col: string, v: unknown) => (params.push(v), cols.push(`${col} = $${params.length}`));
  if (set.status !== undefined) add('status', set.status);
  if (set.assigneeId !== undefined) add('assignee_id', set.assigneeId);
  if (set.firstResponseAt !== undefined) cols.push(`first_response_at = COALESCE(first_response_at, $${params.push(set.firstResponseAt.toISOString())})`);
  if (set.resolution !== undefined) add('resolution', set.resolution);
  if (set.closedAt !== undefined) add('closed_at', set.closedAt ? set.closedAt.toISOString() : null);
  await tx.query(`UPDATE desk_case SET ${cols.join(', ')} WHERE id = $1`, params);
}

/** Candidates for a case: active accounts with the role (and, for officers, the state), with their open cases. */
export async function candidates(tx: Queryable, role: 'advisor' | 'state-officer', state: string | null, team: string | null = null): Promise<{ id: string; name: string; open: number; last: Date | null }[]> {
  const rows = await tx.query<{ id: string; name: string; open: string; last: Date | string | null }>(
    `SELECT a.id, a.display_name AS name,
            (SELECT count(*) FROM desk_case c WHERE c.assignee_id = a.id AND c.status <> 'closed') AS open,
            (SELECT max(c.created_at) FROM desk_case c WHERE c.assignee_id = a.id) AS last
       FROM staff_account a JOIN staff_role r ON r.account_id = a.id AND r.role = $1
      WHERE a.status = 'active' AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM staff_state_scope s WHERE s.account_id = a.id AND s.state_code = $2))
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM desk_team_member m WHERE m.account_id = a.id AND m.team_id = $3))
      ORDER BY a.id`,
    [role, state, team],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, open: Number(r.open), last: r.last === null ? null : d(r.last) }));
}

export interface CaseFilter {
  status?: Status | 'open' | undefined;
  channel?: DeskCase['channel'] | undefined;
  state?: string | undefined;
  kind?: Kind | undefined;
  assignee?: string | undefined;
  overdue?: boolean | undefined;
  /** The person's scope; undefined = every case. */
  scope?: { general: boolean; teams: readonly string[]; states: readonly string[] } | undefined;
  page: number;
  pageSize: number;
}

export async function listCases(db: Queryable, f: CaseFilter): Promise<{ items: DeskCase[]; hasNext: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (f.status === 'open') where.push(`c.status <> 'closed'`);
  else if (f.status) where.push(`c.status = ${p(f.status)}`);
  if (f.state) where.push(`c.state_code = ${p(f.state)}`);
  if (f.channel) where.push(`c.channel = ${p(f.channel)}`);
  if (f.kind) where.push(`c.kind = ${p(f.kind)}`);
  if (f.assignee === 'none') where.push('c.assignee_id IS NULL');
  else if (f.assignee) where.push(`c.assignee_id = ${p(f.assignee)}::uuid`);
  if (f.overdue) where.push(`c.status <> 'closed' AND c.first_response_at IS NULL AND c.first_response_due < now()`);
  if (f.scope) {
    // Advisors: the general queue and their teams'; state officers: their states' cases.
    const any: string[] = [];
    if (f.scope.general) any.push(`c.team_id IS NULL OR c.team_id = ANY(${p([...f.scope.teams])}::text[])`);
    if (f.scope.states.length) any.push(`c.state_code = ANY(${p([...f.scope.states])}::text[])`);
    where.push(any.length ? `(${any.map((x) => `(${x})`).join(' OR ')})` : 'false');
  }
  const rows = await db.query<CaseRow>(
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY (c.status <> 'closed' AND c.first_response_at IS NULL AND c.first_response_due < now()) DESC, c.created_at DESC, c.id
     LIMIT ${p(f.pageSize + 1)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
    params,
  );
  return { items: rows.slice(0, f.pageSize).map(toCase), hasNext: rows.length > f.pageSize };
}

export interface RoutingRule {
  id: string;
  position: number;
  kind: Kind | null;
  stateCode: string | null;
  scianPrefix: string | null;
  locale: 'es' | 'en' | null;
  teamId: string;
}
export async function listRules(db: Queryable): Promise<RoutingRule[]> {
  const rows = await db.query<{ id: string; position: number; kind: Kind | null; state_code: string | null; scian_prefix: string | null; locale: 'es' | 'en' | null; team_id: string }>(
    'SELECT id, position, kind, state_code, scian_prefix, locale, team_id FROM desk_routing_rule ORDER BY position, created_at, id',
  );
  return rows.map((r) => ({ id: r.id, position: r.position, kind: r.kind, stateCode: r.state_code, scianPrefix: r.scian_prefix, locale: r.locale, teamId: r.team_id }));
}
export interface Team {
  id: string;
  name: { es: string; en: string };
  /** Days a closed case's personal data is kept; null: the site's default. */
  retentionDays: number | null;
  /** The team's own chat hours; null: the desk's business hours. */
  chatHours: { opens: number; closes: number; days: number[] } | null;
  members: { id: string; name: string; email: string }[];
}
export async function listTeams(db: Queryable): Promise<Team[]> {
  const teams = await db.query<{ id: string; name_es: string; name_en: string; retention_days: number | null; chat_opens: number | null; chat_closes: number | null; chat_days: number[] | null }>(
    'SELECT id, name_es, name_en, retention_days, chat_opens, chat_closes, chat_days FROM desk_team ORDER BY id');
  const members = await db.query<{ team_id: string; id: string; name: string; email: string }>(
    'SELECT m.team_id, a.id, a.display_name AS name, a.email FROM desk_team_member m JOIN staff_account a ON a.id = m.account_id ORDER BY a.display_name',
  );
  return teams.map((t) => ({ id: t.id, name: { es: t.name_es, en: t.name_en }, retentionDays: t.retention_days,
    chatHours: t.chat_opens !== null && t.chat_closes !== null && t.chat_days ? { opens: t.chat_opens, closes: t.chat_closes, days: t.chat_days.map(Number) } : null, members: members.filter((m) => m.team_id === t.id).map(({ id, name, email }) => ({ id, name, email })) }));
}
