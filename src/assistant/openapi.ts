/** The assistant API contract (OpenAPI 3.1), merged into the document by src/http/openapi.ts. */
import { MAX_QUESTION_LENGTH } from './schema.ts';
import { str, ref } from '../http/openapi-parts.ts';

const context = {
  type: 'object',
  additionalProperties: false,
  description: 'What the previous turn was about (send back the `context` of the last answer): a follow-up such as “and in Jalisco?” keeps its topic.',
  properties: {
    state: { ...str, maxLength: 60, description: 'INEGI state code (01–32).' },
    sector: { ...str, maxLength: 100, description: 'Sector guide slug.' },
    planId: { ...str, maxLength: 100, description: 'Roadmap (plan) id.' },
    procedureId: { ...str, maxLength: 100, description: 'Catalogue procedure id.' },
    intent: { ...str, maxLength: 40, description: 'What was asked last, as understood (cost, time, documents, office, online, legal, who, term, project, foreign-ownership, payroll-tax, overview).' },
    previousQuestion: { ...str, maxLength: MAX_QUESTION_LENGTH },
  },
};

export const assistantSchemas = {
  AssistantQuestion: {
    type: 'object',
    required: ['question'],
    additionalProperties: false,
    properties: {
      question: { ...str, minLength: 1, maxLength: MAX_QUESTION_LENGTH, description: 'The question, in Spanish or English.' },
      lang: { enum: ['es', 'en'], description: 'Language of the answer; detected from the question when absent.' },
      context,
    },
  },
  AssistantCitation: {
    type: 'object',
    required: ['url'],
    properties: {
      url: { ...str, description: 'A path on this site (a procedure page, with `#step-N` for a step; a state, sector or glossary page) or an official URL (a law’s text).' },
      procedureId: str,
      step: { type: 'integer', minimum: 1 },
      law: { ...str, description: 'Catalogue law id (e.g. `lie`).' },
      article: str,
      verifiedOn: { ...str, format: 'date', description: 'When the cited content was last verified.' },
    },
  },
  AssistantFact: {
    type: 'object',
    required: ['text', 'citation'],
    properties: {
      text: { ...str, description: 'One fact from the catalogue, in the answer’s language.' },
      citation: ref('AssistantCitation'),
      unconfirmed: { type: 'boolean', description: 'The catalogue flags this fact “to be confirmed”; the text says so.' },
    },
  },
  AssistantAnswer: {
    type: 'object',
    required: ['lang', 'answer', 'facts', 'confidence', 'context'],
    properties: {
      lang: { enum: ['es', 'en'] },
      answer: { ...str, description: 'A short direct answer. Every number and proper name in it occurs in `facts`.' },
      facts: { type: 'array', items: ref('AssistantFact') },
      confidence: { type: 'number', minimum: 0, maximum: 1, description: 'How sure the engine is that it understood the question.' },
      handoff: {
        type: 'object',
        required: ['reason', 'question'],
        description: 'Present when the assistant does not answer: hand the visitor to a person (a chat or a desk request) with the question attached.',
        properties: { reason: { enum: ['out-of-scope', 'not-found', 'personal-data', 'injection', 'opinion'] }, question: str },
      },
      context: { ...context, additionalProperties: true, description: 'Send it with the next question so that a follow-up keeps the topic.' },
    },
  },
};

export const assistantPaths = {
  '/api/v1/assistant/answers': {
    post: {
      summary: 'Ask the catalogue assistant',
      description:
        'Answers a question about the catalogue (cost, time, documents, office and hours, online service, legal basis, who needs it, foreign ownership, a term, the procedures of a sector, the payroll tax of a state) from the published catalogue only, with each fact’s citation. No generative model. ' +
        'Questions outside the catalogue, opinions, personal data and attempts to change its instructions get a refusal with a `handoff`. Rate-limited per client address.',
      requestBody: { required: true, content: { 'application/json': { schema: ref('AssistantQuestion') } } },
      responses: {
        200: { description: 'The answer (or the refusal with its handoff)', content: { 'application/json': { schema: ref('AssistantAnswer') } } },
        400: { description: 'Invalid field (named in `error.parameter` and `error.fields`): question missing, empty or too long, unknown language, unknown field.', content: { 'application/json': { schema: ref('Error') } } },
        429: { description: 'Too many questions from this address; wait a minute.', content: { 'application/json': { schema: ref('Error') } } },
      },
    },
  },
};
