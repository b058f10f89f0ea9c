/**
 * Staff form handling: a zod schema turns a posted body into data or into
 * per-field error keys; the views translate the keys and name the field, and
 * re-render the form with what was typed (never passwords).
 */
import type { z } from 'zod';
import type { StaffMessages } from './locales/index.ts';
import { PASSWORD_MIN } from './schema.ts';

export type ErrorKey = keyof StaffMessages['errors'];
/** field name → error key; the key '' holds an error about the whole form. */
export type FieldErrors = Record<string, ErrorKey>;
export type FormValues = Record<string, string | string[]>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: FormValues };

const SECRET_FIELDS = new Set(['password', 'confirm', '_csrf', 'code']);

export function parseForm<S extends z.ZodType>(schema: S, body: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(formValues(body, true));
  if (r.success) return { ok: true, data: r.data };
  const values = formValues(body);
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= (issue.message in KNOWN ? issue.message : 'invalid') as ErrorKey;
  }
  return { ok: false, errors, values };
}

/** Strings and string arrays only; secrets dropped unless parsing (never re-displayed). */
export function formValues(body: unknown, withSecrets = false): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (!withSecrets && SECRET_FIELDS.has(k)) continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

// The keys zod messages may carry (schema.ts); anything else shows as "invalid".
const KNOWN: Record<string, true> = Object.fromEntries(
  ['required', 'email', 'tooLong', 'passwordShort', 'passwordMismatch', 'locale', 'code', 'roles', 'state', 'statesRequired', 'status', 'date', 'dateOrder', 'action', 'entityType'].map((k) => [k, true]),
);

/** The message for one field error, naming the field as its label reads. */
export function errorMessage(t: StaffMessages, key: ErrorKey, field: string): string {
  const label = (t.fields as Record<string, string>)[field] ?? field;
  const fn = t.errors[key] as string | ((f: string, n: number) => string);
  return typeof fn === 'function' ? fn(label, PASSWORD_MIN) : fn;
}
