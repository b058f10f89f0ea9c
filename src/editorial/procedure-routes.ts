/**
 * Staff screens for procedures: the list, the fields edit screen and the
 * advanced (JSON) one. Thin: parse, load, authorise, call one command, render.
 * Saving creates the draft, or saves a new revision of the person's own draft.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, type FormValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import type { StaffView } from '../accounts/views/layout.ts';
import { HttpError } from '../http/errors.ts';
import { allow, EditorialError } from './commands/context.ts';
import { createDraft } from './commands/create-draft.ts';
import { updateDraft } from './commands/update-draft.ts';
import { gapsOf, textCount, type Path } from './document.ts';
import { explain } from './explain.ts';
import { editorialCtx, parseFilters, parseJsonDoc, revisionOf } from './http.ts';
import { PROCEDURE } from './kinds.ts';
import { editorialMessages, type EditorialMessages } from './locales/index.ts';
import { applyFields, valuesOf, type FieldError } from './procedure-form.ts';
import { listProcedures } from './procedure-list.ts';
import { currentProcedureRow, findOpenDraft, openDraftsByEntity } from './queries.ts';
import { ProcedureListQuery, type Draft } from './schema.ts';
import { editPage, type EditModel } from './views/edit-page.ts';
import { errorText, labelOf } from './views/fields.ts';
import { jsonPage } from './views/json-page.ts';
import { proceduresPage } from './views/list-pages.ts';

type Id = { Params: { id: string } };

export async function procedureRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const ui = (req: FastifyRequest, reply: FastifyReply) => {
    const v = staffView(req, reply, d.assets);
    return { v, m: editorialMessages(v.locale) };
  };

  app.get('/staff/procedures', { config: { access: 'signed-in' } }, async (req, reply) => {
    const { v, m } = ui(req, reply);
    allow(req.staff!.actor, 'read', { type: 'procedure', level: 'federal', states: [] });
    const { query, values, errors, problems } = parseFilters(m, ProcedureListQuery, req.query);
    const view = d.catalogue.current;
    const list = listProcedures(view, req.staff!.actor, query, await openDraftsByEntity(d.db, 'procedure'));
    const authorities = [...view.authorities.values()].filter((a) => view.procedures.some((p) => p.authority === a.id)).sort((a, b) => a.name[v.locale].localeCompare(b.name[v.locale], v.locale));
    return html200(reply, problems.length ? 400 : 200).send(
      proceduresPage(v, m, {
        query,
        values,
        errors,
        problems,
        rows: list.rows.map((r) => ({ ...r, authority: view.authorities.get(r.p.authority)?.acronym ?? r.p.authority })),
        total: list.total,
        hasNext: list.hasNext,
        authorities: authorities.map((a) => ({ value: a.id, label: `${a.acronym} — ${a.name[v.locale]}` })),
        states: [...view.states.values()].map((s) => ({ value: s.code, label: s.name })),
      }).value,
    );
  });

  /** The published row and the open draft, once the person may draft this procedure. */
  async function load(req: FastifyRequest<Id>) {
    const who = req.staff!.actor;
    const row = await currentProcedureRow(d.db, req.params.id);
    if (!row) throw new HttpError(404, 'not_found', 'procedure not found');
    allow(who, 'read', PROCEDURE.resource(row.doc), { hide: true });
    allow(who, 'draft', PROCEDURE.resource(row.doc));
    const open = await findOpenDraft(d.db, 'procedure', req.params.id);
    const mine = open && open.authorId === who.id ? open : null;
    const blockedBy = open && !mine ? open : undefined;
    return { row, draft: mine, blockedBy, base: (mine?.doc ?? row.doc) as Record<string, unknown>, name: (t: StaffView) => String((row.doc.title as Record<string, string>)[t.locale]) };
  }

  function fieldsModel(m: EditorialMessages, o: Awaited<ReturnType<typeof load>>, v: StaffView, values: FormValues, extra: Partial<EditModel> = {}, gapDoc: unknown = o.base, toField = (p: Path) => p): EditModel {
    return {
      id: String(o.row.doc.id),
      title: o.name(v),
      base: o.base,
      values,
      errors: {},
      problems: [],
      gaps: gapsOf(gapDoc).map((g) => ({ ...g, path: toField(g.path) })),
      textTotal: textCount(gapDoc),
      draft: o.draft,
      ...(o.blockedBy ? { blockedBy: o.blockedBy } : {}),
      ...extra,
    };
  }

  app.get<Id>('/staff/procedures/:id/edit', { config: { access: 'signed-in' } }, async (req, reply) => {
    const { v, m } = ui(req, reply);
    const o = await load(req);
    const values = valuesOf(o.base, o.draft?.reason ?? { es: '', en: '' }, o.draft?.revision ?? null);
    return html200(reply).send(editPage(v, m, fieldsModel(m, o, v, values)).value);
  });

  app.post<Id>('/staff/procedures/:id/edit', { config: { access: 'signed-in' } }, async (req, reply) => {
    const { v, m } = ui(req, reply);
    const o = await load(req);
    const values = formValues(req.body);
    if (o.blockedBy) return html200(reply, 409).send(editPage(v, m, fieldsModel(m, o, v, values)).value);
    const applied = applyFields(o.base, values);
    const fieldErrors = Object.entries(applied.errors);
    if (fieldErrors.length) {
      const errors = Object.fromEntries(fieldErrors.map(([name, e]) => [name, explainField(m, name, e)]));
      const problems = Object.entries(errors).map(([field, text]) => ({ field, text }));
      return html200(reply, 400).send(editPage(v, m, fieldsModel(m, o, v, values, { errors, problems, formError: m.errors.invalidDocument })).value);
    }
    const saved = await save(req, o.draft, applied.doc, applied.reason, revisionOf(values));
    if (saved.ok) return reply.redirect(`/staff/drafts/${saved.id}?notice=${saved.created ? 'created' : 'saved'}`, 303);
    const x = explain(m, saved.error, { fields: new Set(Object.keys(values)), toField: applied.toField });
    const model = fieldsModel(m, o, v, values, { errors: x.errors, problems: x.problems, formError: x.formError }, applied.doc, applied.toField);
    return html200(reply, saved.error.status).send(editPage(v, m, model).value);
  });

  app.get<Id>('/staff/procedures/:id/edit/json', { config: { access: 'signed-in' } }, async (req, reply) => {
    const { v, m } = ui(req, reply);
    const o = await load(req);
    const values = { doc: JSON.stringify(o.base, null, 2), 'reason.es': o.draft?.reason.es ?? '', 'reason.en': o.draft?.reason.en ?? '', revision: o.draft ? String(o.draft.revision) : '' };
    return html200(reply).send(jsonPage(v, m, jsonModel(m, o, v, values)).value);
  });

  app.post<Id>('/staff/procedures/:id/edit/json', { config: { access: 'signed-in' } }, async (req, reply) => {
    const { v, m } = ui(req, reply);
    const o = await load(req);
    const values = formValues(req.body);
    if (o.blockedBy) return html200(reply, 409).send(jsonPage(v, m, jsonModel(m, o, v, values)).value);
    const parsed = parseJsonDoc(m, values.doc);
    if (!parsed.ok) return html200(reply, 400).send(jsonPage(v, m, jsonModel(m, o, v, values, { errors: { doc: parsed.error }, problems: [{ field: 'doc', text: parsed.error }] })).value);
    const reason = { es: String(values['reason.es'] ?? ''), en: String(values['reason.en'] ?? '') };
    const saved = await save(req, o.draft, parsed.doc, reason, revisionOf(values));
    if (saved.ok) return reply.redirect(`/staff/drafts/${saved.id}?notice=${saved.created ? 'created' : 'saved'}`, 303);
    const x = explain(m, saved.error, { fallback: 'doc' });
    return html200(reply, saved.error.status).send(jsonPage(v, m, jsonModel(m, o, v, values, { errors: x.errors, problems: x.problems, formError: x.formError }, parsed.doc)).value);
  });

  function jsonModel(m: EditorialMessages, o: Awaited<ReturnType<typeof load>>, v: StaffView, values: FormValues, extra: { errors?: Record<string, string>; problems?: { field?: string; text: string }[]; formError?: string } = {}, gapDoc: unknown = o.base) {
    const id = String(o.row.doc.id);
    return {
      action: `/staff/procedures/${id}/edit/json`,
      fieldsHref: `/staff/procedures/${id}/edit`,
      title: o.name(v),
      current: 'procedures' as const,
      values,
      errors: extra.errors ?? {},
      problems: extra.problems ?? [],
      ...(extra.formError ? { formError: extra.formError } : {}),
      gaps: gapsOf(gapDoc),
      textTotal: textCount(gapDoc),
      draft: o.draft,
      ...(o.blockedBy ? { blockedBy: o.blockedBy } : {}),
    };
  }

  async function save(req: FastifyRequest<Id>, draft: Draft | null, doc: unknown, reason: { es: string; en: string }, revision: number | undefined) {
    const ctx = editorialCtx(req);
    try {
      if (draft) {
        await updateDraft(d.db, ctx, d.catalogue.current, { draftId: draft.id, doc, reason, revision });
        return { ok: true as const, id: draft.id, created: false };
      }
      const id = await createDraft(d.db, ctx, d.catalogue.current, { entityType: 'procedure', entityId: req.params.id, doc, reason });
      return { ok: true as const, id, created: true };
    } catch (e) {
      if (e instanceof EditorialError) return { ok: false as const, error: e };
      throw e;
    }
  }
}

function explainField(m: EditorialMessages, name: string, e: FieldError): string {
  const path = name.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return errorText(m, labelOf(m, path), e);
}
