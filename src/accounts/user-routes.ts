/** Administrators' user management: list, invite, revoke, change access, disable, reset TOTP. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.ts';
import { permission } from './access.ts';
import { changeAccess } from './commands/change-access.ts';
import { CommandError } from './commands/context.ts';
import { inviteStaff } from './commands/invite-staff.ts';
import { resetTwoFactor } from './commands/reset-two-factor.ts';
import { revokeInvitation } from './commands/revoke-invitation.ts';
import { setAccountStatus } from './commands/set-account-status.ts';
import { formValues, parseForm } from './forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { authorize } from './policies.ts';
import { findAccountById, listAccounts, listPendingInvitations, publicAccount } from './queries.ts';
import { AccessForm, InviteForm, StatusForm, UsersQuery } from './schema.ts';
import { ctxOf, html200, pickNotice, stateNamer, staffView } from './view.ts';
import { emptyForm, type FormState } from './views/components.ts';
import { invitePage, userPage, usersPage } from './views/users-pages.ts';

type IdParams = { Params: { id: string } };

export async function userRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const view = (req: FastifyRequest, reply: FastifyReply) => staffView(req, reply, d.assets);
  const stateName = stateNamer(d.catalogue);

  app.get('/staff/users', { config: { access: permission('list', { type: 'account' }) } }, async (req, reply) => {
    const v = view(req, reply);
    const parsed = parseForm(UsersQuery, req.query);
    const query = parsed.ok ? parsed.data : UsersQuery.parse({});
    const [{ items, hasNext }, pending] = await Promise.all([listAccounts(d.db, query), listPendingInvitations(d.db)]);
    const n = pickNotice(req.query, { revoked: v.t.users.revoked, invited: v.t.users.invited });
    return html200(reply, parsed.ok ? 200 : 400).send(
      usersPage(v, { query, items, hasNext, pending, stateName, ...(n ? { notice: n } : {}), ...(parsed.ok ? {} : { filterState: parsed }) }).value,
    );
  });

  app.get('/staff/users/invite', { config: { access: permission('invite', { type: 'account' }) } }, (req, reply) => {
    const v = view(req, reply);
    return html200(reply).send(invitePage(v, emptyForm({ locale: v.locale }), { stateName }).value);
  });

  app.post('/staff/users/invite', { config: { access: permission('invite', { type: 'account' }) } }, async (req, reply) => {
    const v = view(req, reply);
    const form = parseForm(InviteForm, req.body);
    if (!form.ok) return html200(reply, 400).send(invitePage(v, form, { stateName }).value);
    try {
      await inviteStaff(d.db, { ...ctxOf(req), inviterName: req.staff!.account.displayName }, form.data, d.config.PUBLIC_URL);
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      const state = { errors: e.field ? { [e.field]: e.key } : {}, values: formValues(req.body) };
      return html200(reply, 409).send(invitePage(v, state, { stateName, ...(e.field ? {} : { formError: v.t.errors[e.key] as string }) }).value);
    }
    d.mail.kick();
    return reply.redirect('/staff/users?notice=invited', 303);
  });

  app.post<IdParams>('/staff/invitations/:id/revoke', { config: { access: permission('invite', { type: 'account' }) } }, async (req, reply) => {
    if (!(await revokeInvitation(d.db, ctxOf(req), req.params.id))) throw new HttpError(404, 'not_found', 'invitation not found');
    return reply.redirect('/staff/users?notice=revoked', 303);
  });

  app.get<IdParams>('/staff/users/:id', { config: { access: permission('read', { type: 'account' }) } }, async (req, reply) => {
    const account = await loadAccount(req, 'read');
    const v = view(req, reply);
    const n = pickNotice(req.query, { access: v.t.users.accessSaved, status: v.t.users.statusSaved, twoFactor: v.t.users.twoFactorReset });
    return html200(reply).send(userPage(v, { account, access: emptyForm(), stateName, ...(n ? { notice: n } : {}) }).value);
  });

  app.post<IdParams>('/staff/users/:id/access', { config: { access: permission('change-access', { type: 'account' }) } }, async (req, reply) => {
    const account = await loadAccount(req, 'change-access');
    const v = view(req, reply);
    const rerender = (access: FormState, status: number, formError?: string) =>
      html200(reply, status).send(userPage(v, { account, access, stateName, ...(formError ? { formError } : {}) }).value);
    const form = parseForm(AccessForm, req.body);
    if (!form.ok) return rerender({ ...form, values: { roles: [], states: [], ...form.values } }, 400);
    try {
      await changeAccess(d.db, ctxOf(req), account.id, form.data);
    } catch (e) {
      if (e instanceof CommandError) return rerender({ errors: {}, values: { roles: [], states: [], ...formValues(req.body) } }, 409, v.t.errors[e.key] as string);
      throw e;
    }
    return reply.redirect(`/staff/users/${account.id}?notice=access`, 303);
  });

  app.post<IdParams>('/staff/users/:id/status', { config: { access: permission('disable', { type: 'account' }) } }, async (req, reply) => {
    const account = await loadAccount(req, 'disable');
    const form = parseForm(StatusForm, req.body);
    if (!form.ok) throw new HttpError(400, 'invalid_parameter', 'status must be active or disabled', 'status');
    try {
      await setAccountStatus(d.db, ctxOf(req), account.id, form.data.status);
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      const v = view(req, reply);
      return html200(reply, 409).send(userPage(v, { account, access: emptyForm(), stateName, statusError: v.t.errors[e.key] as string }).value);
    }
    return reply.redirect(`/staff/users/${account.id}?notice=status`, 303);
  });

  app.post<IdParams>('/staff/users/:id/two-factor-reset', { config: { access: permission('reset-two-factor', { type: 'account' }) } }, async (req, reply) => {
    const account = await loadAccount(req, 'reset-two-factor');
    await resetTwoFactor(d.db, ctxOf(req), account.id);
    return reply.redirect(`/staff/users/${account.id}?notice=twoFactor`, 303);
  });

  async function loadAccount(req: FastifyRequest<IdParams>, action: 'read' | 'change-access' | 'disable' | 'reset-two-factor') {
    const a = await findAccountById(d.db, req.params.id);
    if (!a) throw new HttpError(404, 'not_found', 'account not found');
    authorize(req.staff!.actor, action, { type: 'account', id: a.id });
    return publicAccount(a);
  }
}
