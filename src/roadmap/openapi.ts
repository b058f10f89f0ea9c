/** OpenAPI fragment: the roadmap and the foreign-investment check. */
import { str, nstr, bool, num, ref, arr, obj } from '../http/openapi-parts.ts';
const minMax = obj({ min: num, max: num });
const date = { type: 'string', format: 'date' };
const dateRange = obj({ earliest: date, latest: date });

export const roadmapSchemas = {
  Profile: {
    type: 'object',
    additionalProperties: false,
    required: ['scian', 'state'],
    properties: {
      lang: { enum: ['es', 'en'], default: 'es' },
      scian: { type: 'string', pattern: '^\\d{6}$', description: 'SCIAN 2023 six-digit class' },
      state: { type: 'string', pattern: '^(0[1-9]|[12]\\d|3[0-2])$', description: 'INEGI state code' },
      municipality: { type: 'string', maxLength: 120 },
      foreignPct: { type: 'number', minimum: 0, maximum: 100, default: 0 },
      entry: { enum: ['new-company', 'branch', 'acquisition'], default: 'new-company' },
      acquisitionAssetsMXN: { type: 'number', minimum: 0, default: 0, description: 'Total assets of the company acquired (LIE art. 9)' },
      employees: { type: 'integer', minimum: 0, default: 0 },
      foreignStaff: { type: 'integer', minimum: 0, default: 0, description: 'At most `employees`' },
      imports: { type: 'boolean', default: false },
      exports: { type: 'boolean', default: false },
      temporaryImports: { type: 'boolean', default: false, description: 'Temporary imports for export manufacturing (IMMEX)' },
      facility: { enum: ['none', 'adapt', 'build'], default: 'none' },
      risk: { enum: ['unknown', 'low', 'medium-high'], default: 'unknown', description: "The activity's municipal risk level (SARE low-risk catalogue); decides the operating-licence route" },
      startDate: { type: 'string', format: 'date', description: 'Day 0 of the plan; default: the next business day in Mexico City' },
      restrictedZone: { type: 'boolean', default: false },
      healthProducts: { type: 'boolean', default: false },
      powerMW: { type: 'number', minimum: 0, default: 0 },
      federalEnvironmentalWorks: { type: 'boolean', default: false },
      federalEmissionSource: { type: 'boolean', default: false },
      waterUse: { type: 'boolean', default: false },
      specialisedServices: { type: 'boolean', default: false },
      projectUSD: { type: 'number', minimum: 0, default: 0 },
    },
  },
  ForeignInvestment: obj({
    scian: str,
    foreignPct: num,
    status: { enum: ['allowed', 'capped', 'approval-required', 'reserved-state', 'reserved-mexicans'] },
    maxForeignPct: num,
    permitted: bool,
    requiresCNIE: bool,
    rnie: obj({ required: bool, deadlineBusinessDays: { type: 'integer' } }),
    neutralInvestment: obj({ available: bool, text: str }),
    activities: arr(obj({ rule: str, activity: str, partial: nstr, unverified: bool })),
    articles: arr(obj({ law: str, article: str, fraction: nstr, reformedOn: { type: 'string', format: 'date' }, text: str, unverified: bool })),
    notes: arr(str),
  }),
  Roadmap: obj({
    id: str,
    url: { type: 'string', format: 'uri' },
    lang: { enum: ['es', 'en'] },
    profile: { type: 'object' },
    catalogueRevision: { type: 'integer' },
    procedures: arr(obj({
      id: str, title: str, level: { enum: ['federal', 'state', 'municipal'] }, phase: { enum: ['constitution', 'construction', 'operation'] },
      authority: obj({ id: str, name: str }), after: arr(str), startDay: minMax, endDay: minMax, durationDays: minMax,
      costMXN: ref('Range'), critical: bool, url: { type: 'string', format: 'uri' },
      optional: { type: 'boolean', description: 'Recommended, not required: off the critical path and the required totals' },
      insteadOf: { ...arr(str), description: 'Other procedures of its alternative group, not scheduled' },
      startDate: dateRange, endDate: dateRange,
    })),
    obligations: arr(obj({ id: str, title: str, every: { enum: ['month', 'bimonth', 'quarter', 'year'] }, url: str })),
    criticalPath: arr(str),
    startDate: date,
    totals: obj({ costMXN: ref('Range'), durationDays: minMax, endDate: dateRange, recommendedCostMXN: ref('Range') }),
    assumptions: obj({ risk: obj({ value: str, derived: bool }) }),
    documents: {
      ...arr(obj({ id: str, name: str, askedAs: arr(str), neededBy: arr(str), producedBy: nstr, producedInPlan: bool })),
      description: 'One entry per real document (by the procedure that produces it, or the document registry); askedAs lists the other names procedures use for it',
    },
    sectorGaps: {
      ...arr(obj({
        procedure: str, title: str, sector: str,
        answers: arr(obj({ fact: str, value: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] } })),
        addWith: { oneOf: [{ type: 'null' }, obj({ fact: str, value: { const: true } })] },
        otherClass: bool,
        expected: { oneOf: [{ type: 'null' }, obj({ fact: str, reason: str, legalBasis: arr({ type: 'object' }) })] },
      })),
      description: 'Procedures the sector guides of this activity list that the plan leaves out: the answers that did, the yes/no answer that would add each, and whether the law says the industry needs it',
    },
    foreignInvestment: ref('ForeignInvestment'),
    opportunities: { ...arr(ref('PlanOpportunity')), description: 'Economic opportunities whose rule the profile meets (“you may qualify for …”), with the rule in words and the parts that matched' },
    state: { oneOf: [{ type: 'null' }, { type: 'object' }] },
  }),
  RoadmapComparison: obj({
  lang: { enum: ['es', 'en'] },
  profile: { type: 'object', description: 'The profile compared (its state is each column’s)' },
  catalogueRevision: { type: 'integer' },
  states: arr(obj({
    state: str, name: str, roadmapId: str, url: { type: 'string', format: 'uri' },
    procedures: { type: 'integer', description: 'Required procedures' }, recommended: { type: 'integer' },
    durationDays: minMax, endDate: dateRange, criticalPath: arr(str), costMXN: ref('Range'),
    costsToConfirm: { type: 'integer', description: 'Required procedures whose cost is still to be confirmed' },
    payrollTax: { oneOf: [{ type: 'null' }, obj({ ratePct: { type: ['number', 'null'] }, year: { type: ['integer', 'null'] }, unverified: bool })] },
    oneStopShop: { oneOf: [{ type: 'null' }, obj({ name: nstr, url: nstr, unverified: bool })] },
  })),
}),
};

const profileError = {
  description: 'Invalid profile: `error.fields` lists every bad field.',
  content: { 'application/json': { schema: ref('Error') } },
};

export const roadmapPaths = {
  '/api/v1/roadmaps/compare': {
    post: {
      summary: 'Compare the same profile in 2–4 states',
      description: 'Builds the whole plan for each state and returns, side by side, the number of procedures, the critical-path duration, the known costs, the payroll tax and the state investor desk. `profile.state` may be omitted.',
      operationId: 'compareRoadmaps',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: obj({ profile: { type: 'object' }, states: { ...arr(str), minItems: 2, maxItems: 4 }, lang: { enum: ['es', 'en'] } }) } },
      },
      responses: { '200': { description: 'One column per state', content: { 'application/json': { schema: ref('RoadmapComparison') } } }, '400': profileError },
    },
  },
  '/api/v1/roadmaps': {
    post: {
      summary: 'Compute a roadmap for an investor profile',
      description: 'Selects the procedures whose conditions match, orders them by prerequisites, schedules them in business days, and checks foreign-ownership rules. The id encodes the profile: GET it any time for the plan against the current catalogue.',
      operationId: 'createRoadmap',
      requestBody: { required: true, content: { 'application/json': { schema: ref('Profile') } } },
      responses: { '201': { description: 'Created', content: { 'application/json': { schema: ref('Roadmap') } } }, '400': profileError },
    },
  },
  '/api/v1/roadmaps/{id}': {
    get: {
      summary: 'A roadmap again, by id',
      operationId: 'getRoadmap',
      parameters: [{ name: 'id', in: 'path', required: true, schema: str }, { name: 'lang', in: 'query', schema: { enum: ['es', 'en'], default: 'es' } }],
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref('Roadmap') } } }, '404': { description: 'Unknown id', content: { 'application/json': { schema: ref('Error') } } } },
    },
  },
  '/api/v1/foreign-investment': {
    get: {
      summary: 'The Ley de Inversión Extranjera check for an activity and a foreign share',
      operationId: 'checkForeignInvestment',
      parameters: [
        { name: 'scian', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{6}$' } },
        { name: 'pct', in: 'query', required: true, schema: { type: 'number', minimum: 0, maximum: 100 } },
        { name: 'entry', in: 'query', schema: { enum: ['new-company', 'branch', 'acquisition'] } },
        { name: 'assets', in: 'query', schema: { type: 'number', minimum: 0 }, description: 'Total assets (MXN) of the company acquired' },
        { name: 'restrictedZone', in: 'query', schema: { enum: ['true', 'false'] } },
        { name: 'lang', in: 'query', schema: { enum: ['es', 'en'], default: 'es' } },
      ],
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref('ForeignInvestment') } } }, '400': profileError },
    },
  },
};
