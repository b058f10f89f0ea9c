/** The public contract of GET /api/v1/opportunities (OpenAPI 3.1); contract tests check live responses against it. */
import { OPPORTUNITY_TYPES, INVESTMENT_TYPES } from './schema.ts';
import { str, nstr, bool, int, ref, arr, obj, langParam, ok } from '../http/openapi-parts.ts';


const rule = obj({ states: arr(str), scianPrefixes: arr(str), investment: arr({ enum: [...INVESTMENT_TYPES] }), text: str });

export const opportunitySchemas = {
  OpportunityRule: rule,
  Opportunity: obj({
    id: str,
    type: { enum: [...OPPORTUNITY_TYPES] },
    title: str,
    summary: str,
    instrument: obj({ name: str, dofDate: { type: ['string', 'null'], format: 'date' }, url: nstr, unverified: bool }),
    whoQualifies: str,
    gives: str,
    deadlines: obj({ application: nstr, validity: nstr, unverified: bool }),
    states: arr(obj({ code: str, name: str })),
    municipalities: arr(str),
    scian: arr(str),
    procedures: arr(obj({ id: str, title: str, url: { type: 'string', format: 'uri' } })),
    rule: { oneOf: [ref('OpportunityRule'), { type: 'null' }] },
    caveats: arr(str),
    sources: arr(obj({ title: str, url: str })),
    verifiedOn: { type: 'string', format: 'date' },
    url: { type: 'string', format: 'uri' },
  }),
  /** What a plan says the profile may qualify for, with the rule that matched. */
  PlanOpportunity: obj({ id: str, type: { enum: [...OPPORTUNITY_TYPES] }, title: str, url: { type: 'string', format: 'uri' }, rule: str, matched: obj({ states: arr(str), scianPrefix: str, investment: str }, []) }),
};


export const opportunityPaths = {
  '/api/v1/opportunities': {
    get: {
      summary: 'Economic opportunities: development corridors and poles, federal and state incentives',
      operationId: 'listOpportunities',
      parameters: [
        langParam,
        { name: 'type', in: 'query', schema: { enum: [...OPPORTUNITY_TYPES] } },
        { name: 'state', in: 'query', schema: str, description: 'INEGI code 01–32 or state slug: opportunities that apply there (nationwide ones included).' },
      ],
      responses: ok(obj({ items: arr(ref('Opportunity')), total: int })),
    },
  },
  '/api/v1/opportunities/{id}': {
    get: { summary: 'One economic opportunity', operationId: 'getOpportunity', parameters: [{ name: 'id', in: 'path', required: true, schema: str }, langParam], responses: ok(ref('Opportunity')) },
  },
  '/api/v1/export/opportunities.csv': {
    get: { summary: 'One row per opportunity, both languages (CSV, UTF-8)', operationId: 'exportOpportunitiesCsv', responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: str } } } } },
  },
};
