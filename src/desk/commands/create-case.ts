/**
 * A request becomes a case (issue 11, item 2): the case with its folio, the first message, the
 * confirmation mail and the audit event, in one transaction — committed before the investor sees
 * the folio, so an acknowledged case survives a crash. A retried submission with the same
 * idempotency key finds its case instead of creating a second one.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import { ANONYMOUS } from '../../accounts/commands/context.ts';
import { addressHash } from '../../reports/address.ts';
import { addBusinessHours } from '../../calendar/business-hours.ts';
import { mailDate, queueMail } from '../../mail/outbox.ts';
import { caseIdByIdempotencyKey, countByAddressToday, findCase, insertCase, insertMessage, lockAddress, nextFolioSeq } from '../queries.ts';
import { chooseAssignee } from '../routing.ts';
import { hashToken, tokenFor } from '../token.ts';
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

async function replay(db: Queryable, key: string | null): Promise<Created | null> {
  if (!key) return null;
  const id = await caseIdByIdempotencyKey(db, key);
  if (!id) return null;
  return { case: (await findCase(db, id))!, token: await tokenFor(db, id), replayed: true };
}

export async function createCase(db: Db, input: CaseInput, opts: IntakeOptions): Promise<Created> {
  const earlier = await replay(db, opts.idempotencyKey);
  if (earlier) return earlier;
  const now = opts.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const ipHash = await addressHash(tx, opts.ip, now);
      await lockAddress(tx, ipHash);
      // The same key may have committed while this one waited for the address lock.
      const raced = await replay(tx, opts.idempotencyKey);
      if (raced) return raced;
      if ((await countByAddressToday(tx, ipHash)) >= opts.dailyLimit) throw new DeskLimitError('daily request limit reached');
      const id = randomUUID();
      const token = await tokenFor(tx, id);
      const folio = folioOf(now.getUTCFullYear(), await nextFolioSeq(tx, now.getUTCFullYear()));
      const { procedureId, details } = shape(input);
      const assigneeId = await chooseAssignee(tx, input.state ?? null, opts.capacity);
      const due = addBusinessHours(now, opts.firstResponseHours);
      await insertCase(tx, {
        id, folio, kind: input.kind, channel: opts.channel, locale: input.locale, stateCode: input.state ?? null, scian: input.scian ?? null,
        procedureId, roadmapId: input.roadmapId ?? null, details, name: input.name, email: input.email, organisation: input.organisation ?? null,
        tokenHash: hashToken(token), idempotencyKey: opts.idempotencyKey, ipHash, assigneeId, firstResponseDue: due,
      });
      await insertMessage(tx, { caseId: id, authorKind: 'investor', authorId: null, internal: false, body: input.message });
      const t = deskMessages(input.locale);
      await queueMail(tx, {
        to: input.email,
        locale: input.locale,
        template: 'deskReceived',
        params: { name: input.name, folio, kind: t.kinds[input.kind].title, link: trackingUrl(opts.publicUrl, input.locale, folio, token), due: mailDate(due, input.locale), excerpt: '' },
      });
      // The trail keeps what happened, never the person: no name, e-mail or message text.
      await recordAudit(tx, {
        actor: ANONYMOUS,
        action: 'case.created',
        entityType: 'case',
        entityId: id,
        after: { folio, kind: input.kind, channel: opts.channel, state: input.state ?? null, procedureId, assigneeId },
        requestId: opts.requestId ?? null,
      });
      return { case: (await findCase(tx, id))!, token, replayed: false };
    });
  } catch (e) {
    // Two submissions with one key raced past both checks: the unique key let one in; return it.
    const again = await replay(db, opts.idempotencyKey).catch(() => null);
    if (again) return again;
    throw e;
  }
}
