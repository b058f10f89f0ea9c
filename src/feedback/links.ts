/** The feedback pages' paths: /es/opinion, /en/feedback (and their thank-you pages and token). */
import type { Locale } from '../i18n/locale.ts';

export const FEEDBACK_SEGMENT = { es: 'opinion', en: 'feedback' } as const satisfies Record<Locale, string>;
export const THANKS_SEGMENT = { es: 'gracias', en: 'thanks' } as const satisfies Record<Locale, string>;

export const feedbackPath = (locale: Locale): string => `/${locale}/${FEEDBACK_SEGMENT[locale]}`;
export const thanksPath = (locale: Locale): string => `${feedbackPath(locale)}/${THANKS_SEGMENT[locale]}`;
/** A CSRF token as JSON, for the in-page enhancement (the cached page itself carries none). */
export const tokenPath = (locale: Locale): string => `${feedbackPath(locale)}/token`;
