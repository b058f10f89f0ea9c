/**
 * The public "report an error" form and its confirmation, in the site's
 * layout. Never cached: the form carries a per-visitor CSRF token, which is
 * why it lives on its own page, linked from the cached procedure page.
 */
import { html, type Html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import type { Procedure } from '../../catalogue/schema.ts';
import { reportMessages } from '../locales/index.ts';
import { MESSAGE_MAX, MESSAGE_MIN } from '../schema.ts';

export interface ReportFormState {
  values: { message?: string; email?: string; step?: string };
  /** Field → message, in the visitor's language. */
  errors: Record<string, string>;
  /** A message about the whole form (an expired token). */
  formError?: string;
}

/** The links on the (cached) procedure page: one for the procedure, one per step. */
export const reportLink = (locale: Locale, p: Procedure): SafeHtml =>
  html`<p class="report-link"><a href="${pathFor({ page: 'report', slug: p.slug }, locale)}">${reportMessages(locale).link}</a></p>`;
export const reportStepLink = (locale: Locale, p: Procedure, n: number): SafeHtml =>
  html`<p class="report-link small"><a href="${pathFor({ page: 'report', slug: p.slug, step: n }, locale)}">${reportMessages(locale).stepLink(n)}</a></p>`;

const id = (name: string) => `r-${name}`;

function described(name: string, hint: boolean, error: boolean): Html {
  const ids = [hint ? `${id(name)}-hint` : '', error ? `${id(name)}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

export function reportFormPage(ctx: PageContext, p: Procedure, step: number | undefined, csrf: string, st: ReportFormState): SafeHtml {
  const { locale } = ctx;
  const t = reportMessages(locale);
  const e = st.errors;
  const err = (name: string) => (e[name] ? html`<p class="field-error" id="${id(name)}-error">${e[name]}</p>` : '');
  const cls = (name: string) => `field${e[name] ? ' has-error' : ''}`;
  const invalid = (name: string) => (e[name] ? html` aria-invalid="true"` : '');
  const selected = st.values.step ?? (step ? String(step) : '');
  const back = `${pathFor({ page: 'procedure', slug: p.slug }, locale)}${step ? `#step-${step}` : ''}`;
  const body = html`<h1>${t.form.title}</h1>
<p class="lead">${t.form.about(p.title[locale])}</p>
<p>${t.form.lead}</p>
${Object.keys(e).length || st.formError
  ? html`<div class="error-summary" role="alert" aria-labelledby="report-errors-h"><h2 id="report-errors-h">${t.errors.summary}</h2>
${st.formError ? html`<p>${st.formError}</p>` : ''}<ul>${Object.entries(e).map(([name, text]) => html`<li><a href="#${id(name)}">${text}</a></li>`)}</ul></div>`
  : ''}
<form method="post" action="${pathFor({ page: 'report', slug: p.slug }, locale)}" novalidate class="report-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <div class="${cls('step')}"><label for="${id('step')}">${t.form.step}</label>${err('step')}
    <select id="${id('step')}" name="step"${invalid('step')}${described('step', false, Boolean(e.step))}>
      <option value="">${t.form.wholeProcedure}</option>
      ${p.steps.map((s, i) => html`<option value="${i + 1}"${selected === String(i + 1) ? html` selected` : ''}>${t.form.stepOption(i + 1, s.title[locale])}</option>`)}
    </select></div>
  <div class="${cls('message')}"><label for="${id('message')}">${t.form.message}</label>
    <p class="hint" id="${id('message')}-hint">${t.form.messageHint(MESSAGE_MIN, MESSAGE_MAX)}</p>${err('message')}
    <textarea id="${id('message')}" name="message" rows="7" maxlength="${MESSAGE_MAX}"${invalid('message')}${described('message', true, Boolean(e.message))}>${st.values.message ?? ''}</textarea></div>
  <div class="${cls('email')}"><label for="${id('email')}">${t.form.email}</label>
    <p class="hint" id="${id('email')}-hint">${t.form.emailHint}</p>${err('email')}
    <input type="email" id="${id('email')}" name="email" autocomplete="email" value="${st.values.email ?? ''}"${invalid('email')}${described('email', true, Boolean(e.email))}></div>
  <div class="hp" aria-hidden="true"><label for="${id('website')}">${t.form.honeypot}</label><input type="text" id="${id('website')}" name="website" tabindex="-1" autocomplete="off"></div>
  <button type="submit" class="button">${t.form.submit}</button>
</form>
<p><a href="${back}">${t.form.back}</a></p>`;
  return layout(ctx, {
    title: `${t.form.title}: ${p.title[locale]}`,
    description: t.form.lead,
    ref: { page: 'report', slug: p.slug, step },
    breadcrumbs: [{ href: pathFor({ page: 'procedures' }, locale), label: messages(locale).nav.procedures }, { href: pathFor({ page: 'procedure', slug: p.slug }, locale), label: p.title[locale] }],
    body,
  });
}

export function reportThanksPage(ctx: PageContext, p: Procedure, reference: string | null): SafeHtml {
  const t = reportMessages(ctx.locale);
  return layout(ctx, {
    title: t.thanks.title,
    body: html`<div class="notice-panel" role="status"><h1>${t.thanks.title}</h1>
${reference ? html`<p>${t.thanks.reference}: <strong class="reference">${reference}</strong></p><p>${t.thanks.keep}</p>` : ''}</div>
<p>${t.thanks.body}</p>
<p><a href="${pathFor({ page: 'procedure', slug: p.slug }, ctx.locale)}">${t.thanks.back}</a></p>`,
  });
}

export function reportLimitedPage(ctx: PageContext, p: Procedure | undefined): SafeHtml {
  const t = reportMessages(ctx.locale);
  return layout(ctx, {
    title: t.errors.rateLimitedTitle,
    body: html`<h1>${t.errors.rateLimitedTitle}</h1><div class="error-box" role="alert"><p>${t.errors.rateLimited}</p></div>
${p ? html`<p><a href="${pathFor({ page: 'procedure', slug: p.slug }, ctx.locale)}">${t.thanks.back}</a></p>` : ''}`,
  });
}
