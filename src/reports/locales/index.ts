import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type ReportMessages } from './es.ts';

export type { ReportMessages };
const ALL: Record<Locale, ReportMessages> = { es, en };
export const reportMessages = (locale: Locale): ReportMessages => ALL[locale];
