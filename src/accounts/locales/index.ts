import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type StaffMessages } from './es.ts';

export type { StaffMessages };
const ALL: Record<Locale, StaffMessages> = { es, en };
export const staffMessages = (locale: Locale): StaffMessages => ALL[locale];
