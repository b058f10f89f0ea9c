/** GET /metrics (Prometheus text format), for the allowed addresses or the bearer token only (access.ts). */
import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { AppDeps } from '../app.ts';
import { HttpError } from '../http/errors.ts';
import { metricsAccess } from './access.ts';
import { appMetrics } from './app-metrics.ts';
import { processRegistry } from './process.ts';

export const METRICS_PATH = '/metrics';

export async function metricsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const metrics = appMetrics(deps.db, deps.cache);
  const allowed = metricsAccess(deps.config);
  app.addHook('onResponse', (req, reply, done) => {
    metrics.request(req.method, req.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  app.get(METRICS_PATH, async (req, reply) => {
    if (!allowed(req.ip, req.headers.authorization)) throw new HttpError(404, 'not_found', 'not found');
    const registry = Registry.merge([metrics.registry, processRegistry]);
    return reply.header('Cache-Control', 'no-store').type(registry.contentType).send(await registry.metrics());
  });
}
