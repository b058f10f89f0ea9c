import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type AuditMessages } from './es.ts';

const ALL: Record<Locale, AuditMessages> = { es, en };
export const auditMessages = (locale: Locale): AuditMessages => ALL[locale];
