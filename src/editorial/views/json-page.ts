/**
 * The advanced edit screen: the whole document as JSON, with the reason.
 * Validated by the catalogue's own schema; errors are listed by path, named in
 * the reader’s language. Shared by procedures, state pages and reference content.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import type { NavLink } from '../../accounts/views/layout.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import type { Gap } from '../document.ts';
import type { EditorialMessages } from '../locales/index.ts';
import type { Draft } from '../schema.ts';
import { problemSummary, textArea, type Problem } from './fields.ts';
import { translationStatus } from './translation.ts';

/** What both edit screens (fields and JSON) show around their form. */
export interface EditFormState {
  values: FormValues;
  /** Field name → message. */
  errors: Record<string, string>;
  problems: Problem[];
  formError?: string;
  gaps: Gap[];
  textTotal: number;
  draft: Draft | null;
  /** Someone else's open draft blocks editing. */
  blockedBy?: Draft;
  notice?: string;
}

export interface JsonModel extends EditFormState {
  /** Where the form posts, and the fields screen (if any) to go back to. */
  action: string;
  fieldsHref?: string;
  title: string;
  current: NavLink['key'];
}

export function jsonPage(v: StaffView, m: EditorialMessages, o: JsonModel): SafeHtml {
  const e = m.edit;
  const title = e.advancedTitle(o.title);
  const f = (name: string, label: string) => ({ name, label, values: o.values, errors: o.errors });
  const body = o.blockedBy
    ? html`<div class="notice warning" role="status"><p>${e.othersDraft(o.blockedBy.authorName)}</p></div><p><a href="/staff/drafts/${o.blockedBy.id}">${e.seeDraft}</a></p>`
    : html`<p class="lead">${e.advancedLead}</p>
${o.draft ? html`<p>${e.yourDraft(m.status[o.draft.status])} <a href="/staff/drafts/${o.draft.id}">${e.seeDraft}</a></p>` : html`<p>${e.newDraft}</p>`}
${problemSummary(m, o.problems, o.formError)}
${translationStatus(m, o.gaps, o.textTotal)}
<form method="post" action="${o.action}" novalidate>
  ${csrfField(v)}<input type="hidden" name="revision" value="${o.values.revision ?? ''}">
  ${textArea({ ...f('doc', e.doc), rows: 30, spellcheck: false, cls: 'code' })}
  <fieldset class="group"><legend>${e.reason}</legend>
    <p class="hint">${e.reasonHint}</p>
    <div class="pair">${textArea(f('reason.es', m.reason.es))}${textArea(f('reason.en', m.reason.en))}</div>
  </fieldset>
  <div class="actions"><button type="submit" class="button">${e.save}</button></div>
</form>
${o.fieldsHref ? html`<p><a href="${o.fieldsHref}">${e.backToFields}</a></p>` : ''}`;
  return staffLayout(v, { title, current: o.current, body: html`<h1>${title}</h1>${notice(o.notice)}${body}` });
}
