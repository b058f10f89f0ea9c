/**
 * A request becomes a case (issue 11, item 2): the case with its folio, the first message, the
 * confirmation mail and the audit event, in one transaction — committed before the investor sees
 * the folio, so an acknowledged case survives a crash. A retried submission with the same
 * idempotency key finds its case instead of creating a second one. A submission that fails after
 * taking its folio number leaves a gap: folios are unique and increasing, not gapless.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { addBusinessHours } from '../../calendar/business-hours.ts';
import { mailDate, renderMail } from '../../mail/outbox.ts';
import { caseIdByIdempotencyKey, findCase, insertIntake } from '../queries.ts';
import { cachedSecret, dailyAddressKey, nextFolioSeq } from '../intake-keys.ts';
import { route, type RouteInput } from '../routing.ts';
import { hashToken, TOKEN_KEY, tokenFrom } from '../token.ts';
import type { CaseInput, DeskCase } from '../schema.ts';
import { deskMessages } from '../locales/index.ts';
import { trackingUrl } from '../links.ts';

export interface IntakeOptions {
  channel: 'web' | 'api' | 'chat';
  ip: string;
  idempotencyKey: string | null;
  publicUrl: string;
  dailyLimit: number;
  firstResponseHours: number;
  capacity: number;
  requestId?: string | null;
  now?: Date;
  /** Written as the case's second line, from the system, in the same statement (the assistant's attempt; issue 16). */
  systemNote?: string | null;
}

/** The address sent its daily allowance of requests. */
export class DeskLimitError extends Error {}

export interface Created {
  case: DeskCase;
  token: string;
  /** true when a retried submission found the case it had already created. */
  replayed: boolean;
}

const folioOf = (year: number, seq: number) => `VU-${year}-${String(seq).padStart(6, '0')}`;

/** The case's own fields from the input (details: the kind-specific answers). */
function shape(input: CaseInput): { procedureId: string | null; details: Record<string, string> } {
  const details: Record<string, string> = {};
  if (input.kind === 'orientation') {
    if (input.size) details.size = input.size;
    if (input.stage) details.stage = input.stage;
  }
  if (input.kind === 'meeting' && input.preferredDates) details.preferredDates = input.preferredDates;
  if (input.kind === 'obstacle') details.obstacle = input.obstacle;
  return { procedureId: input.kind === 'obstacle' ? (input.procedureId ?? null) : null, details };
}

async function replay(db: Db, key: string | null): Promise<Created | null> {
  if (!key) return null;
  const id = await caseIdByIdempotencyKey(db, key);
  if (!id) return null;
  return { case: (await findCase(db, id))!, token: tokenFrom(await cachedSecret(db, TOKEN_KEY), id), replayed: true };
}

/**
 * What every new case (form, API or chat) settles before its one write (ADR 021): the address key,
 * the id and token, the folio number, the team and (unless `assign` is false) the assignee, the
 * first-response target — none of which holds a lock.
 */
export async function prepareIntake(db: Db, facts: RouteInput, opts: Pick<IntakeOptions, 'ip' | 'capacity' | 'firstResponseHours' | 'now'>, assign = true) {
  const now = opts.now ?? new Date();
  const ipHash = await dailyAddressKey(db, opts.ip, now);
  const id = randomUUID();
  const token = tokenFrom(await cachedSecret(db, TOKEN_KEY), id);
  const folio = folioOf(now.getUTCFullYear(), await nextFolioSeq(db, now.getUTCFullYear()));
  // A chat is not given to anyone here: it waits in the queue for someone present (commands/availability.ts).
  const { teamId, assignee } = await route(db, facts, opts.capacity, assign);
  return { now, ipHash, id, token, folio, teamId, assignee, due: addBusinessHours(now, opts.firstResponseHours) };
}

export async function createCase(db: Db, input: CaseInput, opts: IntakeOptions): Promise<Created> {
  // A retry is found by the unique key when the insert collides (below), not looked up first: the
  // first attempt — nearly every request — saves a statement (measured in bench/desk.bench.ts).
  // A retry with the same key collides with its case and is not counted twice (the statement,
  // counter included, is undone); it costs a folio number, a gap like any failed write.
  const { now, ipHash, id, token, folio, teamId, assignee, due } = await prepareIntake(
    db, { kind: input.kind, state: input.state ?? null, scian: input.scian ?? null, locale: input.locale }, opts);
  const { procedureId, details } = shape(input);
  const t = deskMessages(input.locale);
  const mail = renderMail('deskReceived', input.locale, {
    name: input.name, folio, kind: t.kinds[input.kind].title, link: trackingUrl(opts.publicUrl, input.locale, folio, token), due: mailDate(due, input.locale), excerpt: '',
  });
  const row = {
    id, folio, kind: input.kind, channel: opts.channel, locale: input.locale, stateCode: input.state ?? null, scian: input.scian ?? null,
    procedureId, roadmapId: input.roadmapId ?? null, details, name: input.name, email: input.email, organisation: input.organisation ?? null,
    tokenHash: hashToken(token), idempotencyKey: opts.idempotencyKey, ipHash, assigneeId: assignee?.id ?? null, firstResponseDue: due, teamId,
  };
  try {
    // The trail keeps what happened, never the person: no name, e-mail or message text.
    const done = await insertIntake(db, row, input.message, { to: input.email, locale: input.locale, template: 'deskReceived', ...mail }, {
      after: { folio, kind: input.kind, channel: opts.channel, state: input.state ?? null, procedureId, teamId, assigneeId: row.assigneeId },
      requestId: opts.requestId ?? null,
    }, opts.dailyLimit, opts.systemNote ?? null);
    if (done === 'limited') {
      // A retry of a request already accepted is answered with it, even at the limit.
      const again = await replay(db, opts.idempotencyKey);
      if (again) return again;
      throw new DeskLimitError('daily request limit reached');
    }
  } catch (e) {
    if (e instanceof DeskLimitError) throw e;
    // The key is taken (a retry, or two submissions racing): the unique key let one in; return it.
    const again = await replay(db, opts.idempotencyKey).catch(() => null);
    if (again) return again;
    throw e;
  }
  const c: DeskCase = {
    ...row, status: row.assigneeId ? 'assigned' : 'received', assigneeName: assignee?.name ?? null, firstResponseAt: null, resolution: null,
    createdAt: now, updatedAt: now, closedAt: null, anonymisedAt: null,
  };
  return { case: c, token, replayed: false };
}
