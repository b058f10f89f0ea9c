/**
 * A calendar date as text, "YYYY-MM-DD", that really exists: 2026-02-31 and 0000-01-01 match the
 * pattern, but PostgreSQL refuses them (a 500 on the audit filters: issue 9, finding 4) and
 * JavaScript silently rolls 02-31 over to 03-03. Years are bounded to what this service can mean.
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2999;

export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
