/** /staff/desk/routing: administrators edit desk teams and routing rules (issue 11, item 4). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { formValues, type FormValues } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { permission } from '../accounts/access.ts';
import { html200, pickNotice, staffView } from '../accounts/view.ts';
import { HttpError } from '../http/errors.ts';
import { addMember, addRule, createTeam, deleteRule, HoursForm, MemberForm, RuleForm, setTeamHours, TeamForm } from './commands/routing-admin.ts';
import { deskMessages } from './locales/index.ts';
import { listRules, listTeams } from './queries.ts';
import { routingPage } from './views/routing-page.ts';

type ErrorKey = keyof ReturnType<typeof deskMessages>['routing']['errors'];

export async function routingRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const read = { config: { access: permission('read', { type: 'desk-routing' }) } };
  const manage = { config: { access: permission('manage', { type: 'desk-routing' }) } };
  const ctx = (req: FastifyRequest) => ({ actor: req.staff!.auditActor, requestId: req.id });

  const show = async (req: FastifyRequest, reply: FastifyReply, status = 200, values: FormValues = {}, errors: Record<string, string> = {}) => {
    const v = staffView(req, reply, d.assets);
    const notice = pickNotice(req.query, { saved: deskMessages(v.locale).routing.saved });
    return html200(reply, status).send(routingPage(v, d.catalogue.current, { teams: await listTeams(d.db), rules: await listRules(d.db), values, errors, notice }).value);
  };

  app.get('/staff/desk/routing', read, (req, reply) => show(req, reply));

  /** Validates a form with `schema`, runs `act`, and re-renders with the fields named on any problem. */
  const post = <S extends z.ZodType>(path: string, schema: S, pick: (v: FormValues) => unknown, act: (req: FastifyRequest, data: z.infer<S>) => Promise<void>, fieldOf: (k: string) => string = (k) => k) =>
    app.post(path, manage, async (req, reply) => {
      const values = formValues(req.body);
      const t = deskMessages(staffView(req, reply, d.assets).locale).routing.errors;
      const parsed = schema.safeParse(pick(values));
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const i of parsed.error.issues) {
          const k = String(i.path[0] ?? '');
          errors[fieldOf(k)] ??= t[(i.message in t ? i.message : k) as ErrorKey] ?? i.message;
        }
        return show(req, reply, 400, values, errors);
      }
      try {
        await act(req, parsed.data);
      } catch (e) {
        if (e instanceof HttpError && (e.statusCode === 400 || e.statusCode === 409) && e.parameter) {
          const key = (e.statusCode === 409 ? 'conflict' : e.parameter) as ErrorKey;
          return show(req, reply, e.statusCode, values, { [fieldOf(e.parameter)]: t[key] ?? e.message });
        }
        throw e;
      }
      return reply.redirect('/staff/desk/routing?notice=saved', 303);
    });

  const strip = (v: FormValues, keys: string[]) => Object.fromEntries(keys.map((k) => [k, Array.isArray(v[k]) ? v[k]![0] : (v[k] ?? '')]));
  post('/staff/desk/routing/teams', TeamForm, (v) => strip(v, ['id', 'nameEs', 'nameEn', 'retentionDays']), (req, f) => createTeam(d.db, ctx(req), f));
  post('/staff/desk/routing/members', MemberForm, (v) => ({ team: strip(v, ['memberTeam']).memberTeam, email: strip(v, ['email']).email }), (req, f) => addMember(d.db, ctx(req), f), (k) => (k === 'team' ? 'memberTeam' : k));
  post('/staff/desk/routing/hours', HoursForm, (v) => ({ ...strip(v, ['chatOpens', 'chatCloses']), team: strip(v, ['hoursTeam']).hoursTeam, chatDays: [v.chatDays ?? []].flat() }),
    (req, f) => setTeamHours(d.db, ctx(req), f), (k) => (k === 'team' ? 'hoursTeam' : k));
  post('/staff/desk/routing/rules', RuleForm, (v) => strip(v, ['position', 'kind', 'state', 'scianPrefix', 'locale', 'team']), (req, f) => addRule(d.db, ctx(req), f));
  app.post<{ Params: { id: string } }>('/staff/desk/routing/rules/:id/delete', manage, async (req, reply) => {
    await deleteRule(d.db, ctx(req), req.params.id);
    return reply.redirect('/staff/desk/routing?notice=saved', 303);
  });
}
