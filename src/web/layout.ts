/**
 * The public page shell: skip link, header with navigation and the language
 * toggle (same page, other locale), main landmark, footer; hreflang and
 * canonical links in the head. Every public page renders through it.
 * The search, chat entry and navigation sit in a <details> disclosure: on phones it folds
 * into one "Menu" button without JavaScript; on wide screens site.css shows it whole.
 */
import { html, raw, type Html, type SafeHtml } from './html.ts';
import { LOCALES, otherLocale, pathFor, type Locale, type PageRef } from '../i18n/locale.ts';
import { messages } from '../i18n/messages.ts';
import type { Assets } from './assets.ts';
import { searchBox } from '../search/views/search-box.ts';
import { headerMark } from '../site/logo.ts';
import { chatEntry, chatTemplate } from '../desk/views/chat-widget.ts';
import { asksFeedback, feedbackBlock } from '../feedback/views/block.ts';

export interface PageContext {
  locale: Locale;
  publicUrl: string;
  assets: Assets;
}

export interface PageOptions {
  title: string;
  description?: string;
  /** The page's identity: used for the toggle, canonical and hreflang. Absent on error pages. */
  ref?: PageRef;
  /** Query string preserved by the toggle (filters), already validated. */
  query?: string;
  /** Query the toggle keeps that is not part of the canonical address (`plan=`), already validated. */
  toggleQuery?: string | undefined;
  breadcrumbs?: { href: string; label: string }[];
  head?: Html;
  body: Html;
}

// The header keeps to one row at 1280 px in Spanish (tests/e2e/first-visit.test.ts); the binational
// parts (opportunities, US ↔ MX equivalents, the directory) are linked from the footer, the home page's
// sector and state pages, and the search.
const NAV = ['roadmap', 'procedures', 'sectors', 'states', 'authorities', 'canInvest', 'glossary', 'desk'] as const;

export function layout(ctx: PageContext, page: PageOptions): SafeHtml {
  const t = messages(ctx.locale);
  const other = otherLocale(ctx.locale);
  const q = page.query ? `?${page.query}` : '';
  const toggleQ = page.toggleQuery ? (q ? `${q}&${page.toggleQuery}` : `?${page.toggleQuery}`) : q;
  const toggleHref = page.ref ? pathFor(page.ref, other) + toggleQ : `/${other}/`;
  const current = page.ref?.page;
  return html`<!doctype html>
<html lang="${ctx.locale === 'es' ? 'es-MX' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t.site.name}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.ref
  ? [
      html`<link rel="canonical" href="${ctx.publicUrl}${pathFor(page.ref, ctx.locale)}${q}">`,
      LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${ctx.publicUrl}${pathFor(page.ref!, l)}${q}">`),
      html`<link rel="alternate" hreflang="x-default" href="${ctx.publicUrl}${pathFor(page.ref, 'es')}${q}">`,
    ]
  : ''}
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${ctx.assets.css}">
<link rel="stylesheet" href="${ctx.assets.printCss}" media="print">
<script type="module" src="${ctx.assets.js}"></script>
${page.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">${t.site.skip}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/${ctx.locale}/">${raw(headerMark)}<span class="brand-text">${t.site.name}<span class="tagline">${t.site.tagline}</span></span></a>
    <details class="site-menu" data-module="menu">
      <summary class="menu-toggle">${t.site.menu}</summary>
      <div class="menu-body">
        ${searchBox(ctx.locale)}
        ${chatEntry(ctx.locale)}
        <nav class="site-nav" aria-label="${t.site.nav}">
          <ul>
            ${NAV.map(
              (n) => html`<li><a href="${pathFor({ page: n }, ctx.locale)}"${isCurrent(current, n) ? raw(' aria-current="page"') : ''}>${t.nav[n]}</a></li>`,
            )}
          </ul>
        </nav>
      </div>
    </details>
    <a class="lang-toggle" href="${toggleHref}" hreflang="${other}" lang="${other}" aria-label="${t.site.switchToLabel}">${t.site.switchTo}</a>
  </div>
</header>
${page.breadcrumbs?.length
  ? html`<nav class="wrap breadcrumbs" aria-label="${t.site.breadcrumb}"><ol>${[
      { href: `/${ctx.locale}/`, label: t.nav.home },
      ...page.breadcrumbs,
    ].map((b) => html`<li><a href="${b.href}">${b.label}</a></li>`)}</ol></nav>`
  : ''}
<main id="main" class="wrap" tabindex="-1">
${page.body}
${asksFeedback(page.ref) ? feedbackBlock(ctx.locale, page.ref) : ''}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t.site.footerAbout}</p>
    <p><strong>${t.site.openData}:</strong>
      <a href="/openapi.json">${t.site.apiDocs}</a> ·
      <a href="/api/v1/export/catalogue.json">${t.site.exportJson}</a> ·
      <a href="/api/v1/export/catalogue.csv">${t.site.exportCsv}</a></p>
    <nav aria-label="${t.site.siteLinks}"><ul class="footer-links">
      <li><a href="${pathFor({ page: 'about' }, ctx.locale)}">${t.site.aboutLink}</a></li>
      <li><a href="${pathFor({ page: 'privacy' }, ctx.locale)}">${t.site.privacyLink}</a></li>
      <li><a href="${pathFor({ page: 'accessibility' }, ctx.locale)}">${t.site.accessibilityLink}</a></li>
      <li><a href="${pathFor({ page: 'dashboard' }, ctx.locale)}">${t.site.dashboardLink}</a></li>
      <li><a href="${pathFor({ page: 'opportunities' }, ctx.locale)}">${t.nav.opportunities}</a></li>
      <li><a href="${pathFor({ page: 'certifications' }, ctx.locale)}">${t.site.certificationsLink}</a></li>
      <li><a href="${pathFor({ page: 'directory' }, ctx.locale)}">${t.site.directoryLink}</a></li>
    </ul></nav>
    <p class="small">${t.site.scianAttribution}</p>
  </div>
</footer>
${chatTemplate(ctx.locale)}
</body>
</html>`;
}

function isCurrent(current: PageRef['page'] | undefined, n: (typeof NAV)[number]): boolean {
  if (!current) return false;
  const detail: Record<string, string> = { procedure: 'procedures', sector: 'sectors', state: 'states', authority: 'authorities', plan: 'roadmap' };
  return current === n || detail[current] === n;
}
