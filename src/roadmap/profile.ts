/**
 * The investor profile: the questionnaire's answers and the roadmap API's input.
 * Everything but `scian` and `state` is optional with a sensible default.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { isCalendarDate } from '../http/calendar-date.ts';

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', '1', '0'])], { error: 'must be true or false' })
  .transform((v) => v === true || v === 'true' || v === 'on' || v === '1')
  .default(false);
/**
 * Numbers as people type them (issue 13, item 4): "100%", "1,000", "1 000", "$2,500,000", "49,5"
 * (Spanish decimal comma). Digits grouped in threes by commas or spaces are thousands. A dot is the
 * decimal point, except in whole-number fields (people, where "1.000" is Spanish for a thousand).
 * Anything else is left as typed and fails as a number, naming the field.
 */
export function lenientNumber(v: unknown, whole = false): unknown {
  if (typeof v !== 'string') return v;
  let s = v.trim().replace(/^\$\s*/, '').replace(/\s*%$/, '');
  if (/^\d{1,3}([\s\u00a0]\d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/[\s\u00a0]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return s.replace(/,/g, '');
  if (whole && /^\d{1,3}(\.\d{3})+$/.test(s)) return s.replace(/\./g, '');
  if (/^\d+,\d+$/.test(s)) return s.replace(',', '.');
  return s;
}
const number = (max: number) => z.coerce.number({ error: 'must be a number' }).finite().min(0, 'must be 0 or more').max(max, `must be at most ${max}`);
const num = (max: number) => z.preprocess((v) => lenientNumber(v), number(max));
const int = (max: number) => z.preprocess((v) => lenientNumber(v, true), number(max).int('must be a whole number'));

export const ENTRIES = ['new-company', 'branch', 'acquisition'] as const;
export const FACILITIES = ['none', 'adapt', 'build'] as const;
/** The municipal risk level of the activity (SARE low-risk catalogue); 'unknown' when the investor does not know. */
export const RISKS = ['unknown', 'low', 'medium-high'] as const;

export const profileShape = {
  scian: z.string({ error: 'required' }).regex(/^\d{6}$/, 'must be a six-digit SCIAN 2023 class'),
  state: z.string({ error: 'required' }).regex(/^(0[1-9]|[12]\d|3[0-2])$/, 'must be an INEGI state code 01–32'),
  municipality: z.string().trim().max(120, 'must be at most 120 characters').optional(),
  foreignPct: num(100).default(0),
  entry: z.enum(ENTRIES, { error: 'is not one of the options' }).default('new-company'),
  acquisitionAssetsMXN: num(1e15).default(0),
  employees: int(1_000_000).default(0),
  foreignStaff: int(1_000_000).default(0),
  imports: flag,
  exports: flag,
  temporaryImports: flag,
  facility: z.enum(FACILITIES, { error: 'is not one of the options' }).default('none'),
  risk: z.enum(RISKS, { error: 'is not one of the options' }).default('unknown'),
  /** When the investor will start (a date); absent: the next business day. */
  startDate: z.string().refine(isCalendarDate, 'must be a real date, YYYY-MM-DD').optional(),
  restrictedZone: flag,
  healthProducts: flag,
  powerMW: num(100_000).default(0),
  federalEnvironmentalWorks: flag,
  federalEmissionSource: flag,
  waterUse: flag,
  specialisedServices: flag,
  projectUSD: num(1e13).default(0),
};

/** Cross-field rules, reported on the field the user must change. */
function crossCheck(p: { employees: number; foreignStaff: number }, ctx: z.RefinementCtx) {
  if (p.foreignStaff > p.employees) ctx.addIssue({ code: 'custom', path: ['foreignStaff'], message: 'cannot exceed the number of employees' });
}

export const Profile = z.object(profileShape).strict().superRefine(crossCheck);
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

/** The API body: the profile plus the language of the texts. */
export const ProfileRequest = z
  .object({ ...profileShape, lang: z.enum(LOCALES, { error: 'is not one of the options' }).default('es') })
  .strict()
  .superRefine(crossCheck);

export const PROFILE_FIELDS = Object.keys(profileShape) as (keyof typeof profileShape)[];

/** The facts that procedure conditions read (see catalogue/schema.ts FACTS). */
export function factsOf(p: Profile): Record<string, number | string | boolean> {
  const { scian: _s, state: _st, municipality: _m, startDate: _d, ...facts } = p;
  return { ...facts, risk: effectiveRisk(p) };
}

/**
 * The risk level the plan assumes: the investor's answer; else, for manufacturing (SCIAN 31–33),
 * medium or high (most factories are: see the SARE procedure's "who needs it"); else unknown. Short
 * of a 'low' answer the plan takes the ordinary licence and says the fast track replaces it for
 * activities on the municipality's low-risk list.
 */
export function effectiveRisk(p: Pick<Profile, 'risk' | 'scian'>): (typeof RISKS)[number] {
  if (p.risk !== 'unknown') return p.risk;
  return /^3[123]/.test(p.scian) ? 'medium-high' : 'unknown';
}
