/**
 * The catalogue model, in the eRegulations grammar (procedure → ordered steps),
 * compatible with CPSV-AP. One zod schema per entity; TypeScript types are
 * inferred, so seed content, the database loader and the API share one shape.
 *
 * Every human text is a `Localized` pair: Spanish is the source, English is
 * required for publication. A fact that our sources do not confirm carries
 * `unverified: true` and is shown as "to be confirmed", never as settled.
 */
import { z } from 'zod';
import { isCalendarDate } from '../http/calendar-date.ts';

const nonEmpty = z.string().trim().min(1);
export const Localized = z.object({ es: nonEmpty, en: nonEmpty }).strict();
export type Localized = z.infer<typeof Localized>;

/** Kebab-case ids (also how routes tell an id from anything else before querying). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID = z.string().regex(ID_PATTERN, 'kebab-case id');
const isoDate = z.string().refine(isCalendarDate, 'a real calendar date, YYYY-MM-DD');
const url = z.url({ protocol: /^https?$/ });

export const LEVELS = ['federal', 'state', 'municipal'] as const;
export const PHASES = ['constitution', 'construction', 'operation'] as const;
export const Level = z.enum(LEVELS);
export const Phase = z.enum(PHASES);
export type Level = z.infer<typeof Level>;
export type Phase = z.infer<typeof Phase>;

/** A citation: a law (by id) and optionally an article/fraction. */
export const LegalRef = z
  .object({
    law: ID,
    article: z.string().trim().min(1).optional(),
    unverified: z.boolean().optional(),
  })
  .strict();
export type LegalRef = z.infer<typeof LegalRef>;

export const Source = z.object({ title: nonEmpty, url }).strict();
export type Source = z.infer<typeof Source>;

/**
 * Conditions of applicability, as data (the roadmap engine evaluates them;
 * no `if` per procedure in code). Facts are the investor-profile fields.
 */
export const FACTS = [
  'foreignPct', 'employees', 'foreignStaff', 'powerMW', 'projectUSD', 'acquisitionAssetsMXN',
  'imports', 'exports', 'temporaryImports', 'restrictedZone', 'healthProducts',
  'federalEnvironmentalWorks', 'federalEmissionSource', 'waterUse', 'specialisedServices',
  'entry', 'facility', 'risk',
] as const;
export type Condition =
  | { always: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: (typeof FACTS)[number]; op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte'; value: number | string | boolean }
  | { fact: (typeof FACTS)[number]; op: 'in'; value: string[] }
  | { scianIn: string[] };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ always: z.literal(true) }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
    z
      .object({
        fact: z.enum(FACTS),
        op: z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']),
        value: z.union([z.number(), z.string(), z.boolean()]),
      })
      .strict(),
    z.object({ fact: z.enum(FACTS), op: z.literal('in'), value: z.array(z.string()).min(1) }).strict(),
    /** SCIAN code prefixes, e.g. ["3391", "325412"]. */
    z.object({ scianIn: z.array(z.string().regex(/^\d{2,6}$/)).min(1) }).strict(),
  ]),
);

export const Channel = z
  .object({
    kind: z.enum(['online', 'in-person', 'online-or-in-person', 'notary', 'email', 'automatic']),
    url: url.optional(),
    note: Localized.optional(),
  })
  .strict();

export const Requirement = z
  .object({
    name: Localized,
    originals: z.number().int().min(0).optional(),
    copies: z.number().int().min(0).optional(),
    /** The procedure whose output this document is (feeds the roadmap checklist). */
    producedBy: ID.optional(),
    note: Localized.optional(),
    legalBasis: z.array(LegalRef).optional(),
    unverified: z.boolean().optional(),
    /** Asked only of some investors (a branch's documents, not a new company's): the roadmap checklist leaves it out for the others. */
    appliesWhen: Condition.optional(),
  })
  .strict();
export type Requirement = z.infer<typeof Requirement>;

const money = z.number().min(0);
/** "free" is explicit; a variable cost gives a range when one is known (null max = unknown). */
export const Cost = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free'), legalBasis: z.array(LegalRef).optional(), unverified: z.boolean().optional(), note: Localized.optional() }).strict(),
  z
    .object({
      kind: z.literal('fixed'),
      concept: Localized,
      amountMXN: money,
      year: z.number().int().min(2000).max(2100).optional(),
      legalBasis: z.array(LegalRef).optional(),
      unverified: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('variable'),
      concept: Localized,
      formula: Localized,
      minMXN: money.nullable(),
      maxMXN: money.nullable(),
      year: z.number().int().min(2000).max(2100).optional(),
      legalBasis: z.array(LegalRef).optional(),
      unverified: z.boolean().optional(),
    })
    .strict(),
]);
export type Cost = z.infer<typeof Cost>;

export const Duration = z
  .object({
    min: z.number().min(0),
    max: z.number().min(0),
    unit: z.enum(['business-days', 'calendar-days', 'hours']),
  })
  .strict()
  .refine((d) => d.max >= d.min, { message: 'max must be ≥ min' });
export type Duration = z.infer<typeof Duration>;

export const Timeframe = z
  .object({
    /** Time the authority takes (waiting for the answer). */
    waiting: Duration,
    /** Minutes spent at the counter or online form. */
    atCounterMinutes: z.number().int().min(0).optional(),
    /** Time before the next step can start (e.g. collecting a document). */
    untilNextStep: Duration.optional(),
    legalDeadline: z.object({ days: z.number().int().min(0), unit: z.enum(['business-days', 'calendar-days']) }).strict().optional(),
    tacitApproval: z.enum(['positive', 'negative', 'none', 'unknown']).default('unknown'),
    legalBasis: z.array(LegalRef).optional(),
    unverified: z.boolean().optional(),
    note: Localized.optional(),
  })
  .strict();
export type Timeframe = z.infer<typeof Timeframe>;

export const Step = z
  .object({
    title: Localized,
    description: Localized.optional(),
    channel: Channel,
    office: ID.optional(),
    requirements: z.array(Requirement).default([]),
    costs: z.array(Cost).min(1, 'a step states its cost, or "free"'),
    timeframe: Timeframe,
    legalBasis: z.array(LegalRef).default([]),
    recourse: Localized.optional(),
  })
  .strict();
export type Step = z.infer<typeof Step>;

export const Procedure = z
  .object({
    id: ID,
    slug: ID,
    level: Level,
    authority: ID,
    phase: Phase,
    title: Localized,
    summary: Localized,
    /** Who needs it, in words; `appliesWhen` is the same rule as data. */
    whoNeedsIt: Localized,
    appliesWhen: Condition,
    /** SCIAN prefixes it concerns; empty = every sector. */
    sectors: z.array(z.string().regex(/^\d{2,6}$/)).default([]),
    /** INEGI codes where it exists; empty = all states (a generic state/municipal procedure). */
    states: z.array(z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/)).default([]),
    /** How it varies between states and municipalities (state and municipal procedures). */
    variesByState: Localized.optional(),
    outputs: z.array(Localized).min(1),
    /** A periodic obligation (reports, renewals): the roadmap lists it apart from the one-time plan. */
    recurrence: z.object({ every: z.enum(['month', 'bimonth', 'quarter', 'year']), note: Localized.optional() }).strict().optional(),
    prerequisites: z.array(ID).default([]),
    /** Recommended, never required (trademark registration and the like): plans show it apart, off the critical path and the required totals. */
    optional: z.object({ reason: Localized }).strict().optional(),
    /**
     * One of several ways to the same result (the SARE fast track vs the ordinary operating licence):
     * a plan never schedules two of a group; if conditions let several apply, the lowest rank wins,
     * and the plan mentions the others.
     */
    alternative: z.object({ group: ID, rank: z.number().int().min(1) }).strict().optional(),
    officialCode: z.object({ code: nonEmpty, unverified: z.boolean().optional() }).strict().optional(),
    officialUrl: url.optional(),
    legalBasis: z.array(LegalRef).min(1),
    steps: z.array(Step).min(1),
    /** Caveats shown on the page: "to be confirmed", outdated rules, conflicting sources. */
    caveats: z.array(Localized).default([]),
    sources: z.array(Source).min(1),
    verifiedOn: isoDate,
  })
  .strict();
export type Procedure = z.infer<typeof Procedure>;
export type ProcedureInput = z.input<typeof Procedure>;

export const Authority = z
  .object({
    id: ID,
    acronym: nonEmpty,
    name: Localized,
    level: Level,
    parent: ID.optional(),
    stateCode: z.string().regex(/^\d{2}$/).optional(),
    url: url.optional(),
    description: Localized.optional(),
  })
  .strict();
export type Authority = z.infer<typeof Authority>;

export const Office = z
  .object({
    id: ID,
    authority: ID,
    name: Localized,
    address: z.string().optional(),
    hours: Localized.optional(),
    phone: z.string().optional(),
    email: z.email().optional(),
    url: url.optional(),
    unverified: z.boolean().optional(),
  })
  .strict();
export type Office = z.infer<typeof Office>;

export const Law = z
  .object({
    id: ID,
    acronym: nonEmpty,
    name: Localized,
    url: url.optional(),
    publishedOn: isoDate.optional(),
    lastReformOn: isoDate.optional(),
    lastReformUnverified: z.boolean().optional(),
    articles: z.array(z.object({ number: nonEmpty, summary: Localized, reformedOn: isoDate.optional() }).strict()).default([]),
  })
  .strict();
export type Law = z.infer<typeof Law>;

/** Yes/no questions of the questionnaire a sector can pre-answer. */
export const PRESET_FACTS = ['federalEmissionSource', 'healthProducts', 'waterUse', 'federalEnvironmentalWorks', 'imports', 'exports', 'temporaryImports'] as const;
export const SectorPreset = z
  .object({
    fact: z.enum(PRESET_FACTS),
    value: z.literal(true),
    /** Only for these SCIAN prefixes of the sector (empty: all its classes). */
    scianIn: z.array(z.string().regex(/^\d{2,6}$/)).default([]),
    reason: Localized,
    legalBasis: z.array(LegalRef).min(1),
  })
  .strict();
export type SectorPreset = z.infer<typeof SectorPreset>;

export const Sector = z
  .object({
    slug: ID,
    title: Localized,
    summary: Localized,
    priority: z.boolean().default(false),
    /** SCIAN 2023 six-digit classes. */
    scian: z.array(z.string().regex(/^\d{6}$/)).min(1),
    /** The procedures it triggers, in the order an investor meets them. */
    procedures: z.array(ID).min(1),
    notes: z.array(Localized).default([]),
    /**
     * What the sector's industry is by law (automotive plants are federal-jurisdiction emission
     * sources, LGEEPA art. 111 Bis): the questionnaire pre-answers these for its classes, and a plan
     * that answered otherwise says which procedures of the guide it left out (issue 10, item 4).
     */
    presets: z.array(SectorPreset).default([]),
  })
  .strict();
export type Sector = z.infer<typeof Sector>;

export const State = z
  .object({
    code: z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/),
    slug: ID,
    name: nonEmpty,
    shortName: nonEmpty,
    secretariat: z.object({ name: nonEmpty, acronym: z.string().optional(), head: z.string().optional(), seen: z.string().optional(), url: url.optional(), unverified: z.boolean().default(false) }).strict(),
    /** The state's investor desk / one-stop shop; value null = not found ("to be confirmed"). */
    oneStopShop: z
      .object({
        name: Localized.nullable(),
        url: url.nullable(),
        contact: z.string().nullable().default(null),
        description: Localized,
        unverified: z.boolean().default(false),
      })
      .strict(),
    payrollTax: z
      .object({
        ratePct: z.number().min(0).max(10).nullable(),
        year: z.number().int().nullable(),
        note: Localized.optional(),
        unverified: z.boolean().default(false),
      })
      .strict(),
    notes: z.array(Localized).default([]),
    sources: z.array(Source).min(1),
    verifiedOn: isoDate,
  })
  .strict();
export type State = z.infer<typeof State>;
