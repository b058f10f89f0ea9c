/** Small pieces the editorial routes share: the command context, filters with named errors, posted JSON. */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FormValues } from '../accounts/forms.ts';
import { formValues } from '../accounts/forms.ts';
import type { CatalogueStore } from '../catalogue/store.ts';
import type { EditorialCtx } from './commands/context.ts';
import type { EditorialMessages } from './locales/index.ts';
import { errorText } from './views/fields.ts';
import type { Problem } from './views/fields.ts';

export function editorialCtx(req: FastifyRequest): EditorialCtx {
  const s = req.staff;
  if (!s) throw new Error('editorial route without a session');
  return { actor: s.auditActor, who: s.actor, requestId: req.id };
}

/** The draft revision a form was rendered from (absent or empty: none). */
export function revisionOf(values: FormValues): number | undefined {
  const raw = values.revision;
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return raw && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Parses a GET filter form: bad values become field errors named in the
 * reader's language (the page answers 400 and shows them), never a 5xx.
 */
export function parseFilters<S extends z.ZodObject>(m: EditorialMessages, schema: S, query: unknown, labels: Record<string, string> = {}): { query: z.output<S>; values: FormValues; errors: Record<string, string>; problems: Problem[] } {
  const values = formValues(query);
  const picked = Object.fromEntries(Object.entries(values).filter(([k, v]) => k in schema.shape && v !== '' && !Array.isArray(v)));
  const r = schema.safeParse(picked);
  if (r.success) return { query: r.data, values, errors: {}, problems: [] };
  const errors: Record<string, string> = {};
  for (const i of r.error.issues) {
    const field = String(i.path[0] ?? '');
    errors[field] ??= errorText(m, labels[field] ?? (m.list as Record<string, unknown>)[field] as string ?? field, { key: 'choice' });
    delete picked[field];
  }
  const fallback = schema.safeParse(picked);
  return { query: (fallback.success ? fallback.data : schema.parse({})) as z.output<S>, values, errors, problems: Object.entries(errors).map(([field, text]) => ({ field, text })) };
}

/** The posted JSON document: an object, or an error message naming the problem. */
export function parseJsonDoc(m: EditorialMessages, raw: unknown): { ok: true; doc: Record<string, unknown> } | { ok: false; error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof raw === 'string' ? raw : '');
  } catch (e) {
    return { ok: false, error: m.errors.json((e as Error).message) };
  }
  return doc && typeof doc === 'object' && !Array.isArray(doc) ? { ok: true, doc: doc as Record<string, unknown> } : { ok: false, error: m.errors.jsonObject };
}

/**
 * After a publication commits: reload this process's catalogue first (the
 * reviewer's next page, the caches and the search index see it at once), then
 * tell every other process. The change is already committed, so a failure
 * here is logged, not shown as a failed publication: the next announce or
 * restart catches up.
 */
export async function announcePublication(catalogue: CatalogueStore, revision: number, log?: { error: (o: object, msg: string) => void }): Promise<void> {
  try {
    await catalogue.reload();
    await catalogue.announce(revision);
  } catch (err) {
    log?.error({ err, revision }, 'editorial: published, but the catalogue reload or announce failed');
  }
}
