/**
 * The advisors' inbox under /staff/desk (issue 11, item 5): the list of cases in the person's scope
 * (advisors: every case; a state officer: their states'), a case with its conversation, and the
 * actions — reply (with canned answers and a cited procedure), internal note, assign or transfer,
 * close with a resolution. Every action is authorised against the case and audited by its command.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, type FormValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { authorize, can, type Actor } from '../accounts/policies.ts';
import { html200, pickNotice, staffView } from '../accounts/view.ts';
import { parseFilters } from '../editorial/http.ts';
import { editorialMessages } from '../editorial/locales/index.ts';
import { HttpError } from '../http/errors.ts';
import { pathFor } from '../i18n/locale.ts';
import { assignable, assignCase, CaseClosedError, staffClose, staffNote, staffReply, type StaffCtx } from './commands/conversation.ts';
import { deskMessages } from './locales/index.ts';
import { findCaseByFolio, listCases, listMessages } from './queries.ts';
import { FOLIO, REPLY_MAX, type DeskCase } from './schema.ts';
import { INBOX_PAGE_SIZE, InboxQuery } from './staff-schema.ts';
import { casePage, inboxPage } from './views/staff-pages.ts';
import { routingRoutes } from './routing-routes.ts';
import { consoleRoutes } from './console-routes.ts';
import { listTeams } from './queries.ts';

type Folio = { Params: { folio: string } };
const ctxOf = (req: FastifyRequest): StaffCtx => ({ who: req.staff!.actor, actor: req.staff!.auditActor, requestId: req.id });

/** The cases the person sees: the general queue and their teams' (advisors), their states' (officers); 403 when none. */
export function caseScope(who: Actor): { general: boolean; teams: readonly string[]; states: readonly string[] } {
  const general = can(who, 'read', { type: 'case', state: null, team: null });
  const teams = (who.teams ?? []).filter((t) => can(who, 'read', { type: 'case', state: null, team: t }));
  const states = who.states.filter((s) => can(who, 'read', { type: 'case', state: s }));
  if (!general && !states.length) throw new HttpError(403, 'forbidden', 'not allowed to read cases');
  return { general, teams, states };
}

export async function deskStaffRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  await routingRoutes(app, d);
  await consoleRoutes(app, d);
  async function load(req: FastifyRequest<Folio>): Promise<DeskCase> {
    const c = FOLIO.test(req.params.folio) ? await findCaseByFolio(d.db, req.params.folio) : null;
    if (!c) throw new HttpError(404, 'not_found', 'case not found');
    authorize(req.staff!.actor, 'read', { type: 'case', state: c.stateCode, team: c.teamId }, { hide: true });
    return c;
  }

  app.get('/staff/desk', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const scope = caseScope(req.staff!.actor);
    const { query, values } = parseFilters(editorialMessages(v.locale), InboxQuery, req.query);
    const { items, hasNext } = await listCases(d.db, {
      status: query.status === 'all' ? undefined : query.status, kind: query.kind, state: query.state,
      assignee: query.assignee === 'me' ? req.staff!.actor.id : query.assignee, overdue: query.overdue, scope, page: query.page, pageSize: INBOX_PAGE_SIZE,
    });
    const view = d.catalogue.current;
    const states = [...view.states.values()].filter((s) => scope.general || scope.states.includes(s.code)).map((s) => ({ value: s.code, label: s.name }));
    return html200(reply).send(inboxPage(v, view, { query, values: { status: query.status, ...values }, items, hasNext, states }).value);
  });

  const show = async (req: FastifyRequest<Folio>, reply: FastifyReply, c: DeskCase, status = 200, extra: { values?: FormValues; errors?: Record<string, string>; formError?: string; notice?: string } = {}) => {
    const v = staffView(req, reply, d.assets);
    const who = req.staff!.actor;
    const r = { type: 'case' as const, state: c.stateCode, team: c.teamId };
    return html200(reply, status).send(
      casePage(v, d.catalogue.current, {
        case: c,
        messages: await listMessages(d.db, c.id, { includeInternal: true }),
        canReply: can(who, 'reply', r),
        canAssign: can(who, 'assign', r),
        canClose: can(who, 'close', r),
        people: can(who, 'assign', r) ? await assignable(d.db, c) : [],
        teams: can(who, 'assign', r) ? (await listTeams(d.db)).map((x) => ({ id: x.id, name: x.name[staffView(req, reply, d.assets).locale] })) : [],
        values: extra.values ?? {},
        errors: extra.errors ?? {},
        formError: extra.formError,
        notice: extra.notice,
      }).value,
    );
  };

  app.get<Folio>('/staff/desk/:folio', { config: { access: 'signed-in' } }, async (req, reply) => {
    const c = await load(req);
    const s = deskMessages(staffView(req, reply, d.assets).locale).staff;
    const n = pickNotice(req.query, { sent: s.sent, noted: s.noted, assigned: s.assigned, closed: s.closedNow });
    return show(req, reply, c, 200, n ? { notice: n } : {});
  });

  /** Runs a staff action; a closed case re-renders with a message instead of failing. */
  const act = (verb: string, run: (req: FastifyRequest<Folio>, c: DeskCase, values: FormValues, fail: (field: string, text: string) => never, s: ReturnType<typeof deskMessages>['staff']) => Promise<void>) =>
    app.post<Folio>(`/staff/desk/:folio/${verb}`, { config: { access: 'signed-in' } }, async (req, reply) => {
      const c = await load(req);
      const values = formValues(req.body);
      const s = deskMessages(staffView(req, reply, d.assets).locale).staff;
      try {
        await run(req, c, values, (field, text) => {
          throw Object.assign(new Error('field'), { field, text });
        }, s);
      } catch (e) {
        const fe = e as { field?: string; text?: string };
        if (fe.field) return show(req, reply, c, 400, { values, errors: { [fe.field]: fe.text! } });
        if (e instanceof CaseClosedError) return show(req, reply, (await findCaseByFolio(d.db, c.folio))!, 409, { formError: s.alreadyClosed });
        if (e instanceof HttpError && e.statusCode === 400 && e.parameter === 'assignee') return show(req, reply, c, 400, { values, errors: { assignee: s.assigneeInvalid } });
        throw e;
      }
      return reply.redirect(`/staff/desk/${c.folio}?notice=${{ reply: 'sent', note: 'noted', assign: 'assigned', close: 'closed' }[verb]}`, 303);
    });
  const text = (values: FormValues, k: string) => String(values[k] ?? '').trim();

  act('reply', async (req, c, values, fail, s) => {
    const t = deskMessages(c.locale); // the answer goes out in the investor's language
    const canned = t.canned[text(values, 'canned') as keyof typeof t.canned];
    const cite = text(values, 'cite') ? d.catalogue.current.procedure(text(values, 'cite')) : undefined;
    if (text(values, 'cite') && !cite) fail('cite', s.bodyRequired);
    const link = cite ? `${cite.title[c.locale]}: ${d.config.PUBLIC_URL}${pathFor({ page: 'procedure', slug: cite.slug }, c.locale)}` : '';
    const body = [canned?.text, text(values, 'body'), link].filter(Boolean).join('\n\n');
    if (!body || body.length > REPLY_MAX) fail('body', s.bodyRequired);
    await staffReply(d.db, ctxOf(req), c.id, body, d.config.PUBLIC_URL);
    d.mail.kick();
  });
  act('note', async (req, c, values, fail, s) => {
    const note = text(values, 'note');
    if (!note || note.length > REPLY_MAX) fail('note', s.bodyRequired);
    await staffNote(d.db, ctxOf(req), c.id, note);
  });
  act('assign', async (req, c, values) => {
    await assignCase(d.db, ctxOf(req), c.id, text(values, 'assignee'));
  });
  act('close', async (req, c, values, fail, s) => {
    const resolution = text(values, 'resolution');
    if (!resolution || resolution.length > 1000) fail('resolution', s.resolutionRequired);
    await staffClose(d.db, ctxOf(req), c.id, resolution);
    if (c.channel === 'chat') app.chatLive.dispatcher.kick(); // a place is free
  });
}
