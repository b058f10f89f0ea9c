/** The desk API's 400: every bad field named, in stable English phrases (the open API and the chat API). */
import { z } from 'zod';
import { HttpError } from '../http/errors.ts';
import { MESSAGE_MAX, MESSAGE_MIN } from './schema.ts';

/** The schema's message keys, as the API's stable English phrases. */
const PHRASES: Record<string, string> = {
  email: 'must be an e-mail address', messageShort: `must be at least ${MESSAGE_MIN} characters`, messageLong: `must be at most ${MESSAGE_MAX} characters`,
  tooLong: 'is too long', state: 'must be an INEGI state code 01–32', stateRequired: 'required', scian: 'must be a six-digit SCIAN 2023 class',
  procedure: 'must be a catalogue procedure id', procedureRequired: 'required', choice: 'is not one of the values', roadmap: 'is not a roadmap id',
};
export const invalid = (issues: z.core.$ZodIssue[]) => {
  // A nested field is named by its whole path (assistant.question), an unknown one with its parent's.
  const at = (i: z.core.$ZodIssue) => i.path.map(String);
  const fields = issues.map((i) => ({
    field: i.code === 'unrecognized_keys' ? i.keys.map((k) => [...at(i), k].join('.')).join(', ') : at(i).join('.') || 'body',
    message: i.code === 'unrecognized_keys' ? 'unknown field' : PHRASES[i.message] ?? (i.code === 'invalid_type' && i.input === undefined ? 'required' : i.message),
  }));
  return new HttpError(400, 'invalid_request', `Invalid request: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields[0]?.field, fields);
};
