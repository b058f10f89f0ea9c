/** The dashboard's open data contract (OpenAPI 3.1), merged into the document by src/http/openapi.ts. */
import { CSV_TABLES } from './presenters.ts';
import { CHANNELS, KINDS } from './figures.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Counts of 1–4 are published as null ("< 5" on the page and in CSV). */
const count = { type: ['integer', 'null'], minimum: 0, description: 'A count; null when 1 to 4 (suppressed, shown as "< 5").' } as const;
const hours = { type: ['number', 'null'], description: 'Business hours (Mexico City 09:00–18:00, business days); null when fewer than 5 cases.' } as const;
const share = { type: ['number', 'null'], minimum: 0, maximum: 1, description: 'A fraction; null when computed from fewer than 5.' } as const;
const obj = (properties: Record<string, unknown>) => ({ type: 'object', required: Object.keys(properties), properties });

export const dashboardSchemas = {
  Stats: {
    ...obj({
      computedAt: { type: 'string', format: 'date-time', description: 'When the figures were computed (every 15 minutes).' },
      since: { type: 'string', format: 'date', description: 'First day (Mexico City) of the oldest month counted.' },
      targetHours: { type: 'number', description: 'First-response target, in business hours.' },
      receivedByMonth: { type: 'array', items: obj({ month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, ...Object.fromEntries(CHANNELS.map((c) => [c, count])), total: count }) },
      receivedByState: { type: 'array', items: obj({ state: { type: ['string', 'null'], description: 'INEGI state code; null: no state (federal or general).' }, count }) },
      receivedByTopic: { type: 'array', items: obj({ topic: { enum: [...KINDS] }, count }) },
      firstResponse: obj({ cases: count, medianHours: hours, p90Hours: hours, withinTarget: count, due: { ...count, description: 'Answered, plus still unanswered past the target: the share\'s denominator.' }, shareWithinTarget: share }),
      resolution: obj({ cases: count, medianHours: hours, p90Hours: hours }),
      satisfaction: obj({ ratings: count, average: { type: ['number', 'null'] }, byScore: { type: 'array', items: obj({ score: { type: 'integer', minimum: 1, maximum: 5 }, count }) } }),
      catalogue: obj({
        procedures: { type: 'integer' },
        verifiedLast6Months: { type: 'integer' },
        verifiedLast12Months: { type: 'integer' },
        shareVerifiedLast6Months: share,
        shareVerifiedLast12Months: share,
        openErrorReports: count,
        openErrorReportsMedianAgeDays: { type: ['number', 'null'] },
      }),
      pageFeedback: {
        type: 'array',
        description: '"Was this page useful?" answers per site section since `since`.',
        items: obj({ section: { type: 'string', description: "The site section: 'home' or a section key (procedures, sectors, states, roadmap, …)." }, yes: count, no: count, answers: count, shareUseful: share }),
      },
      searchesWithoutResults: { type: 'array', description: 'The 20 most frequent unfiltered searches that found nothing in the last 30 days, normalised, counted 5 times or more.', items: obj({ query: { type: 'string' }, count: { type: 'integer', minimum: 5 } }) },
    }),
    description: 'The public service dashboard\'s figures: aggregates only, no personal data.',
  },
};

const notReady = { description: 'The figures are being computed for the first time.', content: { 'application/json': { schema: ref('Error') } } };

export const dashboardPaths = {
  '/api/v1/stats': {
    get: {
      summary: 'The public service dashboard\'s figures',
      description: 'Requests and chats received, response and resolution times in business hours, satisfaction, catalogue freshness, searches without results. Recomputed every 15 minutes.',
      responses: { 200: { description: 'The figures.', content: { 'application/json': { schema: ref('Stats') } } }, 503: notReady },
    },
  },
  '/api/v1/stats/{table}': {
    get: {
      summary: 'One table of the dashboard as CSV',
      description: 'The same figures as `/api/v1/stats`; a suppressed count is `<5`, a withheld figure an empty cell.',
      parameters: [{ name: 'table', in: 'path', required: true, schema: { enum: CSV_TABLES.map((t) => `${t}.csv`) } }],
      responses: { 200: { description: 'CSV with a header row.', content: { 'text/csv': { schema: { type: 'string' } } } }, 404: { description: 'No such table.', content: { 'application/json': { schema: ref('Error') } } }, 503: notReady },
    },
  },
};
