/** Assembles the OpenAPI document from each domain's paths and schemas. */
import { catalogueSchemas, cataloguePaths } from '../catalogue/openapi.ts';
import { roadmapPaths, roadmapSchemas } from '../roadmap/openapi.ts';
import { searchPaths, searchSchemas } from '../search/openapi.ts';
import { deskPaths, deskSchemas, deskSecuritySchemes } from '../desk/openapi.ts';
import { dashboardPaths, dashboardSchemas } from '../dashboard/openapi.ts';
import { certificationPaths, certificationSchemas } from '../certifications/openapi.ts';
import { assistantPaths, assistantSchemas } from '../assistant/openapi.ts';

export function openApiDocument(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ventanilla open API',
      version: '1.0.0',
      description:
        'The catalogue of procedures for investing in Mexico, in Spanish and English. Stable contract: fields are only ever added in v1. ' +
        'Errors are `{"error":{"code","message","parameter"?}}`; an invalid parameter value is a 400 that names the parameter.',
      license: { name: 'CC-BY-4.0 (data), MIT (software)' },
    },
    servers: [{ url: publicUrl }],
    paths: { ...cataloguePaths, ...roadmapPaths, ...searchPaths, ...deskPaths, ...dashboardPaths, ...certificationPaths, ...assistantPaths },
    components: { schemas: { ...catalogueSchemas, ...roadmapSchemas, ...searchSchemas, ...deskSchemas, ...dashboardSchemas, ...certificationSchemas, ...assistantSchemas }, securitySchemes: deskSecuritySchemes },
  };
}
