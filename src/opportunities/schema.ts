/**
 * An economic opportunity (issue 14, part 3): a development corridor or pole, or a federal or
 * state incentive in force, with the legal instrument that creates it, who qualifies and what it
 * gives, in plain words in both languages. A catalogue document like a sector guide: seeded with
 * sources, edited through drafts and review, published with a public change log line.
 *
 * Facts our official sources do not confirm are flagged (`unverified`) and shown "to be confirmed";
 * figures and dates are never filled in from anything but the official text.
 */
import { isOfficial } from '../catalogue/coverage.ts';
import { z } from 'zod';
import { ID, Localized, Source } from '../catalogue/schema.ts';
import { isCalendarDate } from '../http/calendar-date.ts';

const isoDate = z.string().refine(isCalendarDate, 'a real calendar date, YYYY-MM-DD');
const url = z.url({ protocol: /^https?$/ });
const stateCode = z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/, 'an INEGI state code 01–32');
const scianPrefix = z.string().regex(/^\d{2,6}$/, 'a SCIAN code prefix of 2 to 6 digits');

export const OPPORTUNITY_TYPES = ['corridor', 'pole', 'federal-incentive', 'state-incentive'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];
/** How the investor enters (the plan questionnaire's `entry`); kept here so the catalogue does not depend on the roadmap. */
export const INVESTMENT_TYPES = ['new-company', 'branch', 'acquisition'] as const;

/**
 * When a plan says "you may qualify": every listed dimension must match ([] = any). Deliberately
 * small and typed; the decree's full conditions stay in `whoQualifies`, and `text` says in words
 * what the rule checks, shown beside the match.
 */
export const QualificationRule = z
  .object({
    states: z.array(stateCode).default([]),
    scianPrefixes: z.array(scianPrefix).default([]),
    investment: z.array(z.enum(INVESTMENT_TYPES)).default([]),
    text: Localized,
  })
  .strict();
export type QualificationRule = z.infer<typeof QualificationRule>;

export const Opportunity = z
  .object({
    id: ID,
    type: z.enum(OPPORTUNITY_TYPES),
    title: Localized,
    summary: Localized,
    /** The decree, programme or agreement that creates it (its official Spanish name). */
    instrument: z
      .object({
        name: z.string().trim().min(1),
        dofDate: isoDate.optional(),
        url: url.optional(),
        /** The publication date or URL is not confirmed on an official page. */
        unverified: z.boolean().optional(),
      })
      .strict(),
    whoQualifies: Localized,
    gives: Localized,
    /** Application window and validity, in words; absent = "to be confirmed". */
    deadlines: z.object({ application: Localized.optional(), validity: Localized.optional(), unverified: z.boolean().optional() }).strict().default({}),
    /** INEGI codes where it applies; [] = nationwide. */
    states: z.array(stateCode).default([]),
    municipalities: z.array(z.string().trim().min(1)).default([]),
    /** SCIAN prefixes it concerns; [] = any sector. */
    scian: z.array(scianPrefix).default([]),
    /** Procedures of our catalogue an investor meets to use it. */
    procedures: z.array(ID).default([]),
    rule: QualificationRule.optional(),
    caveats: z.array(Localized).default([]),
    sources: z.array(Source).min(1),
    verifiedOn: isoDate,
  })
  .strict()
  .superRefine((o, ctx) => {
    if (!o.sources.some((s) => isOfficial(s.url))) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'at least one official source (dof.gob.mx, gob.mx, diputados.gob.mx or a state .gob.mx site)' });
  });
export type Opportunity = z.infer<typeof Opportunity>;
export type OpportunityInput = z.input<typeof Opportunity>;
