/**
 * Staff screens for state pages: the list and the edit screen (the whole page
 * as JSON, checked by the catalogue's State schema; document-routes.ts).
 * Drafts, review and publication are the same as for procedures
 * (draft-routes.ts); a state officer edits only their states' pages (the
 * policy's `state-page` rules).
 */
import type { FastifyInstance } from 'fastify';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import { allow, may } from './commands/context.ts';
import { documentEditRoutes } from './document-routes.ts';
import { STATE } from './kinds.ts';
import { editorialMessages } from './locales/index.ts';
import { openDraftsByEntity } from './queries.ts';
import { statesPage } from './views/states-page.ts';

export async function stateRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  app.get('/staff/states', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const who = req.staff!.actor;
    allow(who, 'read', { type: 'state-page', code: '01' });
    const drafts = await openDraftsByEntity(d.db, 'state');
    const rows = [...d.catalogue.current.states.values()].map((s) => ({ s, draft: drafts.get(s.code), editable: may(who, 'draft', STATE.resource(s)) }));
    return html200(reply).send(statesPage(v, editorialMessages(v.locale), rows).value);
  });

  documentEditRoutes(app, d, STATE, /^\d{2}$/);
}
