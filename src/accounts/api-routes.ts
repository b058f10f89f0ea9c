/**
 * The staff JSON API (/api/v1/staff/*): same session cookie as the pages,
 * same-origin only (no CORS header: see http/security-headers.ts), 401 without
 * a session, and an X-CSRF-Token header (from GET /me) on every mutation.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { permission } from './access.ts';
import { CommandError } from './commands/context.ts';
import { inviteStaff } from './commands/invite-staff.ts';
import { errorMessage, parseForm } from './forms.ts';
import { staffMessages } from './locales/index.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { findAccountById, listAccounts, publicAccount } from './queries.ts';
import { InviteForm, UsersQuery } from './schema.ts';
import { mustEnrolTotp } from './session.ts';
import { ctxOf } from './view.ts';
import { capabilitiesOf } from './views/account-pages.ts';

const en = staffMessages('en');

export async function apiRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  app.get('/api/v1/staff/me', { config: { access: 'enrolment' } }, (req, reply) => {
    const s = req.staff!;
    return reply.send({
      account: publicAccount(s.account),
      capabilities: capabilitiesOf(s.actor),
      twoFactorEnrolmentRequired: mustEnrolTotp(s),
      csrfToken: reply.generateCsrf(),
    });
  });

  app.get('/api/v1/staff/users', { config: { access: permission('list', { type: 'account' }) } }, async (req) => {
    const q = parseQuery(UsersQuery, req.query, { strict: true });
    const { items, hasNext } = await listAccounts(d.db, q);
    return { items, page: q.page, hasNext };
  });

  app.get<{ Params: { id: string } }>('/api/v1/staff/users/:id', { config: { access: permission('read', { type: 'account' }) } }, async (req) => {
    const a = await findAccountById(d.db, req.params.id);
    if (!a) throw new HttpError(404, 'not_found', 'account not found');
    return publicAccount(a);
  });

  app.post('/api/v1/staff/invitations', { config: { access: permission('invite', { type: 'account' }) } }, async (req, reply) => {
    const form = parseForm(InviteForm, req.body);
    if (!form.ok) {
      const [field, key] = Object.entries(form.errors)[0]!;
      throw new HttpError(400, 'invalid_parameter', errorMessage(en, key, field), field);
    }
    try {
      const inv = await inviteStaff(d.db, { ...ctxOf(req), inviterName: req.staff!.account.displayName }, form.data, d.config.PUBLIC_URL);
      d.mail.kick();
      return reply.code(201).send({ id: inv.id, email: inv.email, displayName: inv.displayName, locale: inv.locale, roles: inv.roles, states: inv.states, expiresAt: inv.expiresAt });
    } catch (e) {
      if (e instanceof CommandError) throw new HttpError(409, 'conflict', en.errors[e.key] as string, e.field ?? undefined);
      throw e;
    }
  });
}
