/** The glossary's part of the OpenAPI document (merged in http/openapi.ts). */
import { AGREEMENT_STATUSES, CERT_FIELDS, EQUIVALENCE_LEVELS } from './schema.ts';

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: object) => ({ type: 'array', items });
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const source = obj({ title: str, url: { type: 'string', format: 'uri' } });
const side = obj({ name: str, acronym: nstr, whatItIs: str, issuer: str, sources: { type: 'array', items: source, minItems: 1 } });

export const certificationSchemas = {
  CertificationSide: side,
  CertificationPair: obj({
    id: str,
    field: { enum: [...CERT_FIELDS] },
    us: ref('CertificationSide'),
    mx: ref('CertificationSide'),
    equivalence: obj({ level: { enum: [...EQUIVALENCE_LEVELS] }, difference: str }),
    agreement: obj({ status: { enum: [...AGREEMENT_STATUSES], description: 'yes: recognition in force; partial: one-way or limited; no: none in the official sources read; unconfirmed: to be confirmed.' }, name: nstr, note: nstr, sources: arr(source) }),
    procedures: arr(str),
    verifiedOn: { type: 'string', format: 'date' },
    url: { type: 'string', format: 'uri' },
  }),
};

const langParam = { name: 'lang', in: 'query', schema: { enum: ['es', 'en'], default: 'es' }, description: 'Language of the texts.' };
const errors = {
  '400': { description: 'An invalid parameter value; `error.parameter` names it.', content: { 'application/json': { schema: ref('Error') } } },
  '404': { description: 'Unknown id.', content: { 'application/json': { schema: ref('Error') } } },
};
const ok = (schema: object) => ({ '200': { description: 'OK', content: { 'application/json': { schema } } }, ...errors });

export const certificationPaths = {
  '/api/v1/glossary/certifications': {
    get: {
      summary: 'US ↔ Mexico certification and licence glossary',
      operationId: 'listCertifications',
      parameters: [langParam, { name: 'field', in: 'query', schema: { enum: [...CERT_FIELDS] }, description: 'Only the pairs of one field.' }],
      responses: ok(obj({ items: arr(ref('CertificationPair')), total: { type: 'integer' } })),
    },
  },
  '/api/v1/glossary/certifications/{id}': {
    get: { summary: 'One certification pair', operationId: 'getCertification', parameters: [{ name: 'id', in: 'path', required: true, schema: str }, langParam], responses: ok(ref('CertificationPair')) },
  },
  '/api/v1/export/certifications.csv': {
    get: { summary: 'One row per certification pair (CSV, UTF-8)', operationId: 'exportCertificationsCsv', responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: str } } } } },
  },
};
