/**
 * One gate for every piece of text that enters: path parameters, query strings and bodies (form or
 * JSON, at any depth, keys included). PostgreSQL refuses U+0000 in text, so a NUL byte that reached
 * a query gave a 500 on a dozen routes (issue 9, finding 3); other C0 control characters (tab, line
 * feed and carriage return aside) are never meaningful in our fields either. The request is refused
 * with 400 naming the field before any handler runs, so nothing is written; HTML forms re-render
 * or show the error page in the visitor's language (each scope's error handler), JSON gets the
 * project's error body.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** An invalid_parameter error (the API's usual code) that form handlers can recognise to re-render. */
export class ControlCharacterError extends HttpError {
  constructor(field: string) {
    super(400, 'invalid_parameter', `Invalid value for parameter '${field}': control characters (such as U+0000) are not allowed`, field);
  }
}

/** The dotted path of the first string (or key) holding a control character, or null. */
export function findControlCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [k, v] of Object.entries(value)) {
    const here = path ? `${path}.${k}` : k;
    if (CONTROL_CHARACTER.test(k)) return path || '(field name)';
    const found = findControlCharacter(v, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function textGuard(app: FastifyInstance): void {
  // A callback hook, not an async one: it runs on every request, and a promise per request is
  // measurable on cached pages (issue 9).
  app.addHook('preValidation', (req, _reply, done) => {
    for (const part of [req.params, req.query, req.body]) {
      const field = findControlCharacter(part, '');
      if (field !== null) return done(new ControlCharacterError(field));
    }
    done();
  });
}
