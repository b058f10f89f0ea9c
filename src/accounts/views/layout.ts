/**
 * The back-office page shell, shared by every staff screen (accounts now;
 * editorial, cases and chat later): skip link, header with the sections the
 * user may open, the language switch, sign-out, and a main landmark. Never
 * cached; no script is needed for anything here.
 */
import { html, type Html, type SafeHtml } from '../../web/html.ts';
import type { Locale } from '../../i18n/locale.ts';
import { otherLocale } from '../../i18n/locale.ts';
import type { StaffMessages } from '../locales/index.ts';
import { can, type Actor } from '../policies.ts';

/** Everything a staff view needs about the request. */
export interface StaffView {
  locale: Locale;
  t: StaffMessages;
  /** A CSRF token for this response's forms. */
  csrf: string;
  /** Signed in (fully): name and actor; null on sign-in pages. */
  user: { displayName: string; email: string; actor: Actor } | null;
  /** The current path (language switch returns here). */
  path: string;
  css: { site: string; staff: string };
  /** The back office's enhancement script (live chat); pages work without it. */
  js?: string;
}

export interface NavLink {
  key: 'dashboard' | 'desk' | 'routing' | 'procedures' | 'states' | 'reference' | 'reviews' | 'reports' | 'feedback' | 'users' | 'audit' | 'account';
  href: string;
  show: (a: Actor) => boolean;
}

/** Sections appear only to those who may open them (the server checks again on every request). */
export const NAV: NavLink[] = [
  { key: 'dashboard', href: '/staff', show: () => true },
  // The editorial workflow (src/editorial) and the public's error reports (src/reports).
  // Investors' requests (src/desk): advisors, and state officers for their states.
  { key: 'desk', href: '/staff/desk', show: (a) => can(a, 'read', { type: 'case', state: a.states[0] ?? null }) },
  { key: 'routing', href: '/staff/desk/routing', show: (a) => can(a, 'manage', { type: 'desk-routing' }) },
  { key: 'procedures', href: '/staff/procedures', show: (a) => can(a, 'read', { type: 'procedure', level: 'federal', states: [] }) },
  { key: 'states', href: '/staff/states', show: (a) => can(a, 'read', { type: 'state-page', code: '01' }) },
  { key: 'reference', href: '/staff/reference', show: (a) => can(a, 'draft', { type: 'authority' }) || can(a, 'publish', { type: 'authority' }) },
  { key: 'reviews', href: '/staff/reviews', show: (a) => can(a, 'publish', { type: 'procedure', level: 'federal', states: [] }) },
  { key: 'reports', href: '/staff/reports', show: (a) => can(a, 'read', { type: 'error-report', level: 'state', states: a.states.length ? a.states : ['01'] }) },
  { key: 'feedback', href: '/staff/feedback', show: (a) => can(a, 'read', { type: 'page-feedback' }) },
  { key: 'users', href: '/staff/users', show: (a) => can(a, 'list', { type: 'account' }) },
  { key: 'audit', href: '/staff/audit', show: (a) => can(a, 'read', { type: 'audit' }) },
  { key: 'account', href: '/staff/account/two-factor', show: (a) => can(a, 'update-self', { type: 'account', id: a.id }) },
];

export const csrfField = (v: StaffView): SafeHtml => html`<input type="hidden" name="_csrf" value="${v.csrf}">`;

export function staffLayout(v: StaffView, page: { title: string; current?: NavLink['key']; body: Html; nav?: boolean }): SafeHtml {
  const t = v.t;
  const other = otherLocale(v.locale);
  const showNav = page.nav !== false && v.user;
  return html`<!doctype html>
<html lang="${v.locale === 'es' ? 'es-MX' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${page.title} · ${t.layout.area} · ${t.layout.brand}</title>
<link rel="stylesheet" href="${v.css.site}">
<link rel="stylesheet" href="${v.css.staff}">
${v.user && v.js ? html`<script type="module" src="${v.js}"></script>` : ''}
</head>
<body class="staff">
<a class="skip-link" href="#main">${t.layout.skip}</a>
<header class="staff-header">
  <div class="wrap header-row">
    <a class="brand" href="/staff">${t.layout.brand}<span class="tagline">${t.layout.area}</span></a>
    <div class="staff-tools">
      ${v.user
        ? html`<form method="post" action="/staff/account/locale" class="inline-form">
            ${csrfField(v)}<input type="hidden" name="locale" value="${other}"><input type="hidden" name="next" value="${v.path}">
            <button type="submit" class="lang-toggle" lang="${other}" aria-label="${t.layout.switchToLabel}">${t.layout.switchTo}</button>
          </form>
          <span class="who">${t.layout.signedInAs(v.user.displayName)}</span>
          <form method="post" action="/staff/logout" class="inline-form">${csrfField(v)}<button type="submit" class="button secondary small-button">${t.layout.signOut}</button></form>`
        : html`<a class="lang-toggle" href="${v.path}?lang=${other}" hreflang="${other}" lang="${other}" aria-label="${t.layout.switchToLabel}">${t.layout.switchTo}</a>`}
    </div>
  </div>
  ${showNav
    ? html`<nav class="wrap site-nav" aria-label="${t.layout.nav}"><ul>${NAV.filter((n) => n.show(v.user!.actor)).map(
        (n) => html`<li><a href="${n.href}"${page.current === n.key ? html` aria-current="page"` : ''}>${t.layout[n.key]}</a></li>`,
      )}</ul></nav>`
    : ''}
</header>
<main id="main" class="wrap" tabindex="-1">
${page.body}
</main>
<footer class="site-footer"><div class="wrap"><p><a href="/${v.locale}/">${t.layout.publicSite}</a></p></div></footer>
</body>
</html>`;
}

/** A short confirmation shown after a redirect (?notice=key; keys are whitelisted by the caller). */
export const notice = (text: string | undefined): Html => (text ? html`<div class="notice" role="status"><p>${text}</p></div>` : '');
