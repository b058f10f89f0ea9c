import type { Locale } from '../../i18n/locale.ts';
import { opportunitiesEn } from './en.ts';
import { opportunitiesEs, type OpportunityMessages } from './es.ts';

export type { OpportunityMessages };
const ALL: Record<Locale, OpportunityMessages> = { es: opportunitiesEs, en: opportunitiesEn };
export const opportunityMessages = (locale: Locale): OpportunityMessages => ALL[locale];
