/**
 * Roadmap ids are content-addressed: the profile itself, compacted (defaults
 * dropped), deflated and base64url-encoded, behind a version prefix. A shared
 * link needs no storage, cannot go missing, and always recomputes against the
 * current catalogue (ADR 008). Profiles hold no personal data.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Profile, PROFILE_FIELDS, type Profile as ProfileT } from './profile.ts';

const PREFIX = 'r1';
export const MAX_ID_LENGTH = 600;
const DEFAULTS = Profile.parse({ scian: '000000', state: '01' });

export function encodeRoadmapId(p: ProfileT): string {
  const compact: Record<string, unknown> = {};
  for (const k of PROFILE_FIELDS) {
    const v = p[k];
    if (v === undefined || (k !== 'scian' && k !== 'state' && v === DEFAULTS[k])) continue;
    compact[k] = v;
  }
  return PREFIX + deflateRawSync(Buffer.from(JSON.stringify(compact))).toString('base64url');
}

/** Returns the profile, or null for anything that is not a valid id (never throws). */
export function decodeRoadmapId(id: string): ProfileT | null {
  if (!id.startsWith(PREFIX) || id.length > MAX_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  try {
    const json = inflateRawSync(Buffer.from(id.slice(PREFIX.length), 'base64url'), { maxOutputLength: 4096 }).toString('utf8');
    const r = Profile.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
