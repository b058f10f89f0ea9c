/**
 * The dashboard's figures (issue 15): what the scheduled job computes from the cases, the catalogue
 * and the searches, and the arithmetic it uses. Pure: the job gathers rows, this shapes them.
 */
import { businessHoursBetween } from '../calendar/business-hours.ts';

export const CHANNELS = ['web', 'api', 'chat'] as const;
export const KINDS = ['question', 'orientation', 'meeting', 'obstacle'] as const;
/** Months shown, the current one included. */
export const MONTHS = 12;
/** Counts from 1 to SUPPRESS_BELOW − 1 are published as "< 5"; figures from fewer cases are withheld. */
export const SUPPRESS_BELOW = 5;

export interface Figures {
  computedAt: string;
  /** First day (Mexico City) of the oldest month counted: cases received since then. */
  since: string;
  byMonth: { month: string; web: number; api: number; chat: number }[];
  byState: { state: string | null; count: number }[];
  byTopic: { kind: (typeof KINDS)[number]; count: number }[];
  targetHours: number;
  firstResponse: Durations & {
    /** Answered within the target. */
    withinTarget: number;
    /** Answered, plus still unanswered past the target (the share's denominator). */
    due: number;
  };
  resolution: Durations;
  satisfaction: { ratings: number; average: number | null; byScore: { score: number; count: number }[] };
  catalogue: { procedures: number; verified6: number; verified12: number; openReports: number; openReportsMedianDays: number | null };
  searchesWithoutResults: { query: string; count: number }[];
  /** "Was this page useful?" answers per site section (src/feedback), since `since`. */
  pageFeedback: { section: string; yes: number; no: number }[];
}

export interface Durations {
  /** Cases measured; the percentiles are null when fewer than SUPPRESS_BELOW. */
  cases: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/** Nearest-rank percentile (the smallest value with at least p of the values at or below it). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function durations(hours: number[]): Durations {
  const sorted = [...hours].sort((a, b) => a - b);
  if (sorted.length < SUPPRESS_BELOW) return { cases: sorted.length, medianHours: null, p90Hours: null };
  return { cases: sorted.length, medianHours: round1(percentile(sorted, 0.5)), p90Hours: round1(percentile(sorted, 0.9)) };
}

export interface CaseTimes {
  createdAt: Date;
  firstResponseAt: Date | null;
  closedAt: Date | null;
}

/** First-response and resolution times in business hours, and the share answered within target. */
export function serviceTimes(cases: CaseTimes[], targetHours: number, now: Date): Pick<Figures, 'firstResponse' | 'resolution'> {
  const first: number[] = [];
  const resolved: number[] = [];
  let withinTarget = 0;
  let due = 0;
  for (const c of cases) {
    if (c.firstResponseAt) {
      const h = businessHoursBetween(c.createdAt, c.firstResponseAt);
      first.push(h);
      due++;
      if (h <= targetHours) withinTarget++;
    } else if (businessHoursBetween(c.createdAt, now) > targetHours) {
      due++;
    }
    if (c.closedAt) resolved.push(businessHoursBetween(c.createdAt, c.closedAt));
  }
  return { firstResponse: { ...durations(first), withinTarget, due }, resolution: durations(resolved) };
}

/** The first day of the month `back` months before `now`'s month, in Mexico City (UTC−6 all year). */
export function monthsBack(now: Date, back: number): string[] {
  const local = new Date(now.getTime() - 6 * 3_600_000);
  const out: string[] = [];
  for (let i = back - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** Share verified on or after the date `months` months before today. */
export function verifiedSince(dates: string[], today: string, months: number): number {
  const d = new Date(`${today}T00:00:00Z`);
  const cutoff = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate())).toISOString().slice(0, 10);
  return dates.filter((v) => v >= cutoff).length;
}

/** What the public sees of a count: the number, or null for 1–4 ("< 5"). */
export const publicCount = (n: number): number | null => (n > 0 && n < SUPPRESS_BELOW ? null : n);
