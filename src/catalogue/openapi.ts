/**
 * The public contract of the catalogue API (OpenAPI 3.1). Contract tests
 * validate live responses against these schemas, so the document cannot drift.
 */
import { str, nstr, bool, int, ref, arr, obj, langParam, ok } from '../http/openapi-parts.ts';

const range = obj({ min: { type: 'number' }, max: { type: ['number', 'null'], description: 'null when the maximum is unknown (a variable cost without a ceiling)' } });

export const catalogueSchemas = {
  Error: obj({ error: obj({ code: str, message: str, parameter: str, fields: arr(obj({ field: str, message: str })) }, ['code', 'message']) }),
  AuthorityRef: obj({ id: str, name: str, acronym: nstr }),
  LegalRef: obj({ law: str, lawAcronym: nstr, lawName: nstr, article: nstr, unverified: bool }),
  Range: range,
  Totals: obj({ costMXN: ref('Range'), durationDays: ref('Range') }),
  ProcedureSummary: obj({
    id: str,
    slug: str,
    title: str,
    level: { enum: ['federal', 'state', 'municipal'] },
    phase: { enum: ['constitution', 'construction', 'operation'] },
    authority: ref('AuthorityRef'),
    url: { type: 'string', format: 'uri' },
  }),
  Duration: obj({ min: { type: 'number' }, max: { type: 'number' }, unit: { enum: ['business-days', 'calendar-days', 'hours'] } }),
  Cost: obj({
    kind: { enum: ['free', 'fixed', 'variable'] },
    concept: nstr,
    amountMXN: { type: ['number', 'null'] },
    minMXN: { type: ['number', 'null'] },
    maxMXN: { type: ['number', 'null'] },
    formula: nstr,
    year: { type: ['integer', 'null'] },
    note: nstr,
    unverified: bool,
    legalBasis: arr(ref('LegalRef')),
  }),
  Requirement: obj({ name: str, originals: { type: ['integer', 'null'] }, copies: { type: ['integer', 'null'] }, producedBy: nstr, note: nstr, unverified: bool, legalBasis: arr(ref('LegalRef')) }),
  Step: obj({
    order: int,
    title: str,
    description: nstr,
    channel: obj({ kind: { enum: ['online', 'in-person', 'online-or-in-person', 'notary', 'email', 'automatic'] }, url: nstr, note: nstr }),
    office: { oneOf: [{ type: 'null' }, obj({ id: str, name: str, authority: str, address: nstr, hours: nstr, phone: nstr, email: nstr, url: nstr, unverified: bool })] },
    requirements: arr(ref('Requirement')),
    costs: arr(ref('Cost')),
    timeframe: obj({
      waiting: ref('Duration'),
      atCounterMinutes: { type: ['integer', 'null'] },
      untilNextStep: { oneOf: [{ type: 'null' }, ref('Duration')] },
      legalDeadline: { oneOf: [{ type: 'null' }, obj({ days: int, unit: { enum: ['business-days', 'calendar-days'] } })] },
      tacitApproval: { enum: ['positive', 'negative', 'none', 'unknown'] },
      durationDays: ref('Range'),
      unverified: bool,
      note: nstr,
      legalBasis: arr(ref('LegalRef')),
    }),
    legalBasis: arr(ref('LegalRef')),
    recourse: nstr,
  }),
  Procedure: {
    allOf: [
      ref('ProcedureSummary'),
      obj({
        summary: str,
        whoNeedsIt: str,
        appliesWhen: { type: 'object', description: 'Machine-readable conditions of applicability (all/any/not, fact comparisons, scianIn).' },
        sectors: arr({ type: 'string', pattern: '^\\d{2,6}$' }),
        states: arr({ type: 'string', pattern: '^\\d{2}$' }),
        variesByState: nstr,
        outputs: arr(str),
        prerequisites: arr(str),
        officialCode: { oneOf: [{ type: 'null' }, obj({ code: str, unverified: bool })] },
        officialUrl: nstr,
        legalBasis: arr(ref('LegalRef')),
        steps: { type: 'array', items: ref('Step'), minItems: 1 },
        totals: ref('Totals'),
        caveats: arr(str),
        sources: arr(obj({ title: str, url: { type: 'string', format: 'uri' } })),
        verifiedOn: { type: 'string', format: 'date' },
        lastUpdated: { type: ['string', 'null'], format: 'date-time' },
        version: int,
      }),
    ],
  },
  Sector: obj({ slug: str, title: str, summary: str, priority: bool, scian: arr({ type: 'string', pattern: '^\\d{6}$' }), procedures: arr(str), notes: arr(str), url: { type: 'string', format: 'uri' } }),
  State: obj({
    code: { type: 'string', pattern: '^(0[1-9]|[12]\\d|3[0-2])$' },
    slug: str,
    name: str,
    shortName: str,
    secretariat: obj({ name: str, unverified: bool }, ['name', 'unverified']),
    oneStopShop: obj({ name: nstr, url: nstr, contact: nstr, description: str, unverified: bool }),
    payrollTax: obj({ ratePct: { type: ['number', 'null'] }, year: { type: ['integer', 'null'] }, note: nstr, unverified: bool }),
    procedures: arr(str),
    notes: arr(str),
    sources: arr(obj({ title: str, url: str })),
    verifiedOn: { type: 'string', format: 'date' },
    url: { type: 'string', format: 'uri' },
  }),
};

const list = (item: string) => obj({ items: arr(ref(item)), total: int });

export const cataloguePaths = {
  '/api/v1/procedures': {
    get: {
      summary: 'List procedures, filtered',
      operationId: 'listProcedures',
      parameters: [
        langParam,
        { name: 'level', in: 'query', schema: { enum: ['federal', 'state', 'municipal'] } },
        { name: 'phase', in: 'query', schema: { enum: ['constitution', 'construction', 'operation'] } },
        { name: 'sector', in: 'query', schema: str, description: 'A sector slug (see /api/v1/sectors).' },
        { name: 'state', in: 'query', schema: str, description: 'INEGI code 01–32 or state slug: procedures that apply in that state (federal ones included).' },
        { name: 'authority', in: 'query', schema: str, description: 'An authority id; includes its units.' },
      ],
      responses: ok(list('ProcedureSummary')),
    },
  },
  '/api/v1/procedures/{id}': {
    get: {
      summary: 'One procedure with its steps, by id or slug',
      operationId: 'getProcedure',
      parameters: [{ name: 'id', in: 'path', required: true, schema: str }, langParam],
      responses: ok(ref('Procedure')),
    },
  },
  '/api/v1/sectors': { get: { summary: 'Sector guides', operationId: 'listSectors', parameters: [langParam], responses: ok(list('Sector')) } },
  '/api/v1/sectors/{slug}': {
    get: { summary: 'One sector guide', operationId: 'getSector', parameters: [{ name: 'slug', in: 'path', required: true, schema: str }, langParam], responses: ok(ref('Sector')) },
  },
  '/api/v1/states': { get: { summary: 'The 32 states with their one-stop shop', operationId: 'listStates', parameters: [langParam], responses: ok(list('State')) } },
  '/api/v1/states/{code}': {
    get: { summary: 'One state, by INEGI code or slug', operationId: 'getState', parameters: [{ name: 'code', in: 'path', required: true, schema: str }, langParam], responses: ok(ref('State')) },
  },
  '/api/v1/export/catalogue.json': {
    get: { summary: 'The whole catalogue, both languages (bulk open data)', operationId: 'exportJson', responses: ok({ type: 'object' }) },
  },
  '/api/v1/export/catalogue.csv': {
    get: {
      summary: 'One row per procedure (CSV, UTF-8)',
      operationId: 'exportCsv',
      responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: str } } } },
    },
  },
};
