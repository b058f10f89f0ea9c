/** The inbox's filters (query string), validated like every staff list. */
import { z } from 'zod';
import { KINDS, STATUSES } from './schema.ts';

export const INBOX_PAGE_SIZE = 25;
const blank = (v: unknown) => (v === '' ? undefined : v);
export const InboxQuery = z
  .object({
    status: z.enum([...STATUSES, 'open', 'all']).default('open'),
    kind: z.preprocess(blank, z.enum(KINDS).optional()),
    state: z.preprocess(blank, z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/).optional()),
    assignee: z.preprocess(blank, z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional()),
    overdue: z.preprocess(blank, z.enum(['1', 'true']).transform(() => true).optional()),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    lang: z.enum(['es', 'en']).optional(),
  })
  .strict();
export type InboxQuery = z.infer<typeof InboxQuery>;
