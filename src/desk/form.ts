/**
 * From a submitted web form (or an API body) to a CaseInput: only the fields of the request type are
 * read, and every problem comes back as field → message in the visitor's language.
 */
import type { z } from 'zod';
import { CaseInput, MESSAGE_MAX, MESSAGE_MIN, type Kind } from './schema.ts';
import type { DeskMessages } from './locales/index.ts';

export const FIELDS: Record<Kind, string[]> = {
  question: ['name', 'email', 'message', 'organisation', 'state', 'scian'],
  orientation: ['name', 'email', 'message', 'organisation', 'state', 'scian', 'size', 'stage'],
  meeting: ['name', 'email', 'message', 'organisation', 'state', 'preferredDates'],
  obstacle: ['name', 'email', 'message', 'organisation', 'state', 'procedureId', 'obstacle'],
};

export function buildInput(kind: Kind, values: Record<string, unknown>, extra: Record<string, unknown>) {
  const input: Record<string, unknown> = { kind, ...extra };
  for (const f of FIELDS[kind]) if (values[f] !== undefined && values[f] !== '') input[f] = values[f];
  return CaseInput.safeParse(input);
}

/** Issues → field → message (first per field), with the field's label. */
export function fieldErrors(t: DeskMessages, issues: z.core.$ZodIssue[]): Record<string, string> {
  const label: Record<string, string> = {
    name: t.form.name, email: t.form.email, message: t.form.message, organisation: t.form.organisation, state: t.form.state, scian: t.form.scian,
    size: t.form.size, stage: t.form.stage, preferredDates: t.form.preferredDates, procedureId: t.form.procedure, obstacle: t.form.obstacle,
  };
  const out: Record<string, string> = {};
  for (const i of issues) {
    const field = String(i.path[0] ?? 'message');
    if (out[field]) continue;
    const own = ['stateRequired', 'procedureRequired'].includes(i.message);
    const key = !own && i.code === 'invalid_type' && i.input === undefined ? 'required' : i.message;
    const l = label[field] ?? field;
    out[field] =
      key === 'email' ? t.errors.email
      : key === 'messageShort' ? t.errors.messageShort(MESSAGE_MIN)
      : key === 'messageLong' ? t.errors.messageLong(MESSAGE_MAX)
      : key === 'tooLong' ? t.errors.tooLong(l)
      : key === 'state' ? t.errors.state
      : key === 'stateRequired' ? t.errors.stateRequired
      : key === 'scian' ? t.errors.scian
      : key === 'procedure' || key === 'procedureRequired' ? t.errors.procedure
      : key === 'roadmap' ? t.errors.roadmap
      : key === 'choice' || field === 'obstacle' ? t.errors.choice(l)
      : t.errors.required(l);
  }
  return out;
}
