/** What search returns over the API: one language per request, whitelisted fields. */
import type { Locale } from '../i18n/locale.ts';
import type { Hit } from './search-index.ts';
import { plain, snippet } from './snippet.ts';

const absolute = (href: string, publicUrl: string) => (href.startsWith('/') ? publicUrl + href : href);

export function presentHit(h: Hit, lang: Locale, publicUrl: string) {
  const d = h.doc;
  return {
    type: d.type,
    id: d.key,
    title: d.title[lang],
    snippet: plain(snippet(d.body[lang], lang, h.terms, d)),
    url: absolute(d.href[lang], publicUrl),
    score: Math.round(h.score * 1000) / 1000,
  };
}

export function presentSuggestion(h: Hit, lang: Locale, publicUrl: string) {
  const d = h.doc;
  return { type: d.type, id: d.key, title: d.title[lang], url: absolute(d.href[lang], publicUrl) };
}
