import type { Locale } from '../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type FeedbackMessages } from './es.ts';

export type { FeedbackMessages };
const ALL: Record<Locale, FeedbackMessages> = { es, en };
export const feedbackMessages = (locale: Locale): FeedbackMessages => ALL[locale];
