/** The directory's part of /openapi.json. */
import { CAPABILITY_KEYS, CERTIFICATION_KEYS, DIRECTORY_SECTORS, ENTRY_TYPES } from './schema.ts';

const str = { type: 'string' };
const nullable = { type: ['string', 'null'] };
const arr = (items: object) => ({ type: 'array', items });
const obj = (properties: Record<string, object>) => ({ type: 'object', properties });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const langParam = { name: 'lang', in: 'query', schema: { enum: ['es', 'en'], default: 'es' }, description: 'Language of the texts.' };
const errors = {
  '400': { description: 'An invalid parameter value; `error.parameter` names it.', content: { 'application/json': { schema: ref('Error') } } },
  '404': { description: 'Unknown id (or an entry not published).', content: { 'application/json': { schema: ref('Error') } } },
};

export const directorySchemas = {
  DirectoryEntry: obj({
    id: str,
    type: { enum: [...ENTRY_TYPES] },
    name: str,
    description: nullable,
    state: obj({ code: str, name: nullable }),
    municipality: nullable,
    scian: arr(str),
    sectors: arr({ enum: [...DIRECTORY_SECTORS] }),
    capabilities: arr(obj({ code: { enum: [...CAPABILITY_KEYS] }, name: str })),
    certifications: arr(obj({ code: { enum: [...CERTIFICATION_KEYS] }, name: str, evidence: nullable })),
    exportExperience: nullable,
    contact: obj({ email: nullable, phone: nullable }),
    website: nullable,
    sources: arr(obj({ title: str, url: str })),
    verification: obj({ status: { enum: ['verified'] }, verifiedOn: { type: 'string', format: 'date' } }),
    url: { type: 'string', format: 'uri' },
  }),
};

export const directoryPaths = {
  '/api/v1/directory': {
    get: {
      summary: 'Directory of suppliers, industrial parks, clusters and research/training centres (published, verified entries only)',
      operationId: 'listDirectory',
      parameters: [
        langParam,
        { name: 'q', in: 'query', schema: str, description: 'Words in the name, municipality or description.' },
        { name: 'type', in: 'query', schema: { enum: [...ENTRY_TYPES] } },
        { name: 'sector', in: 'query', schema: { enum: [...DIRECTORY_SECTORS] }, description: 'A catalogue sector slug.' },
        { name: 'state', in: 'query', schema: str, description: 'INEGI state code 01–32.' },
        { name: 'capability', in: 'query', schema: { enum: [...CAPABILITY_KEYS] } },
        { name: 'certification', in: 'query', schema: { enum: [...CERTIFICATION_KEYS] } },
      ],
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: obj({ items: arr(ref('DirectoryEntry')), total: { type: 'integer' } }) } } }, ...errors },
    },
  },
  '/api/v1/directory/{id}': {
    get: {
      summary: 'One directory entry',
      operationId: 'getDirectoryEntry',
      parameters: [{ name: 'id', in: 'path', required: true, schema: str }, langParam],
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref('DirectoryEntry') } } }, ...errors },
    },
  },
  '/api/v1/export/directory.csv': {
    get: { summary: 'One row per published directory entry (CSV, UTF-8)', operationId: 'exportDirectoryCsv', responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: str } } } } },
  },
};
