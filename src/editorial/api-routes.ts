/**
 * The editorial staff JSON API (/api/v1/staff/…): the same commands as the
 * screens. 401 without a session, 403/404 outside the person's scope, an
 * X-CSRF-Token header on every POST (the staff plugin checks it), and the
 * project's error shape — a refused document lists every field by path.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { permission } from '../accounts/access.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { HttpError } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { approveDraft } from './commands/approve-draft.ts';
import { allow, EditorialError, loadDraft } from './commands/context.ts';
import { createDraft } from './commands/create-draft.ts';
import { rebaseDraft } from './commands/rebase-draft.ts';
import { requestChanges } from './commands/request-changes.ts';
import { submitDraft } from './commands/submit-draft.ts';
import { updateDraft } from './commands/update-draft.ts';
import { withdrawDraft } from './commands/withdraw-draft.ts';
import { explain } from './explain.ts';
import { announcePublication, editorialCtx } from './http.ts';
import { KINDS, PROCEDURE } from './kinds.ts';
import { editorialMessages } from './locales/index.ts';
import { draftFacts, presentDraft } from './presenters.ts';
import { listProcedures } from './procedure-list.ts';
import { currentProcedureRow, listSubmitted, openDraftsByEntity } from './queries.ts';
import { ApproveForm, CommentForm, DraftBody, PAGE_SIZE, ProcedureListQuery, ReviewQuery } from './schema.ts';

type Id = { Params: { id: string } };
const en = editorialMessages('en');
const Lang = z.object({ lang: z.enum(['es', 'en']).optional() });

/** A refused change as the project's JSON error; a schema error lists each field by path. */
function apiError(e: EditorialError): HttpError {
  const x = explain(en, e);
  const fields =
    e.key === 'invalidDocument'
      ? (e.data.issues ?? []).map((i, n) => ({ field: i.path.join('.'), message: x.problems[n]?.text ?? x.formError }))
      : e.key === 'translationsMissing'
        ? (e.data.gaps ?? []).map((g) => ({ field: g.path.join('.'), message: `missing ${g.missing.join(' and ')}` }))
        : e.key === 'catalogueProblems'
          ? (e.data.problems ?? []).map((p) => ({ field: 'doc', message: p }))
          : e.key === 'rebaseConflicts'
            ? (e.data.paths ?? []).map((p) => ({ field: p.join('.') || 'doc', message: 'changed in the draft and in the published version' }))
            : [];
  const code = e.status === 403 ? 'forbidden' : e.status === 409 ? 'conflict' : 'invalid_document';
  return new HttpError(e.status, code, x.formError, fields[0]?.field, fields.length ? fields : undefined);
}

function body<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  throw new HttpError(400, 'invalid_parameter', `invalid value for '${i.path.join('.') || 'body'}'`, i.path.join('.') || 'body');
}

export async function editorialApiRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof EditorialError ? apiError(e) : e;
    }
  };

  app.get('/api/v1/staff/procedures', { config: { access: 'signed-in' } }, async (req) => {
    allow(req.staff!.actor, 'read', { type: 'procedure', level: 'federal', states: [] });
    const q = parseQuery(ProcedureListQuery, req.query, { strict: true });
    const { rows, total, hasNext } = listProcedures(d.catalogue.current, req.staff!.actor, q, await openDraftsByEntity(d.db, 'procedure'));
    return {
      items: rows.map((r) => ({ id: r.p.id, slug: r.p.slug, title: r.p.title, level: r.p.level, states: r.p.states, authority: r.p.authority, version: r.version, updatedAt: r.updatedAt, openDraft: r.draft ?? null, canDraft: r.editable })),
      page: q.page,
      pageSize: PAGE_SIZE,
      total,
      hasNext,
    };
  });

  app.get('/api/v1/staff/drafts', { config: { access: permission('publish', { type: 'procedure', level: 'federal', states: [] }) } }, async (req) => {
    const q = parseQuery(ReviewQuery, req.query, { strict: true });
    const { items, hasNext } = await listSubmitted(d.db, q.page);
    return { items: items.map((x) => ({ id: x.id, entityType: x.entityType, entityId: x.entityId, status: x.status, revision: x.revision, author: { id: x.authorId, name: x.authorName }, submittedAt: x.submittedAt, reason: x.reason })), page: q.page, pageSize: PAGE_SIZE, hasNext };
  });

  app.get<Id>('/api/v1/staff/drafts/:id', { config: { access: 'signed-in' } }, async (req) => {
    const { lang } = parseQuery(Lang, req.query, { strict: true });
    return presentDraft(...(await load(req, lang ?? req.staff!.account.locale)));
  });

  app.post<Id>('/api/v1/staff/procedures/:id/drafts', { config: { access: 'signed-in' } }, async (req, reply) => {
    // Scope before content: out of scope is a 404/403 whatever the body says.
    const row = await currentProcedureRow(d.db, req.params.id);
    if (!row) throw new HttpError(404, 'not_found', 'procedure not found');
    allow(req.staff!.actor, 'read', PROCEDURE.resource(row.doc), { hide: true });
    allow(req.staff!.actor, 'draft', PROCEDURE.resource(row.doc));
    const b = body(DraftBody, req.body);
    const id = await run(() => createDraft(d.db, editorialCtx(req), d.catalogue.current, { entityType: 'procedure', entityId: req.params.id, doc: b.doc, reason: b.reason }));
    return reply.code(201).send(presentDraft(...(await load({ ...req, params: { id } } as FastifyRequest<Id>, req.staff!.account.locale))));
  });

  app.post<Id>('/api/v1/staff/drafts/:id', { config: { access: 'signed-in' } }, async (req) => {
    const b = body(DraftBody, req.body);
    await run(() => updateDraft(d.db, editorialCtx(req), d.catalogue.current, { draftId: req.params.id, doc: b.doc, reason: b.reason, revision: b.revision }));
    return presentDraft(...(await load(req, req.staff!.account.locale)));
  });

  app.post<Id>('/api/v1/staff/drafts/:id/submit', { config: { access: 'signed-in' } }, async (req) => {
    await run(() => submitDraft(d.db, editorialCtx(req), d.catalogue.current, req.params.id));
    return presentDraft(...(await load(req, req.staff!.account.locale)));
  });

  app.post<Id>('/api/v1/staff/drafts/:id/rebase', { config: { access: 'signed-in' } }, async (req) => {
    await run(() => rebaseDraft(d.db, editorialCtx(req), d.catalogue.current, req.params.id));
    return presentDraft(...(await load(req, req.staff!.account.locale)));
  });

  app.post<Id>('/api/v1/staff/drafts/:id/withdraw', { config: { access: 'signed-in' } }, async (req) => {
    await run(() => withdrawDraft(d.db, editorialCtx(req), req.params.id));
    return presentDraft(...(await load(req, req.staff!.account.locale)));
  });

  app.post<Id>('/api/v1/staff/drafts/:id/request-changes', { config: { access: permission('review', { type: 'procedure', level: 'federal', states: [] }) } }, async (req) => {
    const b = body(CommentForm, req.body);
    await run(() => requestChanges(d.db, editorialCtx(req), { draftId: req.params.id, comment: b.comment }));
    return presentDraft(...(await load(req, req.staff!.account.locale)));
  });

  app.post<Id>('/api/v1/staff/drafts/:id/approve', { config: { access: permission('publish', { type: 'procedure', level: 'federal', states: [] }) } }, async (req) => {
    const b = body(ApproveForm, req.body);
    const published = await run(() => approveDraft(d.db, editorialCtx(req), d.catalogue.current, { draftId: req.params.id, revision: b.revision }));
    await announcePublication(d.catalogue, published.revision, req.log);
    return { ...published, draft: presentDraft(...(await load(req, req.staff!.account.locale))) };
  });

  async function load(req: FastifyRequest<Id>, locale: 'es' | 'en') {
    const { draft, kind, current } = await loadDraft(d.db, KINDS, req.staff!.actor, req.params.id, { lock: false });
    return [draft, draftFacts({ draft, kind, current, view: d.catalogue.current, who: req.staff!.actor, locale, m: editorialMessages(locale) })] as const;
  }
}
