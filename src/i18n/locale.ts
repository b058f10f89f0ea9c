/** Locales, their URL segments, and Accept-Language negotiation. */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es';

export const isLocale = (x: unknown): x is Locale => x === 'es' || x === 'en';
export const otherLocale = (l: Locale): Locale => (l === 'es' ? 'en' : 'es');

/** Picks the best supported locale from an Accept-Language header (q-values honoured). */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: (tag ?? '').toLowerCase().split('-')[0], q: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.find((x) => isLocale(x.lang))?.lang as Locale | undefined ?? DEFAULT_LOCALE;
}

/** Localised path segments: /es/tramites/… ↔ /en/procedures/… */
export const SEGMENTS = {
  procedures: { es: 'tramites', en: 'procedures' },
  sectors: { es: 'sectores', en: 'sectors' },
  states: { es: 'estados', en: 'states' },
  authorities: { es: 'dependencias', en: 'authorities' },
  about: { es: 'acerca', en: 'about' },
  privacy: { es: 'privacidad', en: 'privacy' },
  accessibility: { es: 'accesibilidad', en: 'accessibility' },
  roadmap: { es: 'plan-de-inversion', en: 'roadmap' },
  canInvest: { es: 'puedo-invertir', en: 'can-i-invest' },
  changes: { es: 'cambios', en: 'changes' },
  search: { es: 'buscar', en: 'search' },
  glossary: { es: 'glosario', en: 'glossary' },
  desk: { es: 'consultas', en: 'ask' },
  dashboard: { es: 'tablero', en: 'dashboard' },
  directory: { es: 'directorio', en: 'directory' },
  assistant: { es: 'asistente', en: 'assistant' },
  /** The US ↔ Mexico certification and licence glossary (src/certifications). */
  certifications: { es: 'equivalencias', en: 'certifications' },
  opportunities: { es: 'oportunidades', en: 'opportunities' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof SEGMENTS;

export type PageRef =
  | { page: 'home' }
  | { page: Section }
  | { page: 'procedure'; slug: string }
  | { page: 'sector'; slug: string }
  | { page: 'state'; slug: string }
  | { page: 'authority'; id: string }
  /** One US ↔ Mexico certification pair. */
  | { page: 'certification'; id: string }
  /** An economic opportunity (src/opportunities). */
  | { page: 'opportunity'; id: string }
  | { page: 'plan'; id: string }
  /** Compare states for a plan (the plan id and the states go in the query). */
  | { page: 'compare' }
  /** "Report an error" about a procedure (src/reports), optionally about one step. */
  | { page: 'report'; slug: string; step?: number | undefined }
  /** The supplier and industrial-park directory (src/directory): an entry, the supplier mapping, the registration form. */
  | { page: 'directoryEntry'; id: string }
  | { page: 'directoryMapping' }
  | { page: 'directoryRegister' };

const enc = encodeURIComponent;
/** The error-report form under a procedure: /es/tramites/:slug/reportar?paso=2, /en/procedures/:slug/report?step=2. */
export const REPORT_SEGMENT = { es: 'reportar', en: 'report' } as const satisfies Record<Locale, string>;
/** Compare states, under the roadmap: /es/plan-de-inversion/comparar, /en/roadmap/compare. */
export const COMPARE_SEGMENT = { es: 'comparar', en: 'compare' } as const satisfies Record<Locale, string>;
/** Under the directory: /es/directorio/mapeo, /en/directory/mapping; /es/directorio/registro, /en/directory/register. */
export const DIRECTORY_SEGMENTS = { mapping: { es: 'mapeo', en: 'mapping' }, register: { es: 'registro', en: 'register' } } as const satisfies Record<string, Record<Locale, string>>;
export const STEP_PARAM = { es: 'paso', en: 'step' } as const satisfies Record<Locale, string>;

/** The URL of a page in a locale; the language toggle and hreflang use it. */
export function pathFor(ref: PageRef, locale: Locale): string {
  switch (ref.page) {
    case 'home':
      return `/${locale}/`;
    case 'procedure':
      return `/${locale}/${SEGMENTS.procedures[locale]}/${enc(ref.slug)}`;
    case 'sector':
      return `/${locale}/${SEGMENTS.sectors[locale]}/${enc(ref.slug)}`;
    case 'state':
      return `/${locale}/${SEGMENTS.states[locale]}/${enc(ref.slug)}`;
    case 'authority':
      return `/${locale}/${SEGMENTS.authorities[locale]}/${enc(ref.id)}`;
    case 'certification':
      return `/${locale}/${SEGMENTS.certifications[locale]}/${enc(ref.id)}`;
    case 'opportunity':
      return `/${locale}/${SEGMENTS.opportunities[locale]}/${enc(ref.id)}`;
    case 'plan':
      return `/${locale}/${SEGMENTS.roadmap[locale]}/${enc(ref.id)}`;
    case 'compare':
      return `/${locale}/${SEGMENTS.roadmap[locale]}/${COMPARE_SEGMENT[locale]}`;
    case 'report':
      return `/${locale}/${SEGMENTS.procedures[locale]}/${enc(ref.slug)}/${REPORT_SEGMENT[locale]}${ref.step ? `?${STEP_PARAM[locale]}=${ref.step}` : ''}`;
    case 'directoryEntry':
      return `/${locale}/${SEGMENTS.directory[locale]}/${enc(ref.id)}`;
    case 'directoryMapping':
      return `/${locale}/${SEGMENTS.directory[locale]}/${DIRECTORY_SEGMENTS.mapping[locale]}`;
    case 'directoryRegister':
      return `/${locale}/${SEGMENTS.directory[locale]}/${DIRECTORY_SEGMENTS.register[locale]}`;
    default:
      return `/${locale}/${SEGMENTS[ref.page][locale]}`;
  }
}
