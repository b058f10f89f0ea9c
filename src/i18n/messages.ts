import type { Locale } from './locale.ts';
import { en } from './messages/en.ts';
import { es, type Messages } from './messages/es.ts';

export type { Messages };
const ALL: Record<Locale, Messages> = { es, en };
export const messages = (locale: Locale): Messages => ALL[locale];

/** Formats a number for a locale (thousands separators, at most 2 decimals). */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 }).format(n);
}

export function formatMXN(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'es' ? 'es-MX' : 'en-US', { style: 'currency', currency: 'MXN', maximumFractionDigits: 0 }).format(n);
}

export function formatDate(iso: string | Date, locale: Locale): string {
  const d = typeof iso === 'string' ? new Date(`${iso}T12:00:00Z`) : iso;
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}
