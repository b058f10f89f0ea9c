/** GET /api/v1/directory (filters), /api/v1/directory/{id} and the directory's CSV: published, verified entries only. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { notFound } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { sendCached } from '../web/page-cache.ts';
import { DirectoryFilter, filterEntries, queryString } from './filter.ts';
import { directoryCsv, presentEntry } from './present.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const lang = z.enum(['es', 'en']).default('es');
const ListQuery = DirectoryFilter.extend({ lang });
const OneQuery = z.object({ lang });
const NoQuery = z.object({});

export async function apiDirectoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const base = deps.config.PUBLIC_URL;
  const json = (req: FastifyRequest, reply: FastifyReply, key: string, data: () => unknown) =>
    sendCached(req, reply, deps.cache.get(`${deps.catalogue.current.revision}|api|directory|${key}`, JSON_TYPE, () => JSON.stringify(data())));

  app.get('/api/v1/directory', (req, reply) => {
    const q = parseQuery(ListQuery, req.query, { strict: true });
    const view = deps.catalogue.current;
    return json(req, reply, `${q.lang}?${queryString({ ...q, lang: undefined } as DirectoryFilter)}`, () => {
      const items = filterEntries(view, q).map((e) => presentEntry(view, e, q.lang, base));
      return { items, total: items.length };
    });
  });

  app.get<{ Params: { id: string } }>('/api/v1/directory/:id', (req, reply) => {
    const { lang: l } = parseQuery(OneQuery, req.query, { strict: true });
    const view = deps.catalogue.current;
    const e = view.directory.find((x) => x.id === req.params.id);
    if (!e) throw notFound('directory entry');
    return json(req, reply, `one|${e.id}|${l}`, () => presentEntry(view, e, l, base));
  });

  app.get('/api/v1/export/directory.csv', (req, reply) => {
    parseQuery(NoQuery, req.query, { strict: true });
    const view = deps.catalogue.current;
    reply.header('Content-Disposition', 'attachment; filename="ventanilla-directory.csv"');
    return sendCached(req, reply, deps.cache.get(`${view.revision}|api|directory.csv`, 'text/csv; charset=utf-8', () => directoryCsv(view, base)));
  });
}
