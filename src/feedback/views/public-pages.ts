/**
 * The feedback page (uncached: its form carries a per-visitor CSRF token), its thank-you page and
 * the "too many answers" page, in the site's layout. No feedback question on these pages.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { feedbackMessages } from '../locales/index.ts';
import { feedbackPath } from '../links.ts';
import { COMMENT_MAX } from '../schema.ts';

export interface FeedbackFormState {
  /** The page asked about, as the visitor came from it (a path of ours; null when it is not one). */
  back: string | null;
  values: { page?: string; useful?: string; comment?: string };
  /** Field → message, in the page's language. */
  errors: Record<string, string>;
  formError?: string;
}

const id = (name: string) => `f-${name}`;

export function feedbackFormPage(ctx: PageContext, csrf: string, st: FeedbackFormState): SafeHtml {
  const { locale } = ctx;
  const t = feedbackMessages(locale);
  const e = st.errors;
  const err = (name: string) => (e[name] ? html`<p class="field-error" id="${id(name)}-error">${e[name]}</p>` : '');
  const summary = Object.keys(e).length || st.formError
    ? html`<div class="error-summary" role="alert" aria-labelledby="feedback-errors-h"><h2 id="feedback-errors-h">${t.errors.summary}</h2>
${st.formError ? html`<p>${st.formError}</p>` : ''}<ul>${Object.entries(e).map(([name, text]) => html`<li><a href="#${id(name === 'useful' ? 'useful-yes' : name)}">${text}</a></li>`)}</ul></div>`
    : '';
  const radio = (v: 'yes' | 'no') =>
    html`<div class="check"><input id="${id(`useful-${v}`)}" type="radio" name="useful" value="${v}"${st.values.useful === v ? html` checked` : ''}><label for="${id(`useful-${v}`)}">${t.block[v]}</label></div>`;
  const form = st.back === null
    ? html`<p id="${id('page')}"><a href="/${locale}/">${messages(locale).nav.home}</a></p>`
    : html`<p>${t.form.about}: <a href="${st.back}">${st.back}</a></p>
<form method="post" action="${feedbackPath(locale)}" novalidate class="feedback-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="page" value="${st.values.page ?? ''}">
  <fieldset class="radios${e.useful ? ' has-error' : ''}"><legend>${t.form.useful}</legend>${err('useful')}${radio('yes')}${radio('no')}</fieldset>
  <div class="field${e.comment ? ' has-error' : ''}"><label for="${id('comment')}">${t.form.comment}</label>
    <p class="hint" id="${id('comment')}-hint">${t.form.commentHint(COMMENT_MAX)}</p>${err('comment')}
    <textarea id="${id('comment')}" name="comment" rows="5" maxlength="${COMMENT_MAX}"${e.comment ? html` aria-invalid="true"` : ''} aria-describedby="${id('comment')}-hint${e.comment ? ` ${id('comment')}-error` : ''}">${st.values.comment ?? ''}</textarea></div>
  <div class="hp" aria-hidden="true"><label for="${id('website')}">${t.form.honeypot}</label><input type="text" id="${id('website')}" name="website" tabindex="-1" autocomplete="off"></div>
  <button type="submit" class="button">${t.form.send}</button>
</form>
<p>${t.form.ask} <a href="${pathFor({ page: 'desk' }, locale)}">${messages(locale).nav.desk}</a></p>`;
  return layout(ctx, { title: t.form.title, description: t.form.description, body: html`<h1>${t.form.title}</h1>${summary}${form}`, head: html`<meta name="robots" content="noindex">` });
}

export function feedbackThanksPage(ctx: PageContext, back: string | null): SafeHtml {
  const t = feedbackMessages(ctx.locale);
  return layout(ctx, {
    title: t.thanks.title,
    description: t.thanks.body,
    head: html`<meta name="robots" content="noindex">`,
    body: html`<div class="notice-panel" role="status"><h1>${t.thanks.title}</h1></div>
<p>${t.thanks.body}</p>
<p><a href="${back ?? `/${ctx.locale}/`}">${back ? t.thanks.back : messages(ctx.locale).nav.home}</a></p>`,
  });
}

export function feedbackLimitedPage(ctx: PageContext): SafeHtml {
  const t = feedbackMessages(ctx.locale);
  return layout(ctx, {
    title: t.errors.rateLimitedTitle,
    description: t.errors.rateLimited,
    head: html`<meta name="robots" content="noindex">`,
    body: html`<h1>${t.errors.rateLimitedTitle}</h1><div class="error-box" role="alert"><p>${t.errors.rateLimited}</p></div>`,
  });
}
