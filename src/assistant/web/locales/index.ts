import type { Locale } from '../../../i18n/locale.ts';
import { en } from './en.ts';
import { es, type AssistantUiMessages } from './es.ts';

export type { AssistantUiMessages };
const ALL: Record<Locale, AssistantUiMessages> = { es, en };
export const assistantUiMessages = (locale: Locale): AssistantUiMessages => ALL[locale];
