/**
 * Which of our pages an answer is about. The form sends the page's path; only a page we serve with
 * the question is accepted (anything else would let a script fill the table with invented paths),
 * and it is stored normalised: no query string or fragment, the canonical slug, and plan ids — which
 * encode an investor's project — replaced by a placeholder, so every plan counts as one page.
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import { decodeRoadmapId } from '../roadmap/roadmap-id.ts';
import { COMPARE_SEGMENT, DIRECTORY_SEGMENTS, isLocale, pathFor, SEGMENTS, type Locale, type PageRef, type Section } from '../i18n/locale.ts';
import { PAGE_MAX } from './schema.ts';

export interface FeedbackTarget {
  /** The normalised path that is stored. */
  path: string;
  /** The site section the dashboard counts by: 'home', a Section key ('procedures' for a procedure page, 'roadmap' for plans). */
  section: 'home' | Section;
  locale: Locale;
}

/** Stands for any plan id in a stored path. */
export const PLAN_PLACEHOLDER = '_';

export function feedbackTarget(raw: string, view: CatalogueView): FeedbackTarget | null {
  if (raw.length > PAGE_MAX) return null;
  const path = raw.split(/[?#]/)[0]!;
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (!m || !isLocale(m[1])) return null;
  const locale = m[1];
  let segs: string[];
  try {
    segs = (m[2] ?? '/').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null; // a malformed escape
  }
  if (segs.at(-1) === '') segs.pop(); // a trailing slash
  if (segs.some((s) => s === '')) return null;
  if (segs.length === 0) return { path: pathFor({ page: 'home' }, locale), section: 'home', locale };
  const section = (Object.keys(SEGMENTS) as Section[]).find((k) => SEGMENTS[k][locale] === segs[0]);
  if (!section || segs.length > 2) return null;
  const at = (ref: PageRef): FeedbackTarget => ({ path: pathFor(ref, locale), section, locale });
  if (segs.length === 1) return at({ page: section });
  const key = segs[1]!;
  switch (section) {
    case 'procedures': {
      const p = view.procedure(key);
      return p ? at({ page: 'procedure', slug: p.slug }) : null;
    }
    case 'sectors': {
      const s = view.sectors.get(key);
      return s ? at({ page: 'sector', slug: s.slug }) : null;
    }
    case 'states': {
      const s = view.state(key);
      return s ? at({ page: 'state', slug: s.slug }) : null;
    }
    case 'authorities':
      return view.authorities.has(key) ? at({ page: 'authority', id: key }) : null;
    case 'roadmap':
      if (key === COMPARE_SEGMENT[locale]) return at({ page: 'compare' });
      return decodeRoadmapId(key) ? at({ page: 'plan', id: PLAN_PLACEHOLDER }) : null;
    case 'directory':
      // The supplier mapping, the registration form, or a published entry (src/directory).
      if (key === DIRECTORY_SEGMENTS.mapping[locale]) return at({ page: 'directoryMapping' });
      if (key === DIRECTORY_SEGMENTS.register[locale]) return at({ page: 'directoryRegister' });
      return view.directory.some((e) => e.id === key) ? at({ page: 'directoryEntry', id: key }) : null;
    default:
      return null;
  }
}
