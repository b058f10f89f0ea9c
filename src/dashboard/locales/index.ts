import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type DashboardMessages } from './es.ts';

export type { DashboardMessages };
const ALL: Record<Locale, DashboardMessages> = { es, en };
export const dashboardMessages = (locale: Locale): DashboardMessages => ALL[locale];
