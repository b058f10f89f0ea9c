/**
 * Routes of the US ↔ Mexico certification glossary: the public pages (index and one per pair, both
 * locales, from the response cache) and the open API (JSON, filter by field) with its CSV export.
 * Everything is read from the catalogue view in memory; nothing here writes.
 */
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, SEGMENTS, type Locale } from '../i18n/locale.ts';
import { parseQuery } from '../http/query.ts';
import { notFound } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import type { PageContext } from '../web/layout.ts';
import { ID_PATTERN } from '../catalogue/schema.ts';
import { CERT_FIELDS } from './schema.ts';
import { certificationPage, certificationsIndexPage } from './views/pages.ts';
import { certificationsCsv, presentCertification } from './presenters.ts';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const ListQuery = z.object({ lang: z.enum(LOCALES).default('es'), field: z.enum(CERT_FIELDS).optional() });
const OneQuery = z.object({ lang: z.enum(LOCALES).default('es') });
const NoQuery = z.object({});

export async function certificationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const base = deps.config.PUBLIC_URL;
  const cached = (req: FastifyRequest, reply: FastifyReply, key: string, type: string, render: () => string) =>
    sendCached(req, reply, deps.cache.get(`${deps.catalogue.current.revision}|${key}`, type, render));

  for (const locale of LOCALES) {
    const ctx: PageContext = { locale, publicUrl: base, assets: deps.assets };
    const seg = `/${locale}/${SEGMENTS.certifications[locale]}`;
    app.get(seg, (req, reply) => cached(req, reply, `${locale}|certifications`, HTML, () => certificationsIndexPage(ctx, deps.catalogue.current).value));
    app.get<{ Params: { id: string } }>(`${seg}/:id`, (req, reply) => {
      const view = deps.catalogue.current;
      const p = ID_PATTERN.test(req.params.id) ? view.certifications.get(req.params.id) : undefined;
      if (!p) throw notFound('certification');
      return cached(req, reply, `${locale}|certification|${p.id}`, HTML, () => certificationPage(ctx, view, p).value);
    });
  }

  app.get('/api/v1/glossary/certifications', (req, reply) => {
    const q = parseQuery(ListQuery, req.query, { strict: true });
    const view = deps.catalogue.current;
    return cached(req, reply, `api|certifications|${q.lang}|${q.field ?? ''}`, JSON_TYPE, () => {
      const items = [...view.certifications.values()].filter((p) => !q.field || p.field === q.field).map((p) => presentCertification(view, p, q.lang as Locale, base));
      return JSON.stringify({ items, total: items.length });
    });
  });

  app.get<{ Params: { id: string } }>('/api/v1/glossary/certifications/:id', (req, reply) => {
    const q = parseQuery(OneQuery, req.query, { strict: true });
    const view = deps.catalogue.current;
    const p = ID_PATTERN.test(req.params.id) ? view.certifications.get(req.params.id) : undefined;
    if (!p) throw notFound('certification');
    return cached(req, reply, `api|certification|${p.id}|${q.lang}`, JSON_TYPE, () => JSON.stringify(presentCertification(view, p, q.lang, base)));
  });

  app.get('/api/v1/export/certifications.csv', (req, reply) => {
    parseQuery(NoQuery, req.query, { strict: true });
    reply.header('Content-Disposition', 'attachment; filename="ventanilla-certifications.csv"');
    return cached(req, reply, 'api|export|certifications.csv', 'text/csv; charset=utf-8', () => certificationsCsv(deps.catalogue.current, base));
  });
}
