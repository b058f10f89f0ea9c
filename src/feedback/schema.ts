/**
 * "Was this page useful?": what a visitor posts, as a zod schema whose messages are keys the views
 * translate (the field is named in the page's language), and the limits.
 */
import { z } from 'zod';

export const COMMENT_MAX = 1000;
/** Longer than any page path we serve; a longer value is not one of our pages. */
export const PAGE_MAX = 700;

/** The form's fields; `website` is the honeypot (people leave it empty, form-filling bots do not). */
export const FeedbackForm = z.object({
  page: z.string({ error: 'page' }).trim().min(1, { error: 'page' }).max(PAGE_MAX, { error: 'page' }),
  useful: z.enum(['yes', 'no'], { error: 'useful' }),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX, { error: 'commentLong' })
    .transform((s) => s || undefined)
    .optional(),
  website: z.string().optional(),
});
export type FeedbackInput = z.infer<typeof FeedbackForm>;
export type FeedbackErrorKey = 'page' | 'useful' | 'commentLong';
export type FeedbackField = 'page' | 'useful' | 'comment';

/** One stored answer: nothing about the person. */
export interface FeedbackRow {
  path: string;
  section: string;
  locale: 'es' | 'en';
  useful: boolean;
  comment: string | null;
}
