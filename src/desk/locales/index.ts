import type { Locale } from '../../i18n/locale.ts';
import { deskEn } from './en.ts';
import { deskEs, type DeskMessages } from './es.ts';

const ALL: Record<Locale, DeskMessages> = { es: deskEs, en: deskEn };
export const deskMessages = (l: Locale): DeskMessages => ALL[l];
export type { DeskMessages };
