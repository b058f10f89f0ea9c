/**
 * Who can take a chat now (issue 12, items 2–3): advisors' presence (online / away), their capacity
 * (simultaneous chats) and languages, teams' chat hours, and the dispatcher that gives queued chats
 * to the people free to take them.
 *
 * A chat starts unassigned, in the queue. The dispatcher — run after a chat starts, when someone goes
 * online or frees a place, and every few seconds in every process — first returns to the queue the
 * chats of people no longer seen (their console's heartbeat stopped: a closed browser, a dead server
 * process), then gives the queue, oldest first, to the people online with room, preferring for a
 * chat about a state that state's officers, then the advisors; a team's chat goes to its members.
 * Runs are serialised across processes by a transaction-level advisory lock, so two processes never
 * give one person more chats than their capacity, nor one chat to two people.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { DESK_HOURS, isOpenIn, nextOpeningIn, type Hours } from '../../calendar/business-hours.ts';
import { deskMessages } from '../locales/index.ts';
import { announceQueueChange, insertMessage } from '../queries.ts';
import { timed } from '../../metrics/process.ts';

/** The console refreshes presence this often; someone not seen for PRESENCE_TIMEOUT_S is gone. */
export const HEARTBEAT_MS = 15_000;
export const PRESENCE_TIMEOUT_S = 45;
/**
 * A chat counts as live while something happened in it within this window: live chats fill a person's
 * capacity and go back to the queue when their person is gone. An older open chat (the visitor left
 * without ending it) stays with its person like any case of the inbox, until someone writes again.
 */
export const LIVE_WINDOW_S = 3_600;
/** Each process runs the dispatcher this often (besides after each event that may need it). */
export const DISPATCH_EVERY_MS = 5_000;
const DISPATCH_LOCK = 7_346_012; // any constant unique to this job
export const DISPATCHER = { id: null, label: 'chat-dispatcher' } as const;

export type Lang = 'es' | 'en';
export interface Presence {
  status: 'online' | 'away';
  maxChats: number;
  languages: Lang[];
  /** Last heartbeat; null: never used the console. */
  seenAt: Date | null;
}
export const DEFAULT_PRESENCE: Presence = { status: 'away', maxChats: 3, languages: ['es'], seenAt: null };

export async function presenceOf(db: Queryable, accountId: string): Promise<Presence> {
  const [r] = await db.query<{ status: Presence['status']; max_chats: number; languages: Lang[]; seen_at: Date | string }>(
    'SELECT status, max_chats, languages, seen_at FROM desk_presence WHERE account_id = $1', [accountId]);
  return r ? { status: r.status, maxChats: r.max_chats, languages: r.languages, seenAt: new Date(r.seen_at) } : DEFAULT_PRESENCE;
}

/** Sets the person's presence (and counts as a heartbeat). */
export async function setPresence(db: Queryable, accountId: string, p: Omit<Presence, 'seenAt'>): Promise<void> {
  await db.query(
    `INSERT INTO desk_presence (account_id, status, max_chats, languages, seen_at) VALUES ($1, $2, $3, $4::text[], now())
     ON CONFLICT (account_id) DO UPDATE SET status = EXCLUDED.status, max_chats = EXCLUDED.max_chats, languages = EXCLUDED.languages, seen_at = now()`,
    [accountId, p.status, p.maxChats, p.languages],
  );
}

/**
 * The console is still open: the person stays present (their status is unchanged). Someone who never
 * used the presence form is present too, as away (the defaults): without a row, the dispatcher took
 * the chats they answered from a case page back to the queue within seconds, telling the visitor
 * their advisor had disconnected.
 */
export async function heartbeat(db: Queryable, accountId: string): Promise<void> {
  await db.query('INSERT INTO desk_presence (account_id, seen_at) VALUES ($1, now()) ON CONFLICT (account_id) DO UPDATE SET seen_at = now()', [accountId]);
}

/** A team's chat hours, or the desk's business hours for the general queue and teams without their own. */
export async function chatHours(db: Queryable, teamId: string | null): Promise<Hours> {
  if (!teamId) return DESK_HOURS;
  const [r] = await db.query<{ chat_opens: number | null; chat_closes: number | null; chat_days: number[] | null }>(
    'SELECT chat_opens, chat_closes, chat_days FROM desk_team WHERE id = $1', [teamId]);
  return r && r.chat_opens !== null && r.chat_closes !== null && r.chat_days ? { opens: r.chat_opens, closes: r.chat_closes, days: r.chat_days.map(Number) } : DESK_HOURS;
}

interface Person {
  id: string;
  name: string;
  maxChats: number;
  languages: Lang[];
  open: number;
  lastChatAt: number;
  roles: string[];
  states: string[];
  teams: string[];
}
interface Chat {
  id: string;
  locale: Lang;
  stateCode: string | null;
  teamId: string | null;
}

/** People online and seen within the timeout, with their open chats. */
async function present(db: Queryable): Promise<Person[]> {
  const rows = await db.query<{ id: string; name: string; max_chats: number; languages: Lang[]; open: string; last_chat_at: Date | string | null; roles: string[] | null; states: string[] | null; teams: string[] | null }>(
    `SELECT a.id, a.display_name AS name, p.max_chats, p.languages,
            (SELECT count(*) FROM desk_case c WHERE c.assignee_id = a.id AND c.channel = 'chat' AND c.status <> 'closed'
                AND c.updated_at > now() - make_interval(secs => $2)) AS open,
            (SELECT max(c.updated_at) FROM desk_case c WHERE c.assignee_id = a.id AND c.channel = 'chat') AS last_chat_at,
            (SELECT array_agg(r.role ORDER BY r.role) FROM staff_role r WHERE r.account_id = a.id) AS roles,
            (SELECT array_agg(s.state_code ORDER BY s.state_code) FROM staff_state_scope s WHERE s.account_id = a.id) AS states,
            (SELECT array_agg(m.team_id ORDER BY m.team_id) FROM desk_team_member m WHERE m.account_id = a.id) AS teams
       FROM desk_presence p JOIN staff_account a ON a.id = p.account_id
      WHERE a.status = 'active' AND p.status = 'online' AND p.seen_at > now() - make_interval(secs => $1)
      ORDER BY a.id`,
    [PRESENCE_TIMEOUT_S, LIVE_WINDOW_S],
  );
  return rows.map((r) => ({
    id: r.id, name: r.name, maxChats: r.max_chats, languages: r.languages, open: Number(r.open), lastChatAt: r.last_chat_at ? new Date(r.last_chat_at).getTime() : 0,
    roles: r.roles ?? [], states: (r.states ?? []).map((s) => s.trim()), teams: r.teams ?? [],
  }));
}

/**
 * Who may take the chat, best first: the language must match; a team's chat goes to its advisors;
 * a chat about a state to that state's officers first, then to the advisors of the general queue.
 * (The same scope as reading the case: policies.ts, `case`.)
 */
function eligible(people: Person[], c: Chat): Person[][] {
  const speaks = people.filter((p) => p.languages.includes(c.locale));
  const advisors = speaks.filter((p) => p.roles.includes('advisor') && (!c.teamId || p.teams.includes(c.teamId)));
  const officers = c.stateCode ? speaks.filter((p) => p.roles.includes('state-officer') && p.states.includes(c.stateCode!)) : [];
  return c.teamId ? [advisors] : [officers, advisors];
}

/** Whether anyone who could take this chat is online now (busy or not). */
export async function someoneOnline(db: Queryable, c: Omit<Chat, 'id'>): Promise<boolean> {
  return eligible(await present(db), { id: '', ...c }).some((tier) => tier.length > 0);
}

export interface DispatchResult {
  released: string[];
  assigned: { caseId: string; assigneeId: string }[];
}

export async function dispatchChats(db: Db): Promise<DispatchResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [DISPATCH_LOCK]);
    // Live chats of people no longer seen go back to the queue (their place in it: when they started).
    const released = await tx.query<{ id: string; folio: string; locale: Lang }>(
      `UPDATE desk_case c SET assignee_id = NULL, status = 'received', updated_at = now()
        WHERE c.channel = 'chat' AND c.status <> 'closed' AND c.assignee_id IS NOT NULL AND c.updated_at > now() - make_interval(secs => $2)
          AND NOT EXISTS (SELECT 1 FROM desk_presence p WHERE p.account_id = c.assignee_id AND p.seen_at > now() - make_interval(secs => $1))
        RETURNING c.id, c.folio, c.locale`,
      [PRESENCE_TIMEOUT_S, LIVE_WINDOW_S],
    );
    for (const r of released) {
      await insertMessage(tx, { caseId: r.id, authorKind: 'system', authorId: null, internal: false, body: deskMessages(r.locale).system.backInQueue });
      await recordAudit(tx, { actor: DISPATCHER, action: 'case.released', entityType: 'case', entityId: r.id, after: { folio: r.folio }, requestId: null });
    }
    // Who could take a chat, before the queue is locked: with nobody online with room (out of hours,
    // everyone busy) the queue's rows are not locked at all — locked, every line written in those
    // chats waited for this transaction (bench/chat.bench.ts: 2,000 queued chats, 5 s runs).
    const people = await present(tx);
    const assigned: DispatchResult['assigned'] = [];
    const queue = people.some((p) => p.open < p.maxChats)
      ? await tx.query<{ id: string; folio: string; locale: Lang; state_code: string | null; team_id: string | null }>(
          `SELECT id, folio, locale, state_code, team_id FROM desk_case
            WHERE channel = 'chat' AND status = 'received' AND assignee_id IS NULL
            ORDER BY created_at, id LIMIT 200 FOR UPDATE SKIP LOCKED`,
        )
      : [];
    if (!queue.length) {
      if (released.length) await announceQueueChange(tx);
      return { released: released.map((r) => r.id), assigned };
    }
    for (const q of queue) {
      const chat: Chat = { id: q.id, locale: q.locale, stateCode: q.state_code, teamId: q.team_id };
      let chosen: Person | undefined;
      for (const tier of eligible(people, chat)) {
        const free = tier.filter((p) => p.open < p.maxChats);
        // The least loaded (relative to capacity), then whoever had a chat longest ago: round robin among equals.
        free.sort((a, b) => a.open / a.maxChats - b.open / b.maxChats || a.lastChatAt - b.lastChatAt || a.id.localeCompare(b.id));
        if ((chosen = free[0])) break;
      }
      if (!chosen) continue;
      await tx.query(`UPDATE desk_case SET assignee_id = $2, status = 'assigned', updated_at = now() WHERE id = $1`, [q.id, chosen.id]);
      await insertMessage(tx, { caseId: q.id, authorKind: 'system', authorId: null, internal: false, body: deskMessages(q.locale).system.joined(chosen.name) });
      await recordAudit(tx, { actor: DISPATCHER, action: 'case.assigned', entityType: 'case', entityId: q.id, after: { folio: q.folio, assigneeId: chosen.id }, requestId: null });
      chosen.open++;
      chosen.lastChatAt = Date.now();
      assigned.push({ caseId: q.id, assigneeId: chosen.id });
    }
    if (released.length || assigned.length) await announceQueueChange(tx); // heard at commit
    return { released: released.map((r) => r.id), assigned };
  });
}

/**
 * How a new chat will be answered: `live` when the team's hours are on and someone who can take it
 * is online (it may still wait in the queue), else `offline` — it is a case the desk answers later,
 * by the tracking page (and the transcript mail, if the visitor asks).
 */
export async function chatMode(db: Queryable, c: Omit<Chat, 'id'>, now: Date): Promise<{ mode: 'live' | 'offline'; opensAt: Date | null }> {
  const hours = await chatHours(db, c.teamId);
  if (!isOpenIn(now, hours)) return { mode: 'offline', opensAt: nextOpeningIn(now, hours) };
  return { mode: (await someoneOnline(db, c)) ? 'live' : 'offline', opensAt: now };
}

/**
 * An honest wait estimate: how long chats started while someone was online actually waited for the
 * desk's first answer, over the last 14 days (up to the last 200). Fewer than 5 such chats: no
 * estimate — the visitor is told their place in the queue, never an invented time.
 */
export async function waitEstimate(db: Queryable): Promise<{ p50Minutes: number; p90Minutes: number; chats: number } | null> {
  const [r] = await db.query<{ n: string; p50: number | null; p90: number | null }>(
    `SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY w) AS p50, percentile_cont(0.9) WITHIN GROUP (ORDER BY w) AS p90
       FROM (SELECT extract(epoch FROM first_response_at - created_at) AS w FROM desk_case
              WHERE channel = 'chat' AND details->>'mode' = 'live' AND first_response_at IS NOT NULL AND created_at > now() - interval '14 days'
              ORDER BY created_at DESC LIMIT 200) x`,
  );
  const n = Number(r?.n ?? 0);
  if (n < 5 || r?.p50 == null || r.p90 == null) return null;
  return { p50Minutes: Math.max(1, Math.ceil(Number(r.p50) / 60)), p90Minutes: Math.max(1, Math.ceil(Number(r.p90) / 60)), chats: n };
}

/** Runs the dispatcher every `everyMs` in this process (others do the same; the lock keeps them apart). */
export function scheduleDispatch(db: Db, everyMs: number, onError: (err: unknown) => void): { stop(): Promise<void>; kick(): void } {
  let running: Promise<unknown> | null = null;
  let again = false;
  const run = () => {
    if (running) return void (again = true);
    running = timed('chat-dispatch', () => dispatchChats(db)).catch(onError).finally(() => {
      running = null;
      if (again) {
        again = false;
        run();
      }
    });
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    kick: run,
    async stop() {
      clearInterval(timer);
      again = false;
      await running;
    },
  };
}

export type Dispatcher = ReturnType<typeof scheduleDispatch>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The chat's live parts of this process (app.ts): the message hub and the dispatcher. */
    chatLive: { hub: import('../message-hub.ts').MessageHub; dispatcher: Dispatcher };
  }
}
