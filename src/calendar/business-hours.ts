/**
 * Business hours in Mexico City for the desk's service levels (issue 11): 09:00–18:00 on business
 * days (weekends and LFT art. 74 rest days off). Mexico City keeps UTC−6 all year since the
 * abolition of daylight saving time (Ley de los Husos Horarios, DOF 28-10-2022), so local time is a
 * fixed offset and needs no time-zone database.
 */
import { isBusinessDay, restDays } from './business-days.ts';

const OFFSET_H = -6;
export const OPEN_H = 9;
export const CLOSE_H = 18;
const HOUR = 3_600_000;

/** Local civil date and hour (fractional) in Mexico City. */
function local(t: Date): { date: string; hour: number } {
  const l = new Date(t.getTime() + OFFSET_H * HOUR);
  return { date: l.toISOString().slice(0, 10), hour: l.getUTCHours() + l.getUTCMinutes() / 60 + l.getUTCSeconds() / 3600 + l.getUTCMilliseconds() / HOUR };
}
/** The instant of a local date at a local hour. */
const at = (date: string, hour: number) => new Date(Date.parse(`${date}T00:00:00Z`) + (hour - OFFSET_H) * HOUR);
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);

/** The instant `hours` business hours after `from` (time outside business hours does not count). */
export function addBusinessHours(from: Date, hours: number): Date {
  let { date, hour } = local(from);
  let left = hours;
  for (;;) {
    if (isBusinessDay(date) && hour < CLOSE_H) {
      const start = Math.max(hour, OPEN_H);
      const room = CLOSE_H - start;
      if (left <= room) return at(date, start + left);
      left -= room;
    }
    date = nextDate(date);
    hour = 0;
  }
}

/** Business hours elapsed between two instants (0 when `to` is not after `from`). */
export function businessHoursBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  let { date, hour } = local(from);
  const end = local(to);
  let total = 0;
  while (date <= end.date) {
    if (isBusinessDay(date)) {
      const a = Math.max(hour, OPEN_H);
      const b = Math.min(date === end.date ? end.hour : 24, CLOSE_H);
      if (b > a) total += b - a;
    }
    date = nextDate(date);
    hour = 0;
  }
  return total;
}

/** Whether the desk is open at `t` (a business day, 09:00–18:00 in Mexico City). */
export function isOpen(t: Date): boolean {
  const { date, hour } = local(t);
  return isBusinessDay(date) && hour >= OPEN_H && hour < CLOSE_H;
}

/** When the desk next opens at or after `t` (`t` itself when it is open). */
export const nextOpening = (t: Date): Date => addBusinessHours(t, 0);

/**
 * Opening hours of their own (a desk team's chat hours, issue 12): whole hours in Mexico City time on
 * ISO weekdays (1 = Monday … 7 = Sunday). Official rest days (LFT art. 74) are closed whatever the days.
 */
export interface Hours {
  opens: number;
  closes: number;
  days: readonly number[];
}
export const DESK_HOURS: Hours = { opens: OPEN_H, closes: CLOSE_H, days: [1, 2, 3, 4, 5] };

const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const dayOpen = (date: string, h: Hours) => h.days.includes(isoWeekday(date)) && !restDays(Number(date.slice(0, 4))).has(date);

/** Whether `t` falls within the hours. */
export function isOpenIn(t: Date, h: Hours): boolean {
  const { date, hour } = local(t);
  return dayOpen(date, h) && hour >= h.opens && hour < h.closes;
}

/** When the hours next begin at or after `t` (`t` itself when open); null if they never do (no day open). */
export function nextOpeningIn(t: Date, h: Hours): Date | null {
  let { date, hour } = local(t);
  for (let i = 0; i < 400; i++) {
    if (dayOpen(date, h) && hour < h.closes) return hour >= h.opens ? t : at(date, h.opens);
    date = nextDate(date);
    hour = 0;
  }
  return null;
}
