/**
 * Profile validation shared by the API and the questionnaire: every bad field
 * is reported at once, with a stable message (the HTML form translates it).
 */
import { z } from 'zod';
import { HttpError } from '../http/errors.ts';
import { loadScian } from '../catalogue/scian.ts';
import { ProfileRequest, type Profile } from './profile.ts';
import type { Locale } from '../i18n/locale.ts';

export interface FieldError {
  field: string;
  message: string;
}

let classes: Set<string> | undefined;
/** SCIAN 2023 six-digit classes; loaded once. */
export async function scianClasses(): Promise<Set<string>> {
  classes ??= new Set((await loadScian()).filter((s) => s.level === 'clase').map((s) => s.code));
  return classes;
}

export async function validateProfile(input: unknown): Promise<{ ok: true; profile: Profile; lang: Locale } | { ok: false; errors: FieldError[] }> {
  const r = ProfileRequest.safeParse(input ?? {});
  const given = (input ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = r.success ? [] : r.error.issues.map((i) => issueToField(i, given));
  if (r.success && !(await scianClasses()).has(r.data.scian)) errors.push({ field: 'scian', message: 'is not a SCIAN 2023 class' });
  if (!r.success || errors.length) return { ok: false, errors: dedupe(errors) };
  const { lang, ...profile } = r.data;
  return { ok: true, profile, lang };
}

/** "required" only for a field that was not given: a value that is not a number says so. */
function issueToField(i: z.core.$ZodIssue, given: Record<string, unknown>): FieldError {
  if (i.code === 'unrecognized_keys') return { field: i.keys.join(', '), message: 'unknown field' };
  const field = String(i.path[0] ?? 'profile');
  if (i.code === 'invalid_type') return { field, message: given[field] === undefined || given[field] === '' ? 'required' : i.expected === 'number' ? 'must be a number' : i.message };
  return { field, message: i.message };
}

const dedupe = (errors: FieldError[]) => errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i);

export function profileError(errors: FieldError[]): HttpError {
  return new HttpError(400, 'invalid_profile', `Invalid profile: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors[0]?.field, errors);
}
