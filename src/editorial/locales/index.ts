import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type EditorialMessages } from './es.ts';

export type { EditorialMessages };
const ALL: Record<Locale, EditorialMessages> = { es, en };
export const editorialMessages = (locale: Locale): EditorialMessages => ALL[locale];
