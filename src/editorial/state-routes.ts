/**
 * Staff screens for state pages: the list and the edit screen (the whole page
 * as JSON, checked by the catalogue's State schema). Drafts, review and
 * publication are the same as for procedures (draft-routes.ts); a state
 * officer edits only their states' pages (the policy's `state-page` rules).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, type FormValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../accounts/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import { HttpError } from '../http/errors.ts';
import { allow, EditorialError, may } from './commands/context.ts';
import { createDraft } from './commands/create-draft.ts';
import { updateDraft } from './commands/update-draft.ts';
import { gapsOf, textCount } from './document.ts';
import { explain } from './explain.ts';
import { editorialCtx, parseJsonDoc, revisionOf } from './http.ts';
import { STATE } from './kinds.ts';
import { editorialMessages } from './locales/index.ts';
import { currentStateRow, findOpenDraft, openDraftsByEntity } from './queries.ts';
import { jsonPage, type JsonModel } from './views/json-page.ts';
import { statesPage } from './views/states-page.ts';

type Code = { Params: { code: string } };

export async function stateRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  app.get('/staff/states', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const who = req.staff!.actor;
    allow(who, 'read', { type: 'state-page', code: '01' });
    const drafts = await openDraftsByEntity(d.db, 'state');
    const rows = [...d.catalogue.current.states.values()].map((s) => ({ s, draft: drafts.get(s.code), editable: may(who, 'draft', STATE.resource(s)) }));
    return html200(reply).send(statesPage(v, editorialMessages(v.locale), rows).value);
  });

  async function load(req: FastifyRequest<Code>) {
    const who = req.staff!.actor;
    const row = /^\d{2}$/.test(req.params.code) ? await currentStateRow(d.db, req.params.code) : null;
    if (!row) throw new HttpError(404, 'not_found', 'state not found');
    allow(who, 'read', STATE.resource(row.doc), { hide: true });
    allow(who, 'draft', STATE.resource(row.doc));
    const open = await findOpenDraft(d.db, 'state', req.params.code);
    const mine = open && open.authorId === who.id ? open : null;
    return { row, draft: mine, blockedBy: open && !mine ? open : undefined, base: mine?.doc ?? row.doc };
  }

  const model = (o: Awaited<ReturnType<typeof load>>, values: FormValues, extra: Partial<JsonModel> = {}, gapDoc: unknown = o.base): JsonModel => ({
    action: `/staff/states/${String(o.row.doc.code)}/edit`,
    title: String(o.row.doc.name),
    current: 'states',
    values,
    errors: {},
    problems: [],
    gaps: gapsOf(gapDoc),
    textTotal: textCount(gapDoc),
    draft: o.draft,
    ...(o.blockedBy ? { blockedBy: o.blockedBy } : {}),
    ...extra,
  });

  const render = (req: FastifyRequest, reply: FastifyReply, status: number, m: JsonModel) => {
    const v = staffView(req, reply, d.assets);
    return html200(reply, status).send(jsonPage(v, editorialMessages(v.locale), m).value);
  };

  app.get<Code>('/staff/states/:code/edit', { config: { access: 'signed-in' } }, async (req, reply) => {
    const o = await load(req);
    const values = { doc: JSON.stringify(o.base, null, 2), 'reason.es': o.draft?.reason.es ?? '', 'reason.en': o.draft?.reason.en ?? '', revision: o.draft ? String(o.draft.revision) : '' };
    return render(req, reply, 200, model(o, values));
  });

  app.post<Code>('/staff/states/:code/edit', { config: { access: 'signed-in' } }, async (req, reply) => {
    const o = await load(req);
    const m = editorialMessages(staffView(req, reply, d.assets).locale);
    const values = formValues(req.body);
    if (o.blockedBy) return render(req, reply, 409, model(o, values));
    const parsed = parseJsonDoc(m, values.doc);
    if (!parsed.ok) return render(req, reply, 400, model(o, values, { errors: { doc: parsed.error }, problems: [{ field: 'doc', text: parsed.error }] }));
    const reason = { es: String(values['reason.es'] ?? ''), en: String(values['reason.en'] ?? '') };
    const ctx = editorialCtx(req);
    try {
      if (o.draft) {
        await updateDraft(d.db, ctx, d.catalogue.current, { draftId: o.draft.id, doc: parsed.doc, reason, revision: revisionOf(values) });
        return reply.redirect(`/staff/drafts/${o.draft.id}?notice=saved`, 303);
      }
      const id = await createDraft(d.db, ctx, d.catalogue.current, { entityType: 'state', entityId: req.params.code, doc: parsed.doc, reason });
      return reply.redirect(`/staff/drafts/${id}?notice=created`, 303);
    } catch (e) {
      if (!(e instanceof EditorialError)) throw e;
      const x = explain(m, e, { fallback: 'doc' });
      return render(req, reply, e.status, model(o, values, { errors: x.errors, problems: x.problems, formError: x.formError }, parsed.doc));
    }
  });
}
