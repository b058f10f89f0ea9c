import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type DirectoryMessages } from './es.ts';

export type { DirectoryMessages };
const ALL: Record<Locale, DirectoryMessages> = { es, en };
export const directoryMessages = (locale: Locale): DirectoryMessages => ALL[locale];
