/** Error pages in the visitor's language. */
import { html, type SafeHtml } from './html.ts';
import { layout, type PageContext } from './layout.ts';
import { messages } from '../i18n/messages.ts';

export function errorPage(ctx: PageContext, kind: 'notFound' | 'badRequest' | 'serverError', detail?: string): SafeHtml {
  const t = messages(ctx.locale).errors;
  const title = kind === 'notFound' ? t.notFoundTitle : kind === 'badRequest' ? t.badRequestTitle : t.serverErrorTitle;
  const text = kind === 'notFound' ? t.notFoundBody : kind === 'badRequest' ? detail ?? '' : t.serverErrorBody;
  return layout(ctx, {
    title,
    body: html`<h1>${title}</h1><div class="error-box" role="alert"><p>${text}</p></div><p><a href="/${ctx.locale}/">${t.backHome}</a></p>`,
  });
}
