/**
 * Queues a mail in the caller's transaction: it is delivered only if the
 * change that causes it commits (the worker picks it up after commit).
 */
import type { Queryable } from '../db/client.ts';
import type { Locale } from '../i18n/locale.ts';
import { en } from './locales/en.ts';
import { es, type MailMessages } from './locales/es.ts';
import { insertMail } from './queries.ts';

const MAILS: Record<Locale, MailMessages> = { es, en };

export type MailTemplate = keyof MailMessages;
export type MailParams<T extends MailTemplate> = Parameters<MailMessages[T]['body']>[0];

export interface QueuedMail<T extends MailTemplate> {
  to: string;
  locale: Locale;
  template: T;
  params: MailParams<T>;
}

export function renderMail<T extends MailTemplate>(template: T, locale: Locale, params: MailParams<T>): { subject: string; text: string } {
  const m = MAILS[locale][template] as { subject: (p: MailParams<T>) => string; body: (p: MailParams<T>) => string };
  return { subject: m.subject(params), text: m.body(params) };
}

export async function queueMail<T extends MailTemplate>(tx: Queryable, mail: QueuedMail<T>): Promise<string> {
  const { subject, text } = renderMail(mail.template, mail.locale, mail.params);
  return insertMail(tx, { to: mail.to, locale: mail.locale, template: mail.template, subject, text });
}

/** Dates in mail bodies: the recipient's language, with the time zone named (staff are in several). */
// Formatters are costly to build (a measurable share of desk intake): one per language.
const formatters = new Map<Locale, Intl.DateTimeFormat>();
export function mailDate(d: Date, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'America/Mexico_City',
    timeZoneName: 'short',
  })));
  return f.format(d);
}
