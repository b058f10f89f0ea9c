/**
 * What zod cannot see in directory entries: ids unique, SCIAN classes in SCIAN 2023, states and
 * sectors that exist in the catalogue, and — for anything published or shipped — verification.
 * Called by validateCatalogue (seed, content check, every publication).
 */
import type { DirectoryEntry } from './schema.ts';
import { isVerified } from './schema.ts';

/** The one problem a draft may have while the editor verifies it (publication refuses it). */
export const notVerified = (id: string): string => `directory ${id}: not verified (verification.status "verified" and verification.verifiedOn are required to publish)`;

export function directoryProblems(entries: DirectoryEntry[], known: { scian: Set<string>; states: Set<string>; sectors: Set<string> }): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const at = `directory ${e.id}`;
    if (seen.has(e.id)) problems.push(`duplicate directory id ${e.id}`);
    seen.add(e.id);
    if (!known.states.has(e.state)) problems.push(`${at}: unknown state ${e.state}`);
    for (const c of e.scian) if (!known.scian.has(c)) problems.push(`${at}: ${c} is not a SCIAN 2023 code`);
    for (const s of e.sectors) if (!known.sectors.has(s)) problems.push(`${at}: unknown sector ${s}`);
    // The rule that keeps unverified entries off the public site: nothing unverified is ever published.
    if (!isVerified(e)) problems.push(notVerified(e.id));
    for (const c of e.certifications) if (!c.evidence && e.type === 'supplier') problems.push(`${at}: certification ${c.code} has no evidence link`);
  }
  return problems;
}
