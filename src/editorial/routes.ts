/** Every editorial route (pages and staff API), registered inside the staff plugin. */
import type { FastifyInstance } from 'fastify';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { editorialApiRoutes } from './api-routes.ts';
import { draftRoutes } from './draft-routes.ts';
import { procedureRoutes } from './procedure-routes.ts';
import { referenceRoutes } from './reference-routes.ts';
import { stateRoutes } from './state-routes.ts';

export async function editorialRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  await procedureRoutes(app, d);
  await stateRoutes(app, d);
  await referenceRoutes(app, d);
  await draftRoutes(app, d);
  await editorialApiRoutes(app, d);
}
