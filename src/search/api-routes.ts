/** Search API v1: full results and type-ahead suggestions, JSON, one language per request. */
import type { FastifyInstance } from 'fastify';
import { parseQuery } from '../http/query.ts';
import type { AppDeps } from '../app.ts';
import type { SearchService } from './service.ts';
import { searchApiQuery, suggestApiQuery } from './schema.ts';
import { presentHit, presentSuggestion } from './presenters.ts';

const SUGGESTIONS = 8;

export async function apiSearchRoutes(app: FastifyInstance, deps: AppDeps, search: SearchService): Promise<void> {
  const base = deps.config.PUBLIC_URL;

  app.get('/api/v1/search', (req, reply) => {
    const q = parseQuery(searchApiQuery, req.query, { strict: true });
    const found = search.search(q.q, { type: q.type, level: q.level });
    // Results follow the catalogue, which may change at any moment: revalidate every time.
    reply.header('Cache-Control', 'no-cache');
    return { items: found.top(q.limit).map((h) => presentHit(h, q.lang, base)), total: found.total };
  });

  app.get('/api/v1/suggest', (req, reply) => {
    const q = parseQuery(suggestApiQuery, req.query, { strict: true });
    reply.header('Cache-Control', 'no-cache');
    return { items: search.index().suggest(q.q, SUGGESTIONS).map((h) => presentSuggestion(h, q.lang, base)) };
  });
}
