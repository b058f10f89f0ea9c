/**
 * The US ↔ Mexico certification and licence glossary (issue 14, part 1): one document per pair —
 * what each side is, who issues it, how close they are, whether an agreement recognises one as the
 * other, which procedures of the catalogue need it, and the official sources of each side.
 * A catalogue document like a sector guide: validated with the whole catalogue (its procedure ids
 * must exist), drafted, reviewed and published through the editorial workflow (ADR 025).
 */
import { z } from 'zod';
import { ID, Localized, Source } from '../catalogue/schema.ts';
import { isCalendarDate } from '../http/calendar-date.ts';

/** Browsable fields, in the order the index shows them. */
export const CERT_FIELDS = [
  'accounting', 'tax', 'corporate', 'legal', 'engineering-construction', 'labour', 'customs-trade',
  'health-products', 'electrical-telecom', 'quality', 'environment', 'energy',
] as const;
export type CertField = (typeof CERT_FIELDS)[number];

/** How close the two sides are: the same thing, partly the same, or no real counterpart. */
export const EQUIVALENCE_LEVELS = ['same', 'partial', 'none'] as const;
export type EquivalenceLevel = (typeof EQUIVALENCE_LEVELS)[number];

/**
 * Whether an agreement recognises one side as the other: yes (mutual recognition in force), partial
 * (one-way or limited to part of the process), no (none in the official sources we read), or
 * unconfirmed (sources disagree or are not official: shown "to be confirmed", never as settled).
 */
export const AGREEMENT_STATUSES = ['yes', 'partial', 'no', 'unconfirmed'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const CertSide = z
  .object({
    name: Localized,
    /** The short form people use (CPA, RFC, MIA), when there is one. */
    acronym: z.string().trim().min(1).max(40).optional(),
    whatItIs: Localized,
    issuer: Localized,
    /** At least one official source for this side (the issuing authority's own site, the law). */
    sources: z.array(Source).min(1, 'each side cites at least one official source'),
  })
  .strict();
export type CertSide = z.infer<typeof CertSide>;

export const Agreement = z
  .object({
    status: z.enum(AGREEMENT_STATUSES),
    name: Localized.optional(),
    note: Localized.optional(),
    sources: z.array(Source).default([]),
  })
  .strict()
  .refine((a) => a.status === 'no' || a.status === 'unconfirmed' || (a.name !== undefined && a.sources.length > 0), {
    message: 'an agreement that exists is named and cites a source',
    path: ['sources'],
  });
export type Agreement = z.infer<typeof Agreement>;

export const CertificationPair = z
  .object({
    id: ID,
    field: z.enum(CERT_FIELDS),
    us: CertSide,
    mx: CertSide,
    equivalence: z.object({ level: z.enum(EQUIVALENCE_LEVELS), difference: Localized }).strict(),
    agreement: Agreement,
    /** Procedures of the catalogue that need the Mexican side (checked to exist at catalogue load). */
    procedures: z.array(ID).default([]),
    verifiedOn: z.string().refine(isCalendarDate, 'a real calendar date, YYYY-MM-DD'),
  })
  .strict();
export type CertificationPair = z.infer<typeof CertificationPair>;
export type CertificationPairInput = z.input<typeof CertificationPair>;

/** Every source a pair cites (both sides and its agreement), with where. */
export function* pairSources(p: CertificationPair): Generator<[string, Source]> {
  for (const s of p.us.sources) yield [`certification ${p.id} (US)`, s];
  for (const s of p.mx.sources) yield [`certification ${p.id} (MX)`, s];
  for (const s of p.agreement.sources) yield [`certification ${p.id} (agreement)`, s];
}
