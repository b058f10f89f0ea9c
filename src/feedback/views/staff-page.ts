/** The back office's view of page feedback: answers counted by page, and the comments, newest first (escaped like all output). */
import { html, type SafeHtml } from '../../web/html.ts';
import { pagination } from '../../accounts/views/components.ts';
import { staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import { feedbackMessages } from '../locales/index.ts';
import type { FeedbackComment, PageCount } from '../queries.ts';

export interface FeedbackStaffModel {
  pages: PageCount[];
  comments: FeedbackComment[];
  page: number;
  hasNext: boolean;
}

export function feedbackStaffPage(v: StaffView, o: FeedbackStaffModel): SafeHtml {
  const t = feedbackMessages(v.locale).staff;
  return staffLayout(v, {
    title: t.title,
    current: 'feedback',
    body: html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<h2 id="by-page">${t.byPage}</h2>
${o.pages.length === 0
  ? html`<p>${t.none}</p>`
  : html`<div class="table-wrap"><table aria-labelledby="by-page">
<thead><tr><th scope="col">${t.page}</th><th scope="col">${t.section}</th><th scope="col" class="num">${t.yes}</th><th scope="col" class="num">${t.no}</th><th scope="col" class="num">${t.comments}</th><th scope="col">${t.lastDay}</th></tr></thead>
<tbody>${o.pages.map((p) => html`<tr><th scope="row">${p.path}</th><td>${p.section}</td><td class="num">${p.yes}</td><td class="num">${p.no}</td><td class="num">${p.comments}</td><td>${p.lastDay}</td></tr>`)}</tbody>
</table></div>`}
<h2 id="comments">${t.commentsTitle}</h2>
${o.comments.length === 0
  ? html`<p>${t.noComments}</p>`
  : html`<div class="table-wrap"><table aria-labelledby="comments">
<thead><tr><th scope="col">${t.day}</th><th scope="col">${t.page}</th><th scope="col">${t.answer}</th><th scope="col">${t.language}</th><th scope="col">${t.comment}</th></tr></thead>
<tbody>${o.comments.map((c) => html`<tr><td>${c.day}</td><td>${c.path}</td><td>${c.useful ? t.yes : t.no}</td><td>${t.languages[c.locale] ?? c.locale}</td><td class="feedback-comment-text">${c.comment}</td></tr>`)}</tbody>
</table></div>`}
${pagination(v.t, '/staff/feedback', {}, o.page, o.hasNext)}`,
  });
}
