/**
 * Error reports: the public form and the staff forms as zod schemas. Messages
 * are keys the views translate (the public form names the field in the
 * visitor's language).
 */
import { z } from 'zod';
import { StateCode } from '../accounts/schema.ts';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;
export const NOTE_MAX = 2000;

/** What the visitor posts; `website` is the honeypot (people leave it empty, form-filling bots do not). */
export const ReportForm = z.object({
  message: z
    .string({ error: 'messageRequired' })
    .trim()
    .min(1, { error: 'messageRequired' })
    .min(MESSAGE_MIN, { error: 'messageShort' })
    .max(MESSAGE_MAX, { error: 'messageLong' }),
  email: z
    .string()
    .trim()
    .max(254, { error: 'email' })
    .transform((s) => s || undefined)
    .pipe(z.email({ error: 'email' }).optional())
    .optional(),
  step: z
    .string()
    .trim()
    .regex(/^(\d{1,3})?$/, { error: 'step' })
    .transform((s) => (s ? Number(s) : undefined))
    .optional(),
  website: z.string().optional(),
});
export type ReportInput = z.infer<typeof ReportForm>;
export type ReportErrorKey = 'messageRequired' | 'messageShort' | 'messageLong' | 'email' | 'step';

export const ResolveForm = z.object({
  note: z.string({ error: 'noteRequired' }).trim().min(1, { error: 'noteRequired' }).max(NOTE_MAX, { error: 'noteLong' }),
});

export const REPORT_PAGE_SIZE = 25;
export const ReportsQuery = z.object({
  status: z.enum(['open', 'resolved'], { error: 'choice' }).optional(),
  procedure: z.string().trim().max(100).regex(/^[a-z0-9-]+$/, { error: 'choice' }).optional(),
  state: StateCode.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ReportsQuery = z.infer<typeof ReportsQuery>;

export interface ErrorReport {
  id: string;
  reference: string;
  procedureId: string;
  stepNumber: number | null;
  message: string;
  contactEmail: string | null;
  locale: 'es' | 'en';
  status: 'open' | 'resolved';
  resolutionNote: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  resolvedAt: string | null;
  createdAt: string;
}
