/** Filters of the audit browser (page and API share them). */
import { z } from 'zod';
import { isCalendarDate } from '../http/calendar-date.ts';

const isoDay = z.string().refine(isCalendarDate, { error: 'date' });

export const AuditQuery = z
  .object({
    /** Part of the actor's label (e-mail), case-insensitive. */
    actor: z.string().trim().max(254).optional(),
    /** An action, or a prefix ending in "." (`account.` = every account action). */
    action: z.string().trim().max(80).regex(/^[a-z0-9._-]+$/, { error: 'action' }).optional(),
    entityType: z.string().trim().max(40).regex(/^[a-z0-9-]+$/, { error: 'entityType' }).optional(),
    entityId: z.string().trim().max(200).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'dateOrder', path: ['to'] });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}
