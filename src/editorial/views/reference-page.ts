/** The staff list of reference content — sector guides, authorities, their offices, laws — with open drafts; each opens its edit screen. */
import { html, type SafeHtml } from '../../web/html.ts';
import { staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import type { EditorialMessages } from '../locales/index.ts';
import type { ReferenceKind } from '../kinds.ts';
import type { DraftStatus } from '../schema.ts';

export interface ReferenceRow {
  id: string;
  name: string;
  /** A second line under the name (the office's authority, the law's acronym). */
  detail: string;
  /** The third column: contact data, the number of articles or of classes and procedures. */
  info: string;
  unverified: boolean;
  editHref: string | null;
  draft: { id: string; status: DraftStatus; authorName: string } | undefined;
}

const SECTIONS: ReferenceKind[] = ['sector', 'authority', 'office', 'law', 'certification'];

export function referencePage(v: StaffView, m: EditorialMessages, rows: Record<ReferenceKind, ReferenceRow[]>): SafeHtml {
  const t = m.reference;
  const l = m.list;
  const third: Record<ReferenceKind, string> = { sector: t.content, authority: t.id, office: t.contact, law: t.id, certification: t.field };
  return staffLayout(v, {
    title: t.title,
    current: 'reference',
    body: html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<nav aria-label="${t.title}"><ul>${SECTIONS.map((k) => html`<li><a href="#${k}-h">${t.sections[k]} (${rows[k].length})</a></li>`)}</ul></nav>
${SECTIONS.map(
  (k) => html`<section aria-labelledby="${k}-h"><h2 id="${k}-h">${t.sections[k]}</h2>
<div class="table-wrap"><table><caption class="visually-hidden">${t.sections[k]}</caption>
<thead><tr><th scope="col">${t.name}</th><th scope="col">${third[k]}</th><th scope="col">${l.openDraft}</th></tr></thead>
<tbody>${rows[k].map(
    (r) => html`<tr>
  <th scope="row">${r.editHref ? html`<a href="${r.editHref}" aria-label="${l.editLabel(r.name)}">${r.name}</a>` : r.name}${r.detail ? html`<br><span class="small muted">${r.detail}</span>` : ''}${r.unverified ? html` <span class="tag">${t.unverified}</span>` : ''}</th>
  <td>${r.info}</td>
  <td>${r.draft ? html`<a href="/staff/drafts/${r.draft.id}" aria-label="${l.viewDraftLabel(r.name)}">${m.status[r.draft.status]}</a><br><span class="small muted">${r.draft.authorName}</span>` : l.noDraft}</td>
</tr>`,
  )}</tbody></table></div></section>`,
)}`,
  });
}
