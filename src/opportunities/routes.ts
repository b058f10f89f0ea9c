/**
 * Economic opportunities on the web and in the API (issue 14, part 3): the index and one page per
 * opportunity in both languages, and GET /api/v1/opportunities(/:id). Read-only, from the in-memory
 * catalogue, through the response cache keyed by revision like every public page.
 */
import { stateFilter } from '../catalogue/filters.ts';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, SEGMENTS, type Locale } from '../i18n/locale.ts';
import { parseQuery } from '../http/query.ts';
import { notFound } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { OPPORTUNITY_TYPES } from './schema.ts';
import { filterOpportunities } from './select.ts';
import { presentOpportunity } from './presenters.ts';
import { opportunitiesPage, opportunityPage } from './views/pages.ts';
import { opportunitiesCsv } from './export.ts';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The filters of the index and the API (a state by INEGI code or slug, checked against the catalogue),
 * built once per catalogue view: building zod schemas per request costs more than the filtering.
 */
const schemas = new WeakMap<CatalogueView, ReturnType<typeof build>>();
function build(view: CatalogueView) {
  const page = z.object({ type: z.enum(OPPORTUNITY_TYPES).optional(), state: stateFilter(view).optional() });
  return { page, api: page.extend({ lang: z.enum(LOCALES).default('es') }) };
}
function filters(view: CatalogueView) {
  let s = schemas.get(view);
  if (!s) schemas.set(view, (s = build(view)));
  return s;
}
const queryOf = (f: Record<string, string | undefined>) => new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();

// Built once: a zod schema per request costs more than the cached response (src/http/query.ts).
const OneQuery = z.object({ lang: z.enum(LOCALES).default('es') });
const NoQuery = z.object({});

export async function opportunityRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const base = deps.config.PUBLIC_URL;
  const cached = (req: FastifyRequest, reply: FastifyReply, key: string, type: string, render: () => string) =>
    sendCached(req, reply, deps.cache.get(`${deps.catalogue.current.revision}|${key}`, type, render));

  for (const locale of LOCALES) {
    const seg = `/${locale}/${SEGMENTS.opportunities[locale]}`;
    const ctx = { locale, publicUrl: base, assets: deps.assets };
    app.get(seg, (req, reply) => {
      const view = deps.catalogue.current;
      const f = parseQuery(filters(view).page, req.query);
      const query = queryOf(f);
      return cached(req, reply, `${locale}|opportunities?${query}`, HTML, () => opportunitiesPage(ctx, view, f, query).value);
    });
    app.get<{ Params: { id: string } }>(`${seg}/:id`, (req, reply) => {
      const view = deps.catalogue.current;
      const o = view.opportunities.get(req.params.id);
      if (!o) throw notFound('opportunity');
      return cached(req, reply, `${locale}|opportunity|${o.id}`, HTML, () => opportunityPage(ctx, view, o).value);
    });
  }

  app.get('/api/v1/opportunities', (req, reply) => {
    const view = deps.catalogue.current;
    const q = parseQuery(filters(view).api, req.query, { strict: true });
    return cached(req, reply, `api|opportunities?${queryOf({ type: q.type, state: q.state, lang: q.lang })}`, JSON_TYPE, () => {
      const items = filterOpportunities(view, q).map((o) => presentOpportunity(view, o, q.lang as Locale, base));
      return JSON.stringify({ items, total: items.length });
    });
  });
  app.get<{ Params: { id: string } }>('/api/v1/opportunities/:id', (req, reply) => {
    const view = deps.catalogue.current;
    const { lang } = parseQuery(OneQuery, req.query, { strict: true });
    const o = view.opportunities.get(req.params.id);
    if (!o) throw notFound('opportunity');
    return cached(req, reply, `api|opportunity|${o.id}|${lang}`, JSON_TYPE, () => JSON.stringify(presentOpportunity(view, o, lang, base)));
  });

  app.get('/api/v1/export/opportunities.csv', (req, reply) => {
    parseQuery(NoQuery, req.query, { strict: true });
    reply.header('Content-Disposition', 'attachment; filename="ventanilla-opportunities.csv"');
    return cached(req, reply, 'api|export-opportunities.csv', 'text/csv; charset=utf-8', () => opportunitiesCsv(deps.catalogue.current, base));
  });
}
