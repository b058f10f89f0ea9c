/**
 * robots.txt and the XML sitemap. Every public page is listed once per language with its
 * alternates (hreflang es, en and x-default = Spanish), as search engines expect for
 * translated pages. The back office and the feedback forms are kept out of crawlers' way.
 */
import { LOCALES, pathFor, SEGMENTS, type PageRef } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { feedbackPath } from '../feedback/links.ts';

/** Section pages that are worth indexing (the search form is; its result pages are not: ADR 031). */
const SECTIONS = ['procedures', 'sectors', 'states', 'authorities', 'roadmap', 'canInvest', 'search', 'opportunities', 'glossary', 'changes', 'about', 'privacy', 'accessibility', 'desk', 'dashboard', 'certifications', 'directory', 'assistant'] as const;

export function sitemapRefs(view: CatalogueView): { ref: PageRef; lastmod?: string }[] {
  return [
    { ref: { page: 'home' } },
    ...SECTIONS.map((page) => ({ ref: { page } as PageRef })),
    ...view.procedures.map((p) => ({ ref: { page: 'procedure', slug: p.slug } as PageRef, lastmod: p.verifiedOn })),
    ...[...view.sectors.values()].map((s) => ({ ref: { page: 'sector', slug: s.slug } as PageRef })),
    ...[...view.states.values()].map((s) => ({ ref: { page: 'state', slug: s.slug } as PageRef, lastmod: s.verifiedOn })),
    ...[...view.authorities.keys()].map((id) => ({ ref: { page: 'authority', id } as PageRef })),
    // Published, verified directory entries only (pending registrations are not in the view).
    { ref: { page: 'directoryMapping' } as PageRef },
    ...view.directory.map((e) => ({ ref: { page: 'directoryEntry', id: e.id } as PageRef, lastmod: e.verification.verifiedOn })),
    ...[...view.certifications.values()].map((c) => ({ ref: { page: 'certification', id: c.id } as PageRef, lastmod: c.verifiedOn })),
    ...[...view.opportunities.values()].map((o) => ({ ref: { page: 'opportunity', id: o.id } as PageRef, lastmod: o.verifiedOn })),
  ];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(view: CatalogueView, publicUrl: string): string {
  const urls = sitemapRefs(view).flatMap(({ ref, lastmod }) => {
    const alternates = [
      ...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xml(publicUrl + pathFor(ref, l))}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${xml(publicUrl + pathFor(ref, 'es'))}"/>`,
    ].join('');
    return LOCALES.map(
      (l) => `<url><loc>${xml(publicUrl + pathFor(ref, l))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`,
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

export function robotsTxt(publicUrl: string): string {
  const feedback = LOCALES.map((l) => `Disallow: ${feedbackPath(l)}`);
  return [
    'User-agent: *',
    'Disallow: /staff/',
    'Disallow: /api/v1/staff/',
    // Plans and search results are not disallowed: a crawler must read their pages to see the
    // `noindex` that the ones echoing free-typed text carry (ADR 031).
    // "Was this page useful?" forms (src/feedback): one per page asked about, nothing to index.
    ...feedback,
    'Allow: /',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
