import type { Locale } from '../../i18n/locale.ts';
import { phrasesEs, type Phrases } from './es.ts';
import { phrasesEn } from './en.ts';

export type { Phrases } from './es.ts';
export const phrases = (l: Locale): Phrases => (l === 'es' ? phrasesEs : phrasesEn);
