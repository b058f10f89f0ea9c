/**
 * The accounts model and every staff form, as zod schemas. Error messages are
 * locale keys (see locales/es.ts `errors`), never English text: the form view
 * translates them and names the field.
 */
import { z } from 'zod';

export const ROLES = ['admin', 'editor', 'reviewer', 'advisor', 'state-officer'] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (x: unknown): x is Role => typeof x === 'string' && (ROLES as readonly string[]).includes(x);

/** INEGI state codes '01'–'32'. */
export const STATE_CODES = Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0'));
export const StateCode = z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/, { error: 'state' });

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export const Email = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(254, { error: 'email' })
  .pipe(z.email({ error: 'email' }));
export const DisplayName = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(120, { error: 'tooLong' });
export const Password = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .min(PASSWORD_MIN, { error: 'passwordShort' })
  .max(PASSWORD_MAX, { error: 'tooLong' });
export const LocaleField = z.enum(['es', 'en'], { error: 'locale' });
export const TotpCode = z
  .string({ error: 'required' })
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().min(1, { error: 'required' }).regex(/^\d{6}$/, { error: 'code' }));

/** A form field that may arrive once (string) or several times (array), or not at all. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const LoginForm = z.object({ email: Email, password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(PASSWORD_MAX, { error: 'tooLong' }) });
export const CodeForm = z.object({ code: TotpCode });
export const ForgotForm = z.object({ email: Email });

const Confirm = z.string({ error: 'required' }).min(1, { error: 'required' });
const matches = (v: { password: string; confirm: string }) => v.password === v.confirm;

export const ResetForm = z.object({ password: Password, confirm: Confirm }).refine(matches, { error: 'passwordMismatch', path: ['confirm'] });
export const AcceptInvitationForm = z
  .object({ displayName: DisplayName, password: Password, confirm: Confirm })
  .refine(matches, { error: 'passwordMismatch', path: ['confirm'] });

const Roles = many(z.enum(ROLES, { error: 'roles' })).pipe(z.array(z.enum(ROLES)).min(1, { error: 'roles' }));
const States = many(StateCode);

/** Roles and states go together: a state officer needs at least one state; other roles ignore states. */
const accessRefinement = (v: { roles: Role[]; states: string[] }, ctx: z.RefinementCtx) => {
  if (v.roles.includes('state-officer') && v.states.length === 0) ctx.addIssue({ code: 'custom', message: 'statesRequired', path: ['states'] });
};

export const InviteForm = z
  .object({ email: Email, displayName: DisplayName, locale: LocaleField.default('es'), roles: Roles, states: States })
  .superRefine(accessRefinement)
  .transform((v) => ({ ...v, states: v.roles.includes('state-officer') ? [...new Set(v.states)].sort() : [] }));
export type InviteInput = z.infer<typeof InviteForm>;

export const AccessForm = z
  .object({ roles: Roles, states: States })
  .superRefine(accessRefinement)
  .transform((v) => ({ ...v, states: v.roles.includes('state-officer') ? [...new Set(v.states)].sort() : [] }));
export type AccessInput = z.infer<typeof AccessForm>;

export const StatusForm = z.object({ status: z.enum(['active', 'disabled'], { error: 'status' }) });
export const LocaleForm = z.object({ locale: LocaleField, next: z.string().max(500).optional() });

export const UsersQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  state: StateCode.optional(),
  status: z.enum(['active', 'disabled']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type UsersQuery = z.infer<typeof UsersQuery>;

/** An account as the domain sees it (never carries the password hash or TOTP secret). */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  locale: 'es' | 'en';
  status: 'active' | 'disabled';
  totpEnabled: boolean;
  roles: Role[];
  states: string[];
  lastLoginAt: string | null;
  createdAt: string;
}
