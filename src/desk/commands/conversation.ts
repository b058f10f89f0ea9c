/**
 * Everything that happens to a case after intake, each in one transaction with its audit event:
 * the investor replies, closes or erases their data (holding the tracking token); staff reply
 * (mailed to the investor), add internal notes (never shown to the investor), assign and close.
 * Staff actions are authorised against the case (a state officer: their state's cases only; others
 * are a 404, their existence not revealed).
 */
import { phrases } from '../../assistant/phrases/index.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit, type AuditActor } from '../../audit/record.ts';
import { ANONYMOUS } from '../../accounts/commands/context.ts';
import { authorize, type Actor } from '../../accounts/policies.ts';
import { HttpError } from '../../http/errors.ts';
import { queueMail } from '../../mail/outbox.ts';
import { announceQueueChange, candidates, insertMessage, lockCase, updateCase } from '../queries.ts';
import { deskMessages } from '../locales/index.ts';
import { trackingUrl } from '../links.ts';
import { tokenFor } from '../token.ts';
import type { DeskCase } from '../schema.ts';

export interface StaffCtx {
  who: Actor;
  actor: AuditActor;
  requestId: string | null;
}

export class CaseClosedError extends Error {}

const resource = (c: DeskCase) => ({ type: 'case' as const, state: c.stateCode, team: c.teamId });

async function locked(tx: Queryable, caseId: string): Promise<DeskCase> {
  const c = await lockCase(tx, caseId);
  if (!c) throw new HttpError(404, 'not_found', 'case not found');
  return c;
}

const audit = (tx: Queryable, actor: AuditActor, action: string, c: DeskCase, after: Record<string, unknown>, requestId: string | null) =>
  recordAudit(tx, { actor, action, entityType: 'case', entityId: c.id, after: { folio: c.folio, ...after }, requestId });

/** The investor writes again: the case goes back to the desk (assigned if someone has it). */
export async function investorReply(db: Db, caseId: string, body: string, requestId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    if (c.status === 'closed') throw new CaseClosedError('closed');
    await insertMessage(tx, { caseId, authorKind: 'investor', authorId: null, internal: false, body });
    await updateCase(tx, caseId, { status: c.assigneeId ? 'assigned' : 'received' });
    await audit(tx, ANONYMOUS, 'case.investor-replied', c, { length: body.length }, requestId);
  });
}

export async function investorClose(db: Db, caseId: string, requestId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    if (c.status === 'closed') return; // closing twice changes nothing
    await insertMessage(tx, { caseId, authorKind: 'system', authorId: null, internal: false, body: deskMessages(c.locale).system.closedByInvestor });
    await updateCase(tx, caseId, { status: 'closed', closedAt: new Date(), resolution: 'closed-by-investor' });
    await audit(tx, ANONYMOUS, 'case.closed', c, { by: 'investor' }, requestId);
  });
}

/** The first line of the assistant's attempt in each language (a handoff's system line, src/assistant/attempt.ts). */
const ATTEMPT_TITLES = [phrases('es').attempt.title, phrases('en').attempt.title] as const;

/** Erasure on the investor's request (personal-data law): name, e-mail, organisation and message texts go. */
export async function eraseCase(tx: Queryable, c: DeskCase, actor: AuditActor, reason: 'request' | 'retention', requestId: string | null): Promise<void> {
  await tx.query(`UPDATE desk_case SET name = NULL, email = NULL, organisation = NULL, details = '{}'::jsonb, rating_comment = NULL, anonymised_at = now(), updated_at = now() WHERE id = $1`, [c.id]);
  // The investor's lines, and the assistant's attempt written at intake (it quotes their question; issue 16).
  await tx.query(
    `UPDATE desk_message SET body = '—' WHERE case_id = $1 AND (author_kind = 'investor' OR (author_kind = 'system' AND seq = 2 AND left(body, length($2)) IN ($2, $3)))`,
    [c.id, ATTEMPT_TITLES[0], ATTEMPT_TITLES[1]],
  );
  if (reason === 'request') await insertMessage(tx, { caseId: c.id, authorKind: 'system', authorId: null, internal: false, body: deskMessages(c.locale).system.erased });
  await audit(tx, actor, 'case.erased', c, { reason }, requestId);
}

export async function investorErase(db: Db, caseId: string, requestId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    if (c.anonymisedAt) return;
    await eraseCase(tx, c, ANONYMOUS, 'request', requestId);
  });
}

/** A reply from the desk: shown to the investor and mailed with the tracking link; the first one stops the clock. */
export async function staffReply(db: Db, ctx: StaffCtx, caseId: string, body: string, publicUrl: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    authorize(ctx.who, 'read', resource(c), { hide: true });
    authorize(ctx.who, 'reply', resource(c));
    if (c.status === 'closed') throw new CaseClosedError('closed');
    await insertMessage(tx, { caseId, authorKind: 'staff', authorId: ctx.who.id, internal: false, body });
    await updateCase(tx, caseId, { status: 'waiting', firstResponseAt: new Date(), ...(c.assigneeId ? {} : { assigneeId: ctx.who.id }) });
    // A chat's answers reach the visitor live (and its transcript on request), not one mail per line.
    if (c.email && c.name && c.channel !== 'chat') {
      const link = trackingUrl(publicUrl, c.locale, c.folio, await tokenFor(tx, c.id));
      const excerpt = body.length > 600 ? `${body.slice(0, 600)}…` : body;
      await queueMail(tx, { to: c.email, locale: c.locale, template: 'deskAnswered', params: { name: c.name, folio: c.folio, kind: '', link, due: '', excerpt } });
    }
    await audit(tx, ctx.actor, 'case.replied', c, { length: body.length }, ctx.requestId);
  });
}

export async function staffNote(db: Db, ctx: StaffCtx, caseId: string, body: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    authorize(ctx.who, 'read', resource(c), { hide: true });
    authorize(ctx.who, 'reply', resource(c));
    await insertMessage(tx, { caseId, authorKind: 'staff', authorId: ctx.who.id, internal: true, body });
    await audit(tx, ctx.actor, 'case.noted', c, { length: body.length }, ctx.requestId);
  });
}

/** Assign or transfer to an active advisor (of the case's team, if it has one), or to an officer of the case's state. */
export async function assignCase(db: Db, ctx: StaffCtx, caseId: string, assigneeId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    authorize(ctx.who, 'read', resource(c), { hide: true });
    authorize(ctx.who, 'assign', resource(c));
    const allowed = await assignable(tx, c);
    if (!allowed.some((a) => a.id === assigneeId)) throw new HttpError(400, 'invalid_parameter', 'assignee is not an active advisor or officer of the case’s state', 'assignee');
    await updateCase(tx, caseId, { assigneeId, ...(c.status === 'received' ? { status: 'assigned' as const } : {}) });
    await recordAudit(tx, { actor: ctx.actor, action: 'case.assigned', entityType: 'case', entityId: c.id, before: { assigneeId: c.assigneeId }, after: { folio: c.folio, assigneeId }, requestId: ctx.requestId });
  });
}

/** The people a case may be given to: advisors, and the officers of its state. */
export async function assignable(db: Queryable, c: Pick<DeskCase, 'stateCode' | 'teamId'>): Promise<{ id: string; name: string }[]> {
  return [...(await candidates(db, 'advisor', null, c.teamId)), ...(c.stateCode ? await candidates(db, 'state-officer', c.stateCode) : [])];
}

export async function staffClose(db: Db, ctx: StaffCtx, caseId: string, resolution: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    authorize(ctx.who, 'read', resource(c), { hide: true });
    authorize(ctx.who, 'close', resource(c));
    if (c.status === 'closed') throw new CaseClosedError('closed');
    await insertMessage(tx, { caseId, authorKind: 'system', authorId: null, internal: false, body: deskMessages(c.locale).system.closedByDesk(resolution) });
    await updateCase(tx, caseId, { status: 'closed', closedAt: new Date(), resolution });
    await audit(tx, ctx.actor, 'case.closed', c, { by: 'staff' }, ctx.requestId);
  });
}

/** The chat was taken by someone else meanwhile. */
export class AlreadyTakenError extends Error {}

/** An advisor or officer takes a waiting chat for themselves (from the console's queue). */
export async function takeChat(db: Db, ctx: StaffCtx & { name: string }, caseId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    authorize(ctx.who, 'read', resource(c), { hide: true });
    authorize(ctx.who, 'reply', resource(c));
    if (c.status === 'closed') throw new CaseClosedError('closed');
    if (c.assigneeId === ctx.who.id) return;
    if (c.assigneeId) throw new AlreadyTakenError('taken');
    await updateCase(tx, caseId, { assigneeId: ctx.who.id, ...(c.status === 'received' ? { status: 'assigned' as const } : {}) });
    await insertMessage(tx, { caseId, authorKind: 'system', authorId: null, internal: false, body: deskMessages(c.locale).system.joined(ctx.name) });
    await recordAudit(tx, { actor: ctx.actor, action: 'case.assigned', entityType: 'case', entityId: c.id, before: { assigneeId: null }, after: { folio: c.folio, assigneeId: ctx.who.id }, requestId: ctx.requestId });
    await announceQueueChange(tx);
  });
}

/**
 * Transfer to another team, or to the general queue (`teamId` null): the case leaves its assignee and
 * waits for the new team's people (a chat: the dispatcher gives it to whoever of them is online). The
 * investor is told, in their language.
 */
export async function transferToTeam(db: Db, ctx: StaffCtx, caseId: string, teamId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await locked(tx, caseId);
    authorize(ctx.who, 'read', resource(c), { hide: true });
    authorize(ctx.who, 'assign', resource(c));
    if (c.status === 'closed') throw new CaseClosedError('closed');
    const [team] = teamId ? await tx.query<{ name_es: string; name_en: string }>('SELECT name_es, name_en FROM desk_team WHERE id = $1', [teamId]) : [null];
    if (teamId && !team) throw new HttpError(400, 'invalid_parameter', 'team is not a desk team', 'team');
    await tx.query(`UPDATE desk_case SET team_id = $2, assignee_id = NULL, status = 'received', updated_at = now() WHERE id = $1`, [caseId, teamId]);
    const t = deskMessages(c.locale);
    await insertMessage(tx, { caseId, authorKind: 'system', authorId: null, internal: false, body: t.system.transferred(team ? (c.locale === 'es' ? team.name_es : team.name_en) : t.console.generalQueue) });
    await recordAudit(tx, { actor: ctx.actor, action: 'case.transferred', entityType: 'case', entityId: c.id, before: { teamId: c.teamId, assigneeId: c.assigneeId }, after: { folio: c.folio, teamId }, requestId: ctx.requestId });
    await announceQueueChange(tx);
  });
}
