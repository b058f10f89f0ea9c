/** The audit browser (/staff/audit) and its JSON twin (/api/v1/staff/audit); administrators only. */
import type { FastifyInstance } from 'fastify';
import { permission } from '../accounts/access.ts';
import { parseForm } from '../accounts/forms.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import { parseQuery } from '../http/query.ts';
import { listAuditEvents } from './queries.ts';
import { AuditQuery, AUDIT_PAGE_SIZE } from './schema.ts';
import { auditPage } from './views/audit-page.ts';

export async function auditRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  const access = permission('read', { type: 'audit' });

  app.get('/staff/audit', { config: { access } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const parsed = parseForm(AuditQuery, req.query);
    if (!parsed.ok) return html200(reply, 400).send(auditPage(v, { query: null, items: [], hasNext: false, form: parsed }).value);
    const { items, hasNext } = await listAuditEvents(d.db, parsed.data);
    return html200(reply).send(auditPage(v, { query: parsed.data, items, hasNext }).value);
  });

  app.get('/api/v1/staff/audit', { config: { access } }, async (req) => {
    const q = parseQuery(AuditQuery, req.query, { strict: true });
    const { items, hasNext } = await listAuditEvents(d.db, q);
    return { items, page: q.page, pageSize: AUDIT_PAGE_SIZE, hasNext };
  });
}
