/**
 * The plan's milestones as an iCalendar file (RFC 5545): one all-day event per procedure, from
 * its earliest start to its latest finish (the plan's business-day dates: weekends and the LFT
 * art. 74 rest days skipped, src/calendar), and one recurring event (RRULE) per periodic
 * obligation — RNIE quarterly notices, annual reports, renewals — first due one period after the
 * plan's start (the procedure page gives the exact legal deadline).
 */
import type { Locale } from '../i18n/locale.ts';
import { pathFor } from '../i18n/locale.ts';
import type { Plan } from './engine.ts';

const ymd = (date: string) => date.replace(/-/g, '');
const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const RRULE = { month: 'FREQ=MONTHLY', bimonth: 'FREQ=MONTHLY;INTERVAL=2', quarter: 'FREQ=MONTHLY;INTERVAL=3', year: 'FREQ=YEARLY' } as const;
const MONTHS = { month: 1, bimonth: 2, quarter: 3, year: 12 } as const;
/** The date `months` calendar months after `date` (end of month clamped). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}
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

export function planIcs(plan: Plan, id: string, locale: Locale, publicUrl: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ventanilla//Roadmap//ES', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const urlOf = (slug: string) => publicUrl + pathFor({ page: 'procedure', slug }, locale);
  for (const x of plan.procedures) {
    const url = urlOf(x.procedure.slug);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${x.procedure.id}.${id.slice(0, 40)}@ventanilla`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd(x.startDate.earliest)}`,
      `DTEND;VALUE=DATE:${ymd(dayAfter(x.endDate.latest))}`, // exclusive for all-day events
      `SUMMARY:${escapeText(x.procedure.title[locale])}`,
      `DESCRIPTION:${escapeText(`${x.procedure.summary[locale]}\n${url}`)}`,
      `URL:${url}`,
      'END:VEVENT',
    );
  }
  for (const p of plan.obligations) {
    const every = p.recurrence!.every;
    const first = addMonths(plan.startDate, MONTHS[every]);
    const url = urlOf(p.slug);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${p.id}.recurring.${id.slice(0, 40)}@ventanilla`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd(first)}`,
      `DTEND;VALUE=DATE:${ymd(dayAfter(first))}`,
      `RRULE:${RRULE[every]}`,
      `SUMMARY:${escapeText(p.title[locale])}`,
      `DESCRIPTION:${escapeText(`${p.recurrence!.note ? `${p.recurrence!.note[locale]}\n` : ''}${url}`)}`,
      `URL:${url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
