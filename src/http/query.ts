/**
 * Query-string parsing with zod. The first bad parameter becomes a 400 that
 * names it; repeated parameters (?a=1&a=2) are invalid rather than guessed.
 */
import { z } from 'zod';
import { invalidParameter } from './errors.ts';

export function parseQuery<T extends z.ZodRawShape>(shape: T, query: unknown, opts: { strict?: boolean } = {}): z.infer<z.ZodObject<T>> {
  const input = (query ?? {}) as Record<string, unknown>;
  if (opts.strict) {
    for (const key of Object.keys(input)) if (!(key in shape)) throw invalidParameter(key, 'unknown parameter');
  }
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const v = input[key];
    // An empty value (e.g. "All" in a filter form) means "not set".
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const r = z.object(shape).safeParse(picked);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const name = String(issue.path[0] ?? 'query');
    throw invalidParameter(name, Array.isArray(input[name]) ? 'given more than once' : issue.message);
  }
  return r.data;
}
