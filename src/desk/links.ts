/** Public URLs of the desk, in each language. */
import { SEGMENTS, type Locale } from '../i18n/locale.ts';

export const DESK_SEGMENTS = {
  desk: SEGMENTS.desk,
  track: { es: 'seguimiento', en: 'track' },
  kinds: {
    question: { es: 'pregunta', en: 'question' },
    orientation: { es: 'orientacion', en: 'orientation' },
    meeting: { es: 'reunion', en: 'meeting' },
    obstacle: { es: 'obstaculo', en: 'obstacle' },
  },
} as const;

export const deskPath = (locale: Locale) => `/${locale}/${DESK_SEGMENTS.desk[locale]}`;
export const kindPath = (locale: Locale, kind: keyof typeof DESK_SEGMENTS.kinds) => `${deskPath(locale)}/${DESK_SEGMENTS.kinds[kind][locale]}`;
export const trackPath = (locale: Locale, folio: string) => `/${locale}/${DESK_SEGMENTS.track[locale]}/${folio}`;
/** The personal tracking link (the token is in the query: log redaction removes `token=`). */
export const trackingUrl = (publicUrl: string, locale: Locale, folio: string, token: string) => `${publicUrl}${trackPath(locale, folio)}?token=${encodeURIComponent(token)}`;
