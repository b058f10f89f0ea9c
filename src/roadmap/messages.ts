import type { Locale } from '../i18n/locale.ts';
import { roadmapEn } from './locales/en.ts';
import { roadmapEs, type RoadmapMessages } from './locales/es.ts';

const ALL: Record<Locale, RoadmapMessages> = { es: roadmapEs, en: roadmapEn };
export const roadmapMessages = (l: Locale): RoadmapMessages => ALL[l];
