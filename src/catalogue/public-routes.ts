/** Public HTML pages of the catalogue, in both locales, served from the response cache. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, SEGMENTS, type Locale } from '../i18n/locale.ts';
import { parseQuery } from '../http/query.ts';
import { notFound } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import type { PageContext } from '../web/layout.ts';
import { filterSchema } from './filters.ts';
import { homePage, proceduresPage } from './views/index-pages.ts';
import { procedurePage, type PlanBack } from './views/procedure-page.ts';
import type { CatalogueView } from './read-model.ts';
import { authoritiesPage, authorityPage, sectorPage, sectorsPage, statePage, statesPage } from './views/directory-pages.ts';
import { changesAtom, changesPage } from './views/history.ts';
import type { SafeHtml } from '../web/html.ts';

const HTML = 'text/html; charset=utf-8';

/**
 * The way back to the plan a procedure was reached from (`?plan=<id>`), or null. The roadmap supplies it
 * (app.ts): the catalogue does not depend on the roadmap.
 */
export type PlanBackResolver = (view: CatalogueView, locale: Locale, id: unknown, procedureId: string) => Promise<PlanBack | null>;

export async function publicCatalogueRoutes(app: FastifyInstance, deps: AppDeps, options: { planBack?: PlanBackResolver } = {}): Promise<void> {
  const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });

  /** Renders through the cache, keyed by revision, locale and the canonical URL of the page. */
  const page = (req: FastifyRequest, reply: FastifyReply, key: string, render: () => SafeHtml) => {
    const view = deps.catalogue.current;
    return sendCached(req, reply, deps.cache.get(`${view.revision}|${key}`, HTML, () => render().value));
  };

  for (const locale of LOCALES) {
    const seg = (s: keyof typeof SEGMENTS) => `/${locale}/${SEGMENTS[s][locale]}`;
    const ctx = ctxFor(locale);

    app.get(`/${locale}/`, (req, reply) => page(req, reply, `${locale}|home`, () => homePage(ctx, deps.catalogue.current)));

    app.get(seg('procedures'), (req, reply) => {
      const view = deps.catalogue.current;
      const f = parseQuery(filterSchema(view).filters, req.query);
      const query = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
      return page(req, reply, `${locale}|procedures?${query}`, () => proceduresPage(ctx, view, f, query));
    });

    app.get<{ Params: { slug: string } }>(`${seg('procedures')}/:slug`, async (req, reply) => {
      const view = deps.catalogue.current;
      const p = view.procedure(req.params.slug);
      if (!p) throw notFound('procedure');
      const planId = (req.query as Record<string, unknown>).plan;
      const back = planId !== undefined && options.planBack ? await options.planBack(view, locale, planId, p.id) : null;
      // Reached from a plan: rendered for this visit (plan ids are endless; they stay out of the shared cache).
      if (back) return reply.type(HTML).header('Cache-Control', 'no-cache').send(procedurePage(ctx, view, p, back).value);
      return page(req, reply, `${locale}|procedure|${p.id}`, () => procedurePage(ctx, view, p));
    });

    app.get(seg('sectors'), (req, reply) => page(req, reply, `${locale}|sectors`, () => sectorsPage(ctx, deps.catalogue.current)));
    app.get<{ Params: { slug: string } }>(`${seg('sectors')}/:slug`, (req, reply) => {
      const view = deps.catalogue.current;
      const s = view.sectors.get(req.params.slug);
      if (!s) throw notFound('sector');
      return page(req, reply, `${locale}|sector|${s.slug}`, () => sectorPage(ctx, view, s));
    });

    app.get(seg('states'), (req, reply) => page(req, reply, `${locale}|states`, () => statesPage(ctx, deps.catalogue.current)));
    app.get<{ Params: { slug: string } }>(`${seg('states')}/:slug`, (req, reply) => {
      const view = deps.catalogue.current;
      const s = view.state(req.params.slug);
      if (!s) throw notFound('state');
      return page(req, reply, `${locale}|state|${s.code}`, () => statePage(ctx, view, s));
    });

    app.get(seg('changes'), (req, reply) => page(req, reply, `${locale}|changes`, () => changesPage(ctx, deps.catalogue.current)));
    app.get(`${seg('changes')}.atom`, (req, reply) => {
      const view = deps.catalogue.current;
      const entry = deps.cache.get(`${view.revision}|${locale}|changes.atom`, 'application/atom+xml; charset=utf-8', () => changesAtom(view, locale, deps.config.PUBLIC_URL));
      return sendCached(req, reply, entry);
    });

    app.get(seg('authorities'), (req, reply) => page(req, reply, `${locale}|authorities`, () => authoritiesPage(ctx, deps.catalogue.current)));
    app.get<{ Params: { id: string } }>(`${seg('authorities')}/:id`, (req, reply) => {
      const view = deps.catalogue.current;
      const a = view.authorities.get(req.params.id);
      if (!a) throw notFound('authority');
      return page(req, reply, `${locale}|authority|${a.id}`, () => authorityPage(ctx, view, a));
    });
  }
}
