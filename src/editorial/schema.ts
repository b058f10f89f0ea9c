/**
 * The editorial model: drafts and their statuses, and the staff forms and
 * queries as zod schemas. Error messages are keys the views translate.
 */
import { z } from 'zod';
import { LEVELS } from '../catalogue/schema.ts';
import { StateCode } from '../accounts/schema.ts';

export const DRAFT_STATUSES = ['draft', 'submitted', 'changes-requested', 'approved', 'published', 'withdrawn'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
/** A draft in one of these blocks another for the same document (a partial unique index says so too). */
export const OPEN_STATUSES: readonly DraftStatus[] = ['draft', 'submitted', 'changes-requested', 'approved'];
/** Only these may still be edited by their author. */
export const EDITABLE_STATUSES: readonly DraftStatus[] = ['draft', 'submitted', 'changes-requested'];

export const ENTITY_TYPES = ['procedure', 'state', 'authority', 'office', 'law', 'sector', 'certification'] as const;
export type DraftEntityType = (typeof ENTITY_TYPES)[number];

export interface Reason {
  es: string;
  en: string;
}

export interface Draft {
  id: string;
  entityType: DraftEntityType;
  entityId: string;
  doc: Record<string, unknown>;
  baseVersion: number | null;
  baseUpdatedAt: string;
  /** The published document it started from (null for drafts older than migration 007). */
  baseDoc: Record<string, unknown> | null;
  revision: number;
  authorId: string;
  authorName: string;
  status: DraftStatus;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewerComment: string | null;
  reason: Reason;
  publishedVersion: number | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
}

export const REASON_MAX = 1000;
export const COMMENT_MAX = 4000;

const text = (max: number) => z.string({ error: 'required' }).trim().max(max, { error: 'tooLong' });
const required = (max: number) => text(max).min(1, { error: 'required' });

/** The reason as typed: both languages are needed to submit, not to save. */
export const ReasonInput = z.object({ es: text(REASON_MAX).default(''), en: text(REASON_MAX).default('') });

export const CommentForm = z.object({ comment: required(COMMENT_MAX) });
export const RevisionField = z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' });
export const ApproveForm = z.object({ revision: RevisionField });

const page = z.coerce.number().int().min(1).max(10_000).default(1);

export const ProcedureListQuery = z.object({
  level: z.enum(LEVELS, { error: 'choice' }).optional(),
  authority: z.string().trim().max(100).regex(/^[a-z0-9-]+$/, { error: 'choice' }).optional(),
  state: StateCode.optional(),
  draft: z.enum(['open', 'none'], { error: 'choice' }).optional(),
  q: z.string().trim().max(100).optional(),
  page,
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;

export const ReviewQuery = z.object({ page });

/** The staff JSON API's draft body: the whole document and the reason. */
export const DraftBody = z.object({
  doc: z.record(z.string(), z.unknown(), { error: 'required' }),
  reason: ReasonInput.default({ es: '', en: '' }),
  revision: RevisionField.optional(),
});

export const PAGE_SIZE = 25;
