/** The procedure filters shared by the index page and the API, validated against the live catalogue. */
import { z } from 'zod';
import { LEVELS, PHASES } from './schema.ts';
import type { CatalogueView } from './read-model.ts';

export function filterShape(view: CatalogueView) {
  const known = (map: Map<string, unknown>, what: string) =>
    z.string().max(100).refine((v) => map.has(v), { message: `unknown ${what}` });
  return {
    level: z.enum(LEVELS).optional(),
    phase: z.enum(PHASES).optional(),
    authority: known(view.authorities, 'authority id').optional(),
    sector: known(view.sectors, 'sector slug').optional(),
    state: z
      .string()
      .max(40)
      .transform((v) => view.state(v)?.code ?? v)
      .refine((v) => view.states.has(v), { message: 'unknown state: use an INEGI code 01–32 or a state slug' })
      .optional(),
  };
}
