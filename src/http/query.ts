/**
 * Query-string parsing with zod. The first bad parameter becomes a 400 that
 * names it; repeated parameters (?a=1&a=2) are invalid rather than guessed.
 * Schemas are built once by the caller: constructing zod objects per request
 * costs more than the whole cached response (measured: ~2× throughput).
 */
import type { z } from 'zod';
import { invalidParameter } from './errors.ts';

export function parseQuery<S extends z.ZodObject>(schema: S, query: unknown, opts: { strict?: boolean } = {}): z.infer<S> {
  const input = (query ?? {}) as Record<string, unknown>;
  const shape = schema.shape as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!(key in shape)) {
      if (opts.strict) throw invalidParameter(key, 'unknown parameter');
      continue;
    }
    // An empty value (e.g. "All" in a filter form) means "not set".
    if (input[key] !== '') picked[key] = input[key];
  }
  const r = schema.safeParse(picked);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const name = String(issue.path[0] ?? 'query');
    throw invalidParameter(name, Array.isArray(input[name]) ? 'given more than once' : issue.message);
  }
  return r.data;
}
