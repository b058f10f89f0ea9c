/**
 * The plan's milestones as an iCalendar file (RFC 5545): one all-day event per
 * procedure, from its earliest start to its latest finish, counted in business
 * days from a start date (weekends and the LFT art. 74 rest days skipped).
 */
import type { Locale } from '../i18n/locale.ts';
import { pathFor } from '../i18n/locale.ts';
import type { Plan } from './engine.ts';

/** Mandatory rest days (Ley Federal del Trabajo art. 74), without the six-yearly 1 October. */
function isRestDay(d: Date): boolean {
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const dow = d.getUTCDay();
  if (dow === 0 || dow === 6) return true;
  if ((m === 1 && day === 1) || (m === 5 && day === 1) || (m === 9 && day === 16) || (m === 12 && day === 25)) return true;
  const nthMonday = (n: number) => dow === 1 && Math.ceil(day / 7) === n;
  return (m === 2 && nthMonday(1)) || (m === 3 && nthMonday(3)) || (m === 11 && nthMonday(3));
}

/** The calendar date of business day n (0 = the start date itself, or the next business day). */
export function addBusinessDays(start: Date, n: number): Date {
  const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  while (isRestDay(d)) d.setUTCDate(d.getUTCDate() + 1);
  for (let left = Math.ceil(n); left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (!isRestDay(d)) left--;
  }
  return d;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export function planIcs(plan: Plan, id: string, locale: Locale, publicUrl: string, start: Date, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ventanilla//Roadmap//ES', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const x of plan.procedures) {
    const from = addBusinessDays(start, x.start.min);
    const to = addBusinessDays(start, x.end.max);
    to.setUTCDate(to.getUTCDate() + 1); // DTEND is exclusive for all-day events
    const url = publicUrl + pathFor({ page: 'procedure', slug: x.procedure.slug }, locale);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${x.procedure.id}.${id.slice(0, 40)}@ventanilla`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd(from)}`,
      `DTEND;VALUE=DATE:${ymd(to)}`,
      `SUMMARY:${escapeText(x.procedure.title[locale])}`,
      `DESCRIPTION:${escapeText(`${x.procedure.summary[locale]}\n${url}`)}`,
      `URL:${url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
