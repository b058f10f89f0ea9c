/** The staff list of state pages, with their open drafts; each opens the state page's edit screen. */
import { html, type SafeHtml } from '../../web/html.ts';
import { staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import type { State } from '../../catalogue/schema.ts';
import type { EditorialMessages } from '../locales/index.ts';
import type { DraftStatus } from '../schema.ts';

export interface StateRow {
  s: State;
  draft: { id: string; status: DraftStatus; authorName: string } | undefined;
  editable: boolean;
}

export function statesPage(v: StaffView, m: EditorialMessages, rows: StateRow[]): SafeHtml {
  const l = m.list;
  const title = m.states.title;
  return staffLayout(v, {
    title,
    current: 'states',
    body: html`<h1>${title}</h1>
<p class="lead">${m.states.lead}</p>
<div class="table-wrap"><table><caption class="visually-hidden">${title}</caption>
<thead><tr><th scope="col">${l.state}</th><th scope="col">${m.states.code}</th><th scope="col">${m.states.verified}</th><th scope="col">${l.openDraft}</th></tr></thead>
<tbody>${rows.map(
      (r) => html`<tr>
  <th scope="row">${r.editable ? html`<a href="/staff/states/${r.s.code}/edit" aria-label="${l.editLabel(r.s.name)}">${r.s.name}</a>` : r.s.name}</th>
  <td>${r.s.code}</td>
  <td>${r.s.verifiedOn}</td>
  <td>${r.draft ? html`<a href="/staff/drafts/${r.draft.id}" aria-label="${l.viewDraftLabel(r.s.name)}">${m.status[r.draft.status]}</a><br><span class="small muted">${r.draft.authorName}</span>` : l.noDraft}</td>
</tr>`,
    )}</tbody></table></div>`,
  });
}
