/**
 * Field-by-field changes of documents without a page-shaped diff (state pages,
 * reference content), labelled with the editorial field names: for the draft
 * screen (every language), and for the public change log (one language; see
 * publish-document.ts), computed when a change is published.
 */
import type { Change } from '../catalogue/diff.ts';
import type { Locale } from '../i18n/locale.ts';
import { changedPaths, type Path } from './document.ts';
import { editorialMessages, type EditorialMessages } from './locales/index.ts';
import { labelOf } from './views/fields.ts';

const toPath = (p: string): Path => p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
const at = (doc: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), doc);
const shown = (v: unknown): string | null => (v === undefined || v === null || v === '' ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function genericChanges(m: EditorialMessages, before: unknown, after: unknown): Change[] {
  return changedPaths(before, after, 200).map((p) => {
    const path = toPath(p);
    return { field: labelOf(m, path), before: shown(at(before, path)), after: shown(at(after, path)) };
  });
}

/** The same in one language for the public: the other language's texts left out, the language not named. */
export function publicChanges(locale: Locale, before: unknown, after: unknown): Change[] {
  const m = editorialMessages(locale);
  const other = locale === 'es' ? 'en' : 'es';
  return changedPaths(before, after, 200)
    .map(toPath)
    .filter((path) => path[path.length - 1] !== other)
    .map((path) => ({
      field: labelOf(m, path[path.length - 1] === locale ? path.slice(0, -1) : path),
      before: shown(at(before, path)),
      after: shown(at(after, path)),
    }));
}
