/**
 * The search API contract (OpenAPI 3.1), merged into the document by
 * src/http/openapi.ts. Contract tests validate live responses against it.
 */
import { LEVELS } from '../catalogue/schema.ts';
import { DOC_TYPES } from './documents.ts';
import { MAX_QUERY_LENGTH } from './schema.ts';
import { str, ref } from '../http/openapi-parts.ts';

const error400 = { description: 'Invalid parameter (named in `error.parameter`): empty, longer than 200 characters, no letter or digit, control characters, given twice, or unknown.', content: { 'application/json': { schema: ref('Error') } } };

const q = {
  name: 'q', in: 'query', required: true,
  description: `The words to search for, in Spanish or English (accents, case and small typos do not matter). 1–${MAX_QUERY_LENGTH} characters with at least one letter or digit.`,
  schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
};
const lang = { name: 'lang', in: 'query', description: 'Language of titles, snippets and URLs (the query itself may be in either).', schema: { enum: ['es', 'en'], default: 'es' } };

export const searchSchemas = {
  SearchResult: {
    type: 'object',
    required: ['type', 'id', 'title', 'snippet', 'url', 'score'],
    properties: {
      type: { enum: [...DOC_TYPES], description: 'What was found: a procedure, a step of one, a sector, a glossary term, an authority, a state, a law, a SCIAN 2023 class or a US ↔ Mexico certification pair.' },
      id: { ...str, description: 'The id of what was found (procedure id, `procedure-id/step-N`, sector slug, glossary term id, authority id, INEGI state code, law id, SCIAN code).' },
      title: str,
      snippet: { ...str, description: 'A short passage of the text that matched (plain text).' },
      url: { type: 'string', format: 'uri', description: 'Where to read it (a page of this site, or the official text of a law).' },
      score: { type: 'number', description: 'Relevance; only comparable within one response.' },
    },
  },
  SearchResults: {
    type: 'object',
    required: ['items', 'total'],
    properties: { items: { type: 'array', items: ref('SearchResult') }, total: { type: 'integer', description: 'How many results match (items holds at most `limit`).' } },
  },
  Suggestion: {
    type: 'object',
    required: ['type', 'id', 'title', 'url'],
    properties: { type: { enum: [...DOC_TYPES] }, id: str, title: str, url: { type: 'string', format: 'uri' } },
  },
  Suggestions: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 8, items: ref('Suggestion') } } },
};

export const searchPaths = {
  '/api/v1/search': {
    get: {
      summary: 'Search the catalogue, the glossary and the SCIAN classes',
      description: 'Bilingual, accent-insensitive, stemmed and typo-tolerant; a term in one language also finds what uses its glossary equivalent in the other (tax ID ↔ RFC). Results are best first; a change published to the catalogue is searchable within a second.',
      parameters: [
        q, lang,
        { name: 'type', in: 'query', description: 'Only results of this type.', schema: { enum: [...DOC_TYPES] } },
        { name: 'level', in: 'query', description: 'Only results of this level of government (procedures, their steps, authorities, states).', schema: { enum: [...LEVELS] } },
        { name: 'limit', in: 'query', description: 'How many results to return.', schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
      ],
      responses: { 200: { description: 'Results', content: { 'application/json': { schema: ref('SearchResults') } } }, 400: error400 },
    },
  },
  '/api/v1/suggest': {
    get: {
      summary: 'Type-ahead suggestions',
      description: 'Up to 8 titles matching what has been typed so far (the last word as a prefix), for search-as-you-type.',
      parameters: [q, lang],
      responses: { 200: { description: 'Suggestions', content: { 'application/json': { schema: ref('Suggestions') } } }, 400: error400 },
    },
  },
};
