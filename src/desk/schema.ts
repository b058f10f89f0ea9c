/**
 * Ask the desk (issue 11): the request types (Open311 "services"), their fields, and the case model.
 * One conversation model for every channel: a case with a folio and its messages.
 */
import { z } from 'zod';

export const KINDS = ['question', 'orientation', 'meeting', 'obstacle'] as const;
export type Kind = (typeof KINDS)[number];
export const STATUSES = ['received', 'assigned', 'answered', 'waiting', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const STAGES = ['exploring', 'planning', 'site', 'underway'] as const;
export const SIZES = ['micro', 'small', 'medium', 'large'] as const;
export const OBSTACLES = ['late', 'requirement', 'fee', 'other'] as const;

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;
export const REPLY_MAX = 5000;
export const FOLIO = /^VU-\d{4}-\d{6,}$/;

const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });
const optional = (max: number) => text(max).optional().transform((v) => (v ? v : undefined));
const state = z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/, { error: 'state' });
const empty = (v: unknown) => (v === '' || v === null ? undefined : v);

/** What every request carries, whatever its channel (web form or API). */
const common = {
  name: text(120).min(1, { error: 'required' }),
  email: z.string().trim().max(254, { error: 'tooLong' }).pipe(z.email({ error: 'email' })),
  message: z.string().trim().min(MESSAGE_MIN, { error: 'messageShort' }).max(MESSAGE_MAX, { error: 'messageLong' }),
  organisation: optional(200),
  locale: z.enum(['es', 'en']).default('es'),
  roadmapId: z.preprocess(empty, z.string().regex(/^r1[A-Za-z0-9_-]{4,600}$/, { error: 'roadmap' }).optional()),
  state: z.preprocess(empty, state.optional()),
  scian: z.preprocess(empty, z.string().regex(/^\d{6}$/, { error: 'scian' }).optional()),
};

export const CaseInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), ...common }).strict(),
  z
    .object({
      kind: z.literal('orientation'),
      ...common,
      size: z.preprocess(empty, z.enum(SIZES, { error: 'choice' }).optional()),
      stage: z.preprocess(empty, z.enum(STAGES, { error: 'choice' }).optional()),
    })
    .strict(),
  z
    .object({
      kind: z.literal('meeting'),
      ...common,
      state: z.preprocess(empty, z.string({ error: 'stateRequired' }).regex(/^(0[1-9]|[12]\d|3[0-2])$/, { error: 'state' })),
      preferredDates: optional(300),
    })
    .strict(),
  z
    .object({
      kind: z.literal('obstacle'),
      ...common,
      procedureId: z.preprocess(empty, z.string({ error: 'procedureRequired' }).regex(/^[a-z0-9-]+$/, { error: 'procedure' })),
      obstacle: z.enum(OBSTACLES, { error: 'choice' }),
    })
    .strict(),
]);
export type CaseInput = z.infer<typeof CaseInput>;

/** A case as the desk sees it. */
export interface DeskCase {
  id: string;
  folio: string;
  kind: Kind;
  channel: 'web' | 'api' | 'chat';
  status: Status;
  locale: 'es' | 'en';
  stateCode: string | null;
  scian: string | null;
  procedureId: string | null;
  roadmapId: string | null;
  details: Record<string, string>;
  name: string | null;
  email: string | null;
  organisation: string | null;
  /** The desk team the case was routed to (null: the state's officers or the general queue). */
  teamId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  firstResponseDue: Date;
  firstResponseAt: Date | null;
  resolution: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  anonymisedAt: Date | null;
}

export interface DeskMessage {
  id: string;
  caseId: string;
  /** The case's sequence number of this message: 1, 2, 3… in the order they were stored. */
  seq: number;
  /** The sending client's own id (chat), which makes a resend idempotent. */
  clientId: string | null;
  authorKind: 'investor' | 'staff' | 'system';
  authorId: string | null;
  authorName: string | null;
  internal: boolean;
  body: string;
  createdAt: Date;
}

/** Overdue: no first response yet and the target has passed. */
export const isOverdue = (c: Pick<DeskCase, 'firstResponseAt' | 'firstResponseDue' | 'status'>, now = new Date()) =>
  c.status !== 'closed' && c.firstResponseAt === null && c.firstResponseDue.getTime() < now.getTime();
