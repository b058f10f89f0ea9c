/**
 * Search parameters, validated with zod. Built once at module load: building
 * zod schemas per request costs more than the search itself.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { LEVELS } from '../catalogue/schema.ts';
import { DOC_TYPES } from './documents.ts';

export const MAX_QUERY_LENGTH = 200;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WORD = /[\p{L}\p{N}]/u;

/** Why a query was refused: the key of the message shown on the search page. */
export type QueryProblem = 'required' | 'tooLong' | 'noWords' | 'invalid';

/** The message of each refusal names the problem; the HTML page maps it back to its own words. */
export const QUERY_MESSAGES: Record<QueryProblem, string> = {
  required: 'required: the words to search for',
  tooLong: `must be at most ${MAX_QUERY_LENGTH} characters`,
  noWords: 'must contain at least one letter or digit',
  invalid: 'must not contain control characters',
};

export const queryText = z
  .string({ error: (i) => (i.input === undefined ? QUERY_MESSAGES.required : 'must be a single string') })
  .trim()
  .min(1, QUERY_MESSAGES.required)
  .max(MAX_QUERY_LENGTH, QUERY_MESSAGES.tooLong)
  .refine((s) => !CONTROL.test(s), QUERY_MESSAGES.invalid)
  .refine((s) => WORD.test(s), QUERY_MESSAGES.noWords);

export const problemOf = (message: string): QueryProblem =>
  (Object.entries(QUERY_MESSAGES).find(([, m]) => message.endsWith(m))?.[0] as QueryProblem | undefined) ?? 'invalid';

const lang = z.enum(LOCALES).default('es');
const type = z.enum(DOC_TYPES).optional();
const level = z.enum(LEVELS).optional();

export const searchApiQuery = z.object({
  q: queryText,
  lang,
  type,
  level,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const suggestApiQuery = z.object({ q: queryText, lang });

/** The results page: q is optional (no q shows the empty search form). */
export const searchPageQuery = z.object({ q: queryText.optional(), type, level });
