/** Error pages in the visitor's language. */
import { html, type SafeHtml } from './html.ts';
import { layout, type PageContext } from './layout.ts';
import { messages } from '../i18n/messages.ts';

export function errorPage(ctx: PageContext, kind: 'notFound' | 'badRequest' | 'serverError' | 'unavailable', detail?: string): SafeHtml {
  const t = messages(ctx.locale).errors;
  const texts: Record<typeof kind, [string, string]> = {
    notFound: [t.notFoundTitle, t.notFoundBody],
    badRequest: [t.badRequestTitle, detail ?? ''],
    serverError: [t.serverErrorTitle, t.serverErrorBody],
    unavailable: [t.unavailableTitle, t.unavailableBody],
  };
  const [title, text] = texts[kind];
  return layout(ctx, {
    title,
    body: html`<h1>${title}</h1><div class="error-box" role="alert"><p>${text}</p></div><p><a href="/${ctx.locale}/">${t.backHome}</a></p>`,
  });
}
