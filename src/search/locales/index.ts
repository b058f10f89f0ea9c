import type { Locale } from '../../i18n/locale.ts';
import { searchEn } from './en.ts';
import { searchEs, type SearchMessages } from './es.ts';

const ALL: Record<Locale, SearchMessages> = { es: searchEs, en: searchEn };
export const searchMessages = (l: Locale): SearchMessages => ALL[l];
export type { SearchMessages };
