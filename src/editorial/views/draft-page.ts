/**
 * One draft: where it stands, why, what it changes (a readable diff against the
 * published version, in the reader's language), its translation status, and
 * the actions this person may take — submit or withdraw for the author,
 * approve-and-publish or request changes for a reviewer who is not the author.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import { when } from '../../accounts/views/components.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import { otherLocale } from '../../i18n/locale.ts';
import type { EditorialMessages } from '../locales/index.ts';
import type { Draft } from '../schema.ts';
import type { DraftFacts } from '../presenters.ts';
import { problemSummary, textArea, type Problem } from './fields.ts';
import { translationStatus } from './translation.ts';

/** The facts the presenter derives (shared with the JSON API), plus what this screen adds. */
export interface DraftModel extends DraftFacts {
  draft: Draft;
  problems?: Problem[];
  formError?: string;
  comment?: { values: FormValues; errors: Record<string, string> };
  notice?: string;
}

export function draftPage(v: StaffView, m: EditorialMessages, o: DraftModel): SafeHtml {
  const d = o.draft;
  const t = m.draft;
  const title = t.title(o.name);
  const open = d.status === 'draft' || d.status === 'submitted' || d.status === 'changes-requested';
  return staffLayout(v, {
    title,
    current: o.nav,
    body: html`<h1>${title}</h1>
${notice(o.notice)}
${problemSummary(m, o.problems ?? [], o.formError)}
${o.conflict && open ? html`<div class="notice warning" role="status"><p>${t.conflictWarning}</p></div>` : ''}
<dl class="facts">
  <dt>${t.status}</dt><dd><span class="tag status-${d.status}">${m.status[d.status]}</span></dd>
  <dt>${t.document}</dt><dd>${o.publicHref ? html`<a href="${o.publicHref}">${o.name}</a> (${t.publicPage})` : o.name}</dd>
  <dt>${t.author}</dt><dd>${d.authorName}</dd>
  ${d.baseVersion !== null ? html`<dt>${t.base}</dt><dd>${d.baseVersion} (${t.current(String(o.currentVersion ?? '—'))})</dd>` : ''}
  <dt>${t.revision}</dt><dd>${d.revision}</dd>
  <dt>${t.updated}</dt><dd>${when(d.updatedAt, v.locale)}</dd>
  ${d.submittedAt ? html`<dt>${t.submitted}</dt><dd>${when(d.submittedAt, v.locale)}</dd>` : ''}
  ${d.reviewerName ? html`<dt>${t.reviewer}</dt><dd>${d.reviewerName}${d.reviewedAt ? html` · ${when(d.reviewedAt, v.locale)}` : ''}</dd>` : ''}
</dl>
${d.reviewerComment ? html`<div class="notice warning"><h2 class="small-heading">${m.edit.reviewerSaid}</h2><p>${d.reviewerComment}</p></div>` : ''}
<h2>${t.reason}</h2>
<dl class="facts"><dt>${m.reason.es}</dt><dd lang="es">${d.reason.es || '—'}</dd><dt>${m.reason.en}</dt><dd lang="en">${d.reason.en || '—'}</dd></dl>
<section aria-labelledby="changes-h"><h2 id="changes-h">${t.changes} (${m.edit[o.diffLocale]})</h2>
${d.entityType === 'procedure' ? html`<p><a href="/staff/drafts/${d.id}?diff=${otherLocale(o.diffLocale)}" hreflang="${otherLocale(o.diffLocale)}">${t.seeIn(m.edit[otherLocale(o.diffLocale)])}</a></p>` : ''}
${o.changes.length
  ? html`<ul class="changes" lang="${o.diffLocale}">${o.changes.map(
      (c) => html`<li><strong>${c.field}</strong>: <del><span class="visually-hidden">${t.from}: </span>${c.before ?? t.empty}</del> → <ins><span class="visually-hidden">${t.to}: </span>${c.after ?? t.empty}</ins></li>`,
    )}</ul>`
  : html`<p>${t.noChanges}</p>`}
</section>
${translationStatus(m, o.gaps, o.textTotal)}
${actions(v, m, o)}`,
  });
}

function actions(v: StaffView, m: EditorialMessages, o: DraftModel): SafeHtml {
  const t = m.draft;
  const d = o.draft;
  const c = o.comment ?? { values: {}, errors: {} };
  return html`<div class="draft-actions">
${o.can.ownDraft && d.status === 'submitted' ? html`<p class="notice">${t.ownDraft}</p>` : ''}
${o.can.rebase
  ? html`<form method="post" action="/staff/drafts/${d.id}/rebase"><p class="hint" id="rebase-hint">${t.rebaseHint}</p>${csrfField(v)}<button type="submit" class="button" aria-describedby="rebase-hint">${t.rebase}</button></form>`
  : ''}
${o.can.edit ? html`<p><a class="button secondary" href="${o.editHref}">${t.edit}</a></p>` : ''}
${o.can.submit
  ? html`<form method="post" action="/staff/drafts/${d.id}/submit">${csrfField(v)}<button type="submit" class="button">${t.submit}</button></form>`
  : ''}
${o.can.review
  ? html`<section aria-labelledby="review-h"><h2 id="review-h">${m.reviews.review}</h2>
<form method="post" action="/staff/drafts/${d.id}/approve">${csrfField(v)}<input type="hidden" name="revision" value="${d.revision}">
  <p class="hint" id="approve-hint">${t.approveHint}</p>
  <button type="submit" class="button" aria-describedby="approve-hint">${t.approve}</button></form>
<form method="post" action="/staff/drafts/${d.id}/request-changes" novalidate>${csrfField(v)}
  ${textArea({ name: 'comment', label: t.comment, values: c.values, errors: c.errors, rows: 4 })}
  <button type="submit" class="button secondary">${t.requestChanges}</button></form></section>`
  : ''}
${o.can.withdraw
  ? html`<form method="post" action="/staff/drafts/${d.id}/withdraw"><p class="hint" id="withdraw-hint">${t.withdrawHint}</p>${csrfField(v)}<button type="submit" class="button secondary" aria-describedby="withdraw-hint">${t.withdraw}</button></form>`
  : ''}
</div>`;
}
