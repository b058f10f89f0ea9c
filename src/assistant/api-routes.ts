/**
 * The assistant's open API: POST /api/v1/assistant/answers with {question, lang?, context?} → Answer.
 * Reads only the published catalogue and the search index (no write, no database), so the route is
 * thin: validate, answer, return. Its own scope with a per-minute rate limit, like the other public
 * endpoints; a bad field is a 400 that names it.
 */
import type { FastifyInstance } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import type { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { HttpError } from '../http/errors.ts';
import type { SearchService } from '../search/service.ts';
import { AssistantRequest } from './schema.ts';
import { answerQuestion, warmUp } from './service.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const Body = AssistantRequest.strict();

/** Each invalid field named (its dotted path), in stable English phrases. */
function invalid(issues: z.core.$ZodIssue[]): HttpError {
  const fields = issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ field: [...i.path, k].join('.'), message: 'unknown field' }))
      : [{ field: i.path.length ? i.path.join('.') : 'body', message: i.code === 'invalid_type' && i.input === undefined ? 'required' : i.message }],
  );
  return new HttpError(400, 'invalid_request', `Invalid request: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields[0]?.field, fields);
}

export async function apiAssistantRoutes(app: FastifyInstance, deps: AppDeps, search: SearchService): Promise<void> {
  // Once the server listens, and after each catalogue change (after the search index's own rebuild):
  // the first question over a new view is then as fast as the next ones.
  const warm = () => setImmediate(() => {
    try {
      warmUp(deps.catalogue.current, search);
    } catch (err) {
      app.log.error({ err }, 'assistant warm-up failed');
    }
  });
  app.addHook('onListen', async () => warm());
  const unsubscribe = deps.catalogue.onChange(() => setImmediate(warm));
  app.addHook('onClose', async () => unsubscribe());

  await app.register(async (scope) => {
    await scope.register(fastifyRateLimit, { global: false, errorResponseBuilder: () => new HttpError(429, 'rate_limited', 'too many requests; wait a minute') });
    scope.post('/api/v1/assistant/answers', { config: { rateLimit: { max: deps.config.ASSISTANT_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } } }, (req, reply) => {
      if (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) throw new HttpError(400, 'invalid_request', 'Invalid request: body must be a JSON object', 'body');
      const parsed = Body.safeParse(req.body);
      if (!parsed.success) throw invalid(parsed.error.issues);
      const answer = answerQuestion(deps.catalogue.current, search, parsed.data);
      // Follows the catalogue, which may change at any moment; answers depend on the question: never cached.
      return reply.type(JSON_TYPE).header('Cache-Control', 'no-store').send(answer);
    });
  });
}
