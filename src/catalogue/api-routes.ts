/** Open API v1 of the catalogue: JSON, one language per request, cached per revision. */
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { parseQuery } from '../http/query.ts';
import { notFound } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import { filterSchema } from './filters.ts';
import { presentProcedure, presentProcedureSummary, presentSector, presentState } from './presenters.ts';
import { catalogueCsv, catalogueExport } from './export.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const langOnly = z.object({ lang: z.enum(LOCALES).default('es') });
const noParams = z.object({});

export async function apiCatalogueRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const base = deps.config.PUBLIC_URL;
  const json = (req: FastifyRequest, reply: FastifyReply, key: string, data: () => unknown) =>
    sendCached(req, reply, deps.cache.get(`${deps.catalogue.current.revision}|api|${key}`, JSON_TYPE, () => JSON.stringify(data())));
  const langOf = (req: FastifyRequest): Locale => parseQuery(langOnly, req.query, { strict: true }).lang;

  app.get('/api/v1/procedures', (req, reply) => {
    const view = deps.catalogue.current;
    const q = parseQuery(filterSchema(view).api, req.query, { strict: true });
    const key = `procedures?${new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][])}`;
    return json(req, reply, key, () => {
      const items = view.filter(q).map((p) => presentProcedureSummary(view, p, q.lang, base));
      return { items, total: items.length };
    });
  });

  app.get<{ Params: { id: string } }>('/api/v1/procedures/:id', (req, reply) => {
    const l = langOf(req);
    const view = deps.catalogue.current;
    const p = view.procedure(req.params.id);
    if (!p) throw notFound('procedure');
    return json(req, reply, `procedure|${p.id}|${l}`, () => presentProcedure(view, p, l, base));
  });

  app.get('/api/v1/sectors', (req, reply) => {
    const l = langOf(req);
    const view = deps.catalogue.current;
    return json(req, reply, `sectors|${l}`, () => {
      const items = view.sectorList().map((s) => presentSector(view, s, l, base));
      return { items, total: items.length };
    });
  });

  app.get<{ Params: { slug: string } }>('/api/v1/sectors/:slug', (req, reply) => {
    const l = langOf(req);
    const view = deps.catalogue.current;
    const s = view.sectors.get(req.params.slug);
    if (!s) throw notFound('sector');
    return json(req, reply, `sector|${s.slug}|${l}`, () => presentSector(view, s, l, base));
  });

  app.get('/api/v1/states', (req, reply) => {
    const l = langOf(req);
    const view = deps.catalogue.current;
    return json(req, reply, `states|${l}`, () => {
      const items = [...view.states.values()].map((s) => presentState(view, s, l, base));
      return { items, total: items.length };
    });
  });

  app.get<{ Params: { code: string } }>('/api/v1/states/:code', (req, reply) => {
    const l = langOf(req);
    const view = deps.catalogue.current;
    const s = view.state(req.params.code);
    if (!s) throw notFound('state');
    return json(req, reply, `state|${s.code}|${l}`, () => presentState(view, s, l, base));
  });

  app.get('/api/v1/export/catalogue.json', (req, reply) => {
    parseQuery(noParams, req.query, { strict: true });
    const view = deps.catalogue.current;
    reply.header('Content-Disposition', 'inline; filename="ventanilla-catalogue.json"');
    return json(req, reply, 'export.json', () => catalogueExport(view, base));
  });

  app.get('/api/v1/export/catalogue.csv', (req, reply) => {
    parseQuery(noParams, req.query, { strict: true });
    const view = deps.catalogue.current;
    reply.header('Content-Disposition', 'attachment; filename="ventanilla-catalogue.csv"');
    const entry = deps.cache.get(`${view.revision}|api|export.csv`, 'text/csv; charset=utf-8', () => catalogueCsv(view, base));
    return sendCached(req, reply, entry);
  });
}
