/** The procedure filters shared by the index page and the API, validated against the live catalogue. */
import { z } from 'zod';
import { LEVELS, PHASES } from './schema.ts';
import { LOCALES } from '../i18n/locale.ts';
import type { CatalogueView } from './read-model.ts';

const cache = new WeakMap<CatalogueView, ReturnType<typeof build>>();

/** The filter schema for a catalogue view, built once per view (it checks ids against it). */
export function filterSchema(view: CatalogueView) {
  let s = cache.get(view);
  if (!s) cache.set(view, (s = build(view)));
  return s;
}

/** A state given by INEGI code or slug, turned into its code; refused when the catalogue has no such state. */
export const stateFilter = (view: CatalogueView) =>
  z
    .string()
    .max(40)
    .transform((v) => view.state(v)?.code ?? v)
    .refine((v) => view.states.has(v), { message: 'unknown state: use an INEGI code 01–32 or a state slug' });

function build(view: CatalogueView) {
  const known = (map: Map<string, unknown>, what: string) =>
    z.string().max(100).refine((v) => map.has(v), { message: `unknown ${what}` });
  const shape = {
    level: z.enum(LEVELS).optional(),
    phase: z.enum(PHASES).optional(),
    authority: known(view.authorities, 'authority id').optional(),
    sector: known(view.sectors, 'sector slug').optional(),
    state: stateFilter(view).optional(),
  };
  return { filters: z.object(shape), api: z.object({ ...shape, lang: z.enum(LOCALES).default('es') }) };
}
