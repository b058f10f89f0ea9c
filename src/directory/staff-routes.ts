/**
 * The editors' queue of the directory: pending self-registrations (marked "contact confirmed" once
 * the registrant confirmed the e-mail) and published entries, each with its edit screen — the JSON
 * screen shared with reference content, saved as a draft another person reviews and publishes.
 */
import type { FastifyInstance } from 'fastify';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import { staffLayout } from '../accounts/views/layout.ts';
import { html } from '../web/html.ts';
import { ID_PATTERN } from '../catalogue/schema.ts';
import { allow } from '../editorial/commands/context.ts';
import { documentEditRoutes } from '../editorial/document-routes.ts';
import { DIRECTORY } from '../editorial/kinds.ts';
import { openDraftsByEntity } from '../editorial/queries.ts';
import { directoryMessages } from './locales/index.ts';
import { staffEntries } from './queries.ts';

export async function directoryStaffRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  app.get('/staff/directory', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    allow(req.staff!.actor, 'read', { type: 'directory-entry' });
    const t = directoryMessages(v.locale).staff;
    const rows = await staffEntries(d.db);
    const drafts = await openDraftsByEntity(d.db, 'directory');
    const row = (r: (typeof rows)[number]) => html`<tr><th scope="row">${r.name}<br><span class="small muted">${r.id}</span></th>
<td>${r.contactConfirmed === null ? t.seeded : html`${r.email ?? ''} — <strong>${r.contactConfirmed ? t.confirmed : t.unconfirmed}</strong>`}</td>
<td>${drafts.get(r.id) ? html`<a href="/staff/drafts/${drafts.get(r.id)!.id}">${drafts.get(r.id)!.status}</a>` : '—'}</td>
<td><a href="${DIRECTORY.editPath(r.id)}">${t.edit}<span class="visually-hidden">: ${r.name}</span></a></td></tr>`;
    const table = (caption: string, list: typeof rows) => html`<table><caption>${caption}</caption><thead><tr><th scope="col">${t.name}</th><th scope="col">${t.contact}</th><th scope="col">${t.draft}</th><th scope="col"><span class="visually-hidden">${t.edit}</span></th></tr></thead>
<tbody>${list.map(row)}</tbody></table>`;
    const pending = rows.filter((r) => r.status === 'pending');
    const body = html`<h1>${t.title}</h1>
<h2>${t.pending}</h2>${pending.length ? table(t.pending, pending) : html`<p>${t.none}</p>`}
<h2>${t.published}</h2>${table(t.published, rows.filter((r) => r.status === 'published'))}`;
    return html200(reply).send(staffLayout(v, { title: t.title, current: 'reference', body }).value);
  });

  documentEditRoutes(app, d, DIRECTORY, ID_PATTERN);
}
