import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type SiteMessages } from './es.ts';

export type { SiteMessages };
const ALL: Record<Locale, SiteMessages> = { es, en };
export const siteMessages = (locale: Locale): SiteMessages => ALL[locale];
