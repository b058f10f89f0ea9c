/**
 * The live-chat console under /staff/desk/console (issue 12, item 3): presence, my chats, the queue;
 * taking a waiting chat and transferring a case to a team. Each action is authorised against the
 * case by its command and audited; presence is the person's own.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formValues, type FormValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, pickNotice, staffView } from '../accounts/view.ts';
import { HttpError } from '../http/errors.ts';
import { presenceOf, setPresence, type Lang, type Presence } from './commands/availability.ts';
import { AlreadyTakenError, CaseClosedError, takeChat, transferToTeam, type StaffCtx } from './commands/conversation.ts';
import { deskMessages } from './locales/index.ts';
import { findCaseByFolio, listCases } from './queries.ts';
import { FOLIO, type DeskCase } from './schema.ts';
import { caseScope } from './staff-routes.ts';
import { consolePage } from './views/console-page.ts';
import { staffSocketRoutes } from './staff-socket.ts';

type Folio = { Params: { folio: string } };
const ctxOf = (req: FastifyRequest): StaffCtx => ({ who: req.staff!.actor, actor: req.staff!.auditActor, requestId: req.id });

/** The presence form's answers, or the fields that are wrong. */
function parsePresence(values: FormValues, e: ReturnType<typeof deskMessages>['console']['errors']): { ok: Omit<Presence, 'seenAt'> } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const status = String(values.status ?? '');
  if (status !== 'online' && status !== 'away') errors.status = e.status;
  const raw = String(values.maxChats ?? '').trim();
  const maxChats = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (!(maxChats >= 1 && maxChats <= 10)) errors.maxChats = e.maxChats;
  const languages = [...new Set([values.languages ?? []].flat().map(String))];
  if (!languages.length || languages.some((l) => l !== 'es' && l !== 'en')) errors.languages = e.languages;
  if (Object.keys(errors).length) return { errors };
  return { ok: { status: status as Presence['status'], maxChats, languages: languages as Lang[] } };
}

export async function consoleRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  await staffSocketRoutes(app, d);
  const { dispatcher } = app.chatLive;

  const render = async (req: FastifyRequest, reply: Parameters<typeof staffView>[1], status = 200, extra: { values?: FormValues; errors?: Record<string, string>; notice?: string } = {}) => {
    const v = staffView(req, reply, d.assets);
    const who = req.staff!.actor;
    const scope = caseScope(who);
    const [mine, queue] = await Promise.all([
      listCases(d.db, { channel: 'chat', status: 'open', assignee: who.id, page: 1, pageSize: 50 }),
      listCases(d.db, { channel: 'chat', status: 'received', assignee: 'none', scope, page: 1, pageSize: 50 }),
    ]);
    return html200(reply, status).send(consolePage(v, d.catalogue.current, { presence: await presenceOf(d.db, who.id), mine: mine.items, queue: queue.items.reverse(), ...extra }).value);
  };

  app.get('/staff/desk/console', { config: { access: 'signed-in' } }, async (req, reply) => {
    const s = deskMessages(staffView(req, reply, d.assets).locale).console;
    const n = pickNotice(req.query, { saved: s.saved, taken: s.taken, transferred: s.transferred });
    return render(req, reply, 200, n ? { notice: n } : {});
  });

  app.post('/staff/desk/console/presence', { config: { access: 'signed-in' } }, async (req, reply) => {
    caseScope(req.staff!.actor); // only people of the desk have a presence
    const values = formValues(req.body);
    const r = parsePresence(values, deskMessages(staffView(req, reply, d.assets).locale).console.errors);
    if ('errors' in r) return render(req, reply, 400, { values, errors: r.errors });
    await setPresence(d.db, req.staff!.actor.id, r.ok);
    dispatcher.kick(); // someone may have just become free
    return reply.redirect('/staff/desk/console?notice=saved', 303);
  });

  async function load(req: FastifyRequest<Folio>): Promise<DeskCase> {
    const c = FOLIO.test(req.params.folio) ? await findCaseByFolio(d.db, req.params.folio) : null;
    if (!c) throw new HttpError(404, 'not_found', 'case not found');
    return c; // the command authorises (404 for a case out of scope)
  }

  app.post<Folio>('/staff/desk/:folio/take', { config: { access: 'signed-in' } }, async (req, reply) => {
    const c = await load(req);
    const s = deskMessages(staffView(req, reply, d.assets).locale);
    try {
      await takeChat(d.db, { ...ctxOf(req), name: req.staff!.account.displayName }, c.id);
    } catch (e) {
      if (e instanceof AlreadyTakenError || e instanceof CaseClosedError) return render(req, reply, 409, { errors: { take: e instanceof CaseClosedError ? s.staff.alreadyClosed : s.console.alreadyTaken } });
      throw e;
    }
    return reply.redirect(`/staff/desk/${c.folio}?notice=assigned`, 303);
  });

  app.post<Folio>('/staff/desk/:folio/transfer', { config: { access: 'signed-in' } }, async (req, reply) => {
    const c = await load(req);
    const team = String(formValues(req.body).team ?? '').trim();
    try {
      await transferToTeam(d.db, ctxOf(req), c.id, team === 'general' ? null : team);
    } catch (e) {
      if (e instanceof HttpError && e.parameter === 'team') throw new HttpError(400, 'invalid_parameter', deskMessages(staffView(req, reply, d.assets).locale).console.teamInvalid, 'team');
      if (e instanceof CaseClosedError) return reply.redirect(`/staff/desk/${c.folio}`, 303);
      throw e;
    }
    dispatcher.kick();
    // The case may now be out of the person's scope (another team's): back to the console.
    return reply.redirect('/staff/desk/console?notice=transferred', 303);
  });
}
