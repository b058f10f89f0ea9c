/**
 * Mexico's business days, for plan dates (and, later, the desk's service levels): Monday to Friday,
 * except the mandatory rest days of the Ley Federal del Trabajo, art. 74:
 *   I 1 January · II first Monday of February (Constitution) · III third Monday of March (Juárez) ·
 *   IV 1 May · V 16 September · VI third Monday of November (Revolution) · VII 1 October every six
 *   years, when the federal executive takes office (2024, 2030, 2036…) · VIII 25 December ·
 *   IX the days of federal and local ordinary elections, in election years.
 * Election days (IX) fall on Sundays under the electoral law, already off; Holy Thursday and Friday
 * and 12 December are customary for many offices but not LFT rest days, so they are not excluded:
 * each authority publishes its own calendar, and a plan says its dates are estimates.
 * Dates are civil dates (no time zone): 'YYYY-MM-DD' strings, computed in UTC arithmetic.
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** The n-th Monday (1-based) of a month (0-based) of a year. */
function nthMonday(year: number, month: number, n: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (8 - first.getUTCDay()) % 7; // days from the 1st to the first Monday
  return iso(new Date(Date.UTC(year, month, 1 + offset + 7 * (n - 1))));
}

const cache = new Map<number, Set<string>>();

/** LFT art. 74 rest days of a year that can fall on a weekday. */
export function restDays(year: number): Set<string> {
  let days = cache.get(year);
  if (!days) {
    days = new Set([`${year}-01-01`, nthMonday(year, 1, 1), nthMonday(year, 2, 3), `${year}-05-01`, `${year}-09-16`, nthMonday(year, 10, 3), `${year}-12-25`]);
    if (year >= 2024 && (year - 2024) % 6 === 0) days.add(`${year}-10-01`);
    cache.set(year, days);
  }
  return days;
}

export function isBusinessDay(date: string): boolean {
  const d = utc(date);
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !restDays(d.getUTCFullYear()).has(date);
}

/** The date itself if it is a business day, else the next one. */
export function onOrAfterBusinessDay(date: string): string {
  const d = utc(date);
  while (!isBusinessDay(iso(d))) d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
}

/** The first business day after `date`. */
export function nextBusinessDay(date: string): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return onOrAfterBusinessDay(iso(d));
}

/** The business day `n` business days after `date` (n = 0: `date` itself, moved to a business day). */
export function addBusinessDays(date: string, n: number): string {
  let d = onOrAfterBusinessDay(date);
  for (let i = 0; i < n; i++) d = nextBusinessDay(d);
  return d;
}

/** Today in Mexico City (civil date), for the default start of a plan. */
export function todayInMexicoCity(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
