/** The directory's filters (page, API): parsed with zod; an unknown value is a 400 naming the parameter. */
import { z } from 'zod';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { CAPABILITY_KEYS, CERTIFICATION_KEYS, DIRECTORY_SECTORS, ENTRY_TYPES, STATE_CODE, type DirectoryEntry } from './schema.ts';
import { fold } from '../search/normalise.ts';

export const DirectoryFilter = z.object({
  q: z.string().trim().max(100).optional(),
  type: z.enum(ENTRY_TYPES).optional(),
  sector: z.enum(DIRECTORY_SECTORS).optional(),
  state: z.string().regex(STATE_CODE).optional(),
  capability: z.enum(CAPABILITY_KEYS).optional(),
  certification: z.enum(CERTIFICATION_KEYS).optional(),
});
export type DirectoryFilter = z.infer<typeof DirectoryFilter>;


export function filterEntries(view: CatalogueView, f: DirectoryFilter): DirectoryEntry[] {
  const words = f.q ? fold(f.q).split(/\s+/).filter(Boolean) : [];
  return view.directory.filter((e) => {
    if (f.type && e.type !== f.type) return false;
    if (f.sector && !e.sectors.includes(f.sector)) return false;
    if (f.state && e.state !== f.state) return false;
    if (f.capability && !e.capabilities.includes(f.capability)) return false;
    if (f.certification && !e.certifications.some((c) => c.code === f.certification)) return false;
    if (words.length) {
      const text = fold([e.name, e.municipality, e.description?.es, e.description?.en].filter(Boolean).join(' '));
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export const queryString = (f: DirectoryFilter): string =>
  new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
