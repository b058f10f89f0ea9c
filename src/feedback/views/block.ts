/**
 * The question at the foot of every content page. The page is cached and shared by everyone, so it
 * carries no token: without JavaScript the buttons open the feedback page (a GET, nothing stored),
 * whose form carries the cookie-bound token; with JavaScript (assets/feedback.ts) the answer is sent
 * from here, and "No" opens the comment box in place (ADR 023).
 */
import { html, type SafeHtml } from '../../web/html.ts';
import { pathFor, type Locale, type PageRef } from '../../i18n/locale.ts';
import { feedbackMessages } from '../locales/index.ts';
import { feedbackPath, tokenPath } from '../links.ts';
import { COMMENT_MAX } from '../schema.ts';

/** The pages that carry the question: content pages, not the error-report form (nor pages without an identity: forms, errors, this one). */
export function asksFeedback(ref: PageRef | undefined): ref is PageRef {
  return ref !== undefined && ref.page !== 'report';
}

export function feedbackBlock(locale: Locale, ref: PageRef): SafeHtml {
  const t = feedbackMessages(locale);
  const action = feedbackPath(locale);
  return html`<section class="page-feedback" aria-labelledby="page-feedback-q" data-module="feedback" data-token="${tokenPath(locale)}" data-thanks="${t.block.thanks}" data-sending="${t.block.sending}" data-failed="${t.block.failed}">
  <h2 id="page-feedback-q">${t.block.question}</h2>
  <form method="get" action="${action}" class="feedback-ask">
    <input type="hidden" name="page" value="${pathFor(ref, locale)}">
    <div class="feedback-buttons">
      <button type="submit" name="useful" value="yes" class="button secondary">${t.block.yes} <span class="visually-hidden">${t.block.yesHidden}</span></button>
      <button type="submit" name="useful" value="no" class="button secondary">${t.block.no} <span class="visually-hidden">${t.block.noHidden}</span></button>
    </div>
  </form>
  <p class="feedback-status" role="status"></p>
  <template class="feedback-more"><form method="post" action="${action}" class="feedback-comment" novalidate>
    <div class="field"><label for="page-feedback-comment">${t.form.comment}</label>
      <p class="hint" id="page-feedback-comment-hint">${t.form.commentHint(COMMENT_MAX)}</p>
      <textarea id="page-feedback-comment" name="comment" rows="4" maxlength="${COMMENT_MAX}" aria-describedby="page-feedback-comment-hint"></textarea></div>
    <button type="submit" class="button">${t.form.send}</button>
  </form></template>
</section>`;
}
