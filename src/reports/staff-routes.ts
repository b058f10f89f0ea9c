/**
 * The error-report queue for staff, its report screen and resolution, and the
 * same under /api/v1/staff/reports. The queue shows the reports the person
 * may resolve (editors and reviewers: all; a state officer: their states'
 * procedures); a report out of their sight is a 404.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { authorize, can, type Actor } from '../accounts/policies.ts';
import { html200, pickNotice, staffView } from '../accounts/view.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { parseFilters } from '../editorial/http.ts';
import { editorialMessages } from '../editorial/locales/index.ts';
import { PROCEDURE } from '../editorial/kinds.ts';
import { may } from '../editorial/commands/context.ts';
import { HttpError } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { AlreadyResolvedError, reportResource, resolveReport, type ReportCtx } from './commands/resolve-report.ts';
import { reportMessages } from './locales/index.ts';
import { findReport, listReports } from './queries.ts';
import { NOTE_MAX, REPORT_PAGE_SIZE, ReportsQuery, ResolveForm, type ErrorReport } from './schema.ts';
import { reportPage, reportsPage } from './views/staff-pages.ts';

type Id = { Params: { id: string } };

const ctxOf = (req: FastifyRequest): ReportCtx => ({ actor: req.staff!.auditActor, who: req.staff!.actor, requestId: req.id });

/** The procedures whose reports the person works on (null: all of them); 403 when none. */
function scope(view: CatalogueView, who: Actor, q: ReportsQuery): string[] | null {
  const mine = view.procedures.filter((p) => can(who, 'resolve', reportResource(view, p.id)));
  if (mine.length === 0) throw new HttpError(403, 'forbidden', 'not allowed to read error reports');
  const picked = mine.filter((p) => (!q.procedure || p.id === q.procedure) && (!q.state || (p.level !== 'federal' && (p.states.length === 0 || p.states.includes(q.state)))));
  return picked.length === view.procedures.length ? null : picked.map((p) => p.id);
}

export async function reportStaffRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  async function load(req: FastifyRequest<Id>): Promise<ErrorReport> {
    const r = await findReport(d.db, req.params.id);
    if (!r) throw new HttpError(404, 'not_found', 'report not found');
    authorize(req.staff!.actor, 'read', reportResource(d.catalogue.current, r.procedureId), { hide: true });
    return r;
  }
  const present = (r: ErrorReport) => ({ ...r });

  app.get('/staff/reports', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const t = reportMessages(v.locale).staff;
    const { query, values, errors, problems } = parseFilters(editorialMessages(v.locale), ReportsQuery, req.query, { status: t.status, procedure: t.procedure, state: t.state });
    const view = d.catalogue.current;
    const ids = scope(view, req.staff!.actor, query);
    const { items, hasNext } = await listReports(d.db, { status: query.status, procedures: ids, page: query.page });
    const visible = view.procedures.filter((p) => can(req.staff!.actor, 'resolve', reportResource(view, p.id)));
    return html200(reply, problems.length ? 400 : 200).send(
      reportsPage(v, {
        query,
        values,
        errors,
        problems,
        items: items.map((report) => ({ report, procedure: view.procedure(report.procedureId) })),
        hasNext,
        procedures: visible.map((p) => ({ value: p.id, label: p.title[v.locale] })),
        states: [...view.states.values()].filter((s) => visible.some((p) => p.level !== 'federal' && (p.states.length === 0 || p.states.includes(s.code)))).map((s) => ({ value: s.code, label: s.name })),
      }).value,
    );
  });

  const page = (req: FastifyRequest<Id>, r: ErrorReport, extra: { values?: Record<string, string | string[]>; errors?: Record<string, string>; formError?: string; notice?: string } = {}) => {
    const who = req.staff!.actor;
    const view = d.catalogue.current;
    const p = view.procedure(r.procedureId);
    return {
      report: r,
      procedure: p,
      canResolve: can(who, 'resolve', reportResource(view, r.procedureId)),
      canEdit: p ? may(who, 'draft', PROCEDURE.resource(p)) : false,
      form: { values: extra.values ?? {}, errors: extra.errors ?? {} },
      ...(extra.formError ? { formError: extra.formError } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
    };
  };

  app.get<Id>('/staff/reports/:id', { config: { access: 'signed-in' } }, async (req, reply) => {
    const r = await load(req);
    const v = staffView(req, reply, d.assets);
    const n = pickNotice(req.query, { resolved: reportMessages(v.locale).staff.justResolved });
    return html200(reply).send(reportPage(v, page(req, r, n ? { notice: n } : {})).value);
  });

  app.post<Id>('/staff/reports/:id/resolve', { config: { access: 'signed-in' } }, async (req, reply) => {
    const r = await load(req);
    const v = staffView(req, reply, d.assets);
    const t = reportMessages(v.locale).staff;
    const values = formValues(req.body);
    const form = ResolveForm.safeParse(values);
    if (!form.success) {
      const text = form.error.issues[0]!.message === 'noteLong' ? t.noteLong(NOTE_MAX) : t.noteRequired;
      return html200(reply, 400).send(reportPage(v, page(req, r, { values, errors: { note: text } })).value);
    }
    try {
      await resolveReport(d.db, ctxOf(req), d.catalogue.current, { reportId: r.id, note: form.data.note, publicUrl: d.config.PUBLIC_URL });
    } catch (e) {
      if (!(e instanceof AlreadyResolvedError)) throw e;
      return html200(reply, 409).send(reportPage(v, page(req, (await findReport(d.db, r.id))!, { formError: t.alreadyResolved })).value);
    }
    return reply.redirect(`/staff/reports/${r.id}?notice=resolved`, 303);
  });

  app.get('/api/v1/staff/reports', { config: { access: 'signed-in' } }, async (req) => {
    const q = parseQuery(ReportsQuery, req.query, { strict: true });
    const ids = scope(d.catalogue.current, req.staff!.actor, q);
    const { items, hasNext } = await listReports(d.db, { status: q.status, procedures: ids, page: q.page });
    return { items: items.map(present), page: q.page, pageSize: REPORT_PAGE_SIZE, hasNext };
  });

  app.get<Id>('/api/v1/staff/reports/:id', { config: { access: 'signed-in' } }, async (req) => present(await load(req)));

  app.post<Id>('/api/v1/staff/reports/:id/resolve', { config: { access: 'signed-in' } }, async (req) => {
    const r = await load(req);
    const form = ResolveForm.safeParse(req.body ?? {});
    if (!form.success) throw new HttpError(400, 'invalid_parameter', form.error.issues[0]!.message === 'noteLong' ? `note must be at most ${NOTE_MAX} characters` : 'note is required', 'note');
    try {
      await resolveReport(d.db, ctxOf(req), d.catalogue.current, { reportId: r.id, note: form.data.note, publicUrl: d.config.PUBLIC_URL });
    } catch (e) {
      if (e instanceof AlreadyResolvedError) throw new HttpError(409, 'conflict', 'the report was already resolved');
      throw e;
    }
    return present((await findReport(d.db, r.id))!);
  });
}
