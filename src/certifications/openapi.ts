/** The glossary's part of the OpenAPI document (merged in http/openapi.ts). */
import { AGREEMENT_STATUSES, CERT_FIELDS, EQUIVALENCE_LEVELS } from './schema.ts';
import { str, nstr, ref, arr, obj, langParam, ok } from '../http/openapi-parts.ts';

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
