import type { Locale } from '../../i18n/locale.ts';
import { certificationsEn } from './en.ts';
import { certificationsEs, type CertificationMessages } from './es.ts';

const ALL: Record<Locale, CertificationMessages> = { es: certificationsEs, en: certificationsEn };
export const certificationMessages = (l: Locale): CertificationMessages => ALL[l];
export type { CertificationMessages };
