/**
 * The edit screen of a document without versions of its own (a state page, a
 * sector guide, an authority, an office, a law): the whole document as JSON, checked by the
 * catalogue's schema, saved as a draft that another person reviews and
 * publishes (draft-routes.ts). GET and POST `kind.editPath(id)`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, type FormValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import { HttpError } from '../http/errors.ts';
import { allow, EditorialError } from './commands/context.ts';
import { createDraft } from './commands/create-draft.ts';
import { updateDraft } from './commands/update-draft.ts';
import { gapsOf, textCount } from './document.ts';
import { explain } from './explain.ts';
import { editorialCtx, parseJsonDoc, revisionOf } from './http.ts';
import type { EntityKind } from './kinds.ts';
import { editorialMessages } from './locales/index.ts';
import { findOpenDraft } from './queries.ts';
import { jsonPage, type JsonModel } from './views/json-page.ts';

type Id = { Params: { id: string } };

/** `idPattern`: what an id of this kind looks like (anything else is a 404 without a query). */
export function documentEditRoutes(app: FastifyInstance, d: StaffRouteDeps, kind: EntityKind, idPattern: RegExp): void {
  const path = kind.editPath(':id');

  async function load(req: FastifyRequest<Id>) {
    const who = req.staff!.actor;
    const row = idPattern.test(req.params.id) ? await kind.load(d.db, req.params.id) : null;
    if (!row) throw new HttpError(404, 'not_found', `${kind.type} not found`);
    allow(who, 'read', kind.resource(row.doc), { hide: true });
    allow(who, 'draft', kind.resource(row.doc));
    const open = await findOpenDraft(d.db, kind.type, req.params.id);
    const mine = open && open.authorId === who.id ? open : null;
    return { id: req.params.id, row, draft: mine, blockedBy: open && !mine ? open : undefined, base: mine?.doc ?? row.doc };
  }
  type Loaded = Awaited<ReturnType<typeof load>>;

  const render = (req: FastifyRequest, reply: FastifyReply, status: number, o: Loaded, values: FormValues, extra: Partial<JsonModel> = {}, gapDoc: unknown = o.base) => {
    const v = staffView(req, reply, d.assets);
    const m: JsonModel = {
      action: kind.editPath(o.id),
      title: kind.nameOf(o.row.doc, v.locale),
      current: kind.nav,
      values,
      errors: {},
      problems: [],
      gaps: gapsOf(gapDoc),
      textTotal: textCount(gapDoc),
      draft: o.draft,
      ...(o.blockedBy ? { blockedBy: o.blockedBy } : {}),
      ...extra,
    };
    return html200(reply, status).send(jsonPage(v, editorialMessages(v.locale), m).value);
  };

  app.get<Id>(path, { config: { access: 'signed-in' } }, async (req, reply) => {
    const o = await load(req);
    const values = { doc: JSON.stringify(o.base, null, 2), 'reason.es': o.draft?.reason.es ?? '', 'reason.en': o.draft?.reason.en ?? '', revision: o.draft ? String(o.draft.revision) : '' };
    return render(req, reply, 200, o, values);
  });

  app.post<Id>(path, { config: { access: 'signed-in' } }, async (req, reply) => {
    const o = await load(req);
    const m = editorialMessages(staffView(req, reply, d.assets).locale);
    const values = formValues(req.body);
    if (o.blockedBy) return render(req, reply, 409, o, values);
    const parsed = parseJsonDoc(m, values.doc);
    if (!parsed.ok) return render(req, reply, 400, o, values, { errors: { doc: parsed.error }, problems: [{ field: 'doc', text: parsed.error }] });
    const reason = { es: String(values['reason.es'] ?? ''), en: String(values['reason.en'] ?? '') };
    const ctx = editorialCtx(req);
    try {
      if (o.draft) {
        await updateDraft(d.db, ctx, d.catalogue.current, { draftId: o.draft.id, doc: parsed.doc, reason, revision: revisionOf(values) });
        return reply.redirect(`/staff/drafts/${o.draft.id}?notice=saved`, 303);
      }
      const id = await createDraft(d.db, ctx, d.catalogue.current, { entityType: kind.type, entityId: o.id, doc: parsed.doc, reason });
      return reply.redirect(`/staff/drafts/${id}?notice=created`, 303);
    } catch (e) {
      if (!(e instanceof EditorialError)) throw e;
      const x = explain(m, e, { fallback: 'doc' });
      return render(req, reply, e.status, o, values, { errors: x.errors, problems: x.problems, formError: x.formError }, parsed.doc);
    }
  });
}
