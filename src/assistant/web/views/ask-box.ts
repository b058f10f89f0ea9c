/**
 * The ask box: on the home page, the search page, the answer page and in the chat panel. Without
 * JavaScript a GET form to the answer page (its hidden fields carry the previous turn's context);
 * with it (src/web/assets/ask.ts) the answer comes inline from the API and is announced through a
 * polite live region. Every string the script shows comes from data attributes, in the page's language.
 */
import { html, type SafeHtml } from '../../../web/html.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { MAX_QUESTION_LENGTH, type AssistantContext } from '../../schema.ts';
import { assistantUiMessages } from '../locales/index.ts';
import { askPath, CONTEXT_FIELD, CONTEXT_KEYS } from '../links.ts';

export interface AskBoxOptions {
  /** Unique per page: the box can appear twice (page body and chat panel). */
  id: string;
  /** The previous turn's context: this box asks a follow-up. */
  context?: AssistantContext | undefined;
  /** The heading level of the box's title, or none (the page has its own). */
  heading?: 'h2' | 'h3' | null;
  error?: string | undefined;
  value?: string | undefined;
}

export function askBox(locale: Locale, o: AskBoxOptions): SafeHtml {
  const t = assistantUiMessages(locale);
  const follow = Boolean(o.context && Object.keys(o.context).length);
  const label = follow ? t.box.followUp : t.box.label;
  const hint = follow ? t.box.followUpHint : t.box.hint;
  const q = `${o.id}-q`;
  const title = o.heading === 'h2' ? html`<h2 id="${o.id}-h">${t.box.label}</h2>` : o.heading === 'h3' ? html`<h3 id="${o.id}-h">${t.box.label}</h3>` : '';
  return html`<form class="ask-box" method="get" action="${askPath(locale)}" novalidate data-module="ask" data-lang="${locale}"
  data-asking="${t.box.asking}" data-failed="${t.box.failed}" data-answer="${t.page.answer}" data-facts="${t.page.facts}" data-unconfirmed="${t.page.unconfirmed}"
  data-source="${t.page.source}" data-person="${t.handoff.formTitle}" data-follow-label="${t.box.followUp}"${title ? html` aria-labelledby="${o.id}-h"` : ''}>
  ${title}
  <div class="field field-wide${o.error ? ' has-error' : ''}"><label for="${q}">${label}</label>
    <p class="hint" id="${q}-hint">${hint}</p>${o.error ? html`<p class="field-error" id="${q}-error">${o.error}</p>` : ''}
    <div class="site-search-row"><input type="text" id="${q}" name="q" value="${o.value ?? ''}" maxlength="${MAX_QUESTION_LENGTH}" autocomplete="off" required
      aria-describedby="${q}-hint${o.error ? ` ${q}-error` : ''}"${o.error ? html` aria-invalid="true"` : ''}>
    <button class="button" type="submit">${t.box.submit}</button></div></div>
  ${CONTEXT_KEYS.map((k) => html`<input type="hidden" name="${CONTEXT_FIELD(k)}" value="${o.context?.[k] ?? ''}">`)}
  <div class="ask-result" aria-live="polite"></div>
</form>`;
}
