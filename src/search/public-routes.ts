/** Search results and glossary pages, in both locales (HTML, work without JavaScript). */
import type { FastifyInstance } from 'fastify';
import { LOCALES, SEGMENTS, type Locale } from '../i18n/locale.ts';
import { parseQuery } from '../http/query.ts';
import { HttpError } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { PageContext } from '../web/layout.ts';
import type { AppDeps } from '../app.ts';
import type { SearchService } from './service.ts';
import { problemOf, searchPageQuery } from './schema.ts';
import { searchMessages } from './locales/index.ts';
import { searchPage, type SearchPageState } from './views/search-page.ts';
import { glossaryPage } from './views/glossary-page.ts';

const HTML = 'text/html; charset=utf-8';

export async function publicSearchRoutes(app: FastifyInstance, deps: AppDeps, search: SearchService): Promise<void> {
  for (const locale of LOCALES) {
    const ctx: PageContext = { locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets };

    app.get(`/${locale}/${SEGMENTS.search[locale]}`, (req, reply) => {
      reply.type(HTML).header('Cache-Control', 'no-cache');
      let state: SearchPageState;
      try {
        state = parseQuery(searchPageQuery, req.query);
      } catch (e) {
        // A refused parameter re-renders the form with the message in the visitor's language.
        if (!(e instanceof HttpError) || !e.parameter) throw e;
        return reply.code(400).send(searchPage(ctx, refused(locale, e.parameter, e.message, req.query)).value);
      }
      if (state.q) state.outcome = search.search(state.q, { type: state.type, level: state.level });
      return reply.send(searchPage(ctx, state).value);
    });

    app.get(`/${locale}/${SEGMENTS.glossary[locale]}`, (req, reply) => {
      const view = deps.catalogue.current;
      const entry = deps.cache.get(`${view.revision}|${locale}|glossary`, HTML, () => glossaryPage(ctx, view, search.glossary).value);
      return sendCached(req, reply, entry);
    });
  }
}

function refused(locale: Locale, parameter: string, message: string, query: unknown): SearchPageState {
  const t = searchMessages(locale).page;
  const raw = (query ?? {}) as Record<string, unknown>;
  // Keep what was typed (when it was one string) so it can be corrected.
  const q = typeof raw.q === 'string' ? raw.q.slice(0, 400).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ') : undefined;
  if (parameter === 'q') return { q, error: { field: 'q', message: t.errors[problemOf(message)] } };
  const field = parameter === 'type' ? 'type' : 'level';
  return { q, error: { field, message: t.errors.filter(t[field]) } };
}
