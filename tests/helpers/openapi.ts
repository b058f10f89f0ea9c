/** Validates responses against the schemas of our own OpenAPI document (contract tests). */
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '#src/http/openapi.ts';
import { TEST_PUBLIC_URL } from './app.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: 'openapi', components: openApiDocument(TEST_PUBLIC_URL).components });

export function assertMatchesSchema(name: string, data: unknown): void {
  const v = ajv.getSchema(`openapi#/components/schemas/${name}`);
  assert.ok(v, `no schema ${name} in the OpenAPI document`);
  assert.ok(v(data), `${name} does not match the OpenAPI schema: ${ajv.errorsText(v.errors)}`);
}
