/** /staff/feedback: what the public answered to "Was this page useful?" — editors and reviewers only (policy 'page-feedback'). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { permission } from '../accounts/access.ts';
import { html200, staffView } from '../accounts/view.ts';
import { parseQuery } from '../http/query.ts';
import { countsByPage, recentComments } from './queries.ts';
import { feedbackStaffPage } from './views/staff-page.ts';

const PAGE_SIZE = 50;
const Query = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });

export async function feedbackStaffRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  app.get('/staff/feedback', { config: { access: permission('read', { type: 'page-feedback' }) } }, async (req, reply) => {
    const { page } = parseQuery(Query, req.query);
    const [pages, comments] = [await countsByPage(d.db), await recentComments(d.db, { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE })];
    const v = staffView(req, reply, d.assets);
    return html200(reply).send(feedbackStaffPage(v, { pages, comments: comments.slice(0, PAGE_SIZE), page, hasNext: comments.length > PAGE_SIZE }).value);
  });
}
