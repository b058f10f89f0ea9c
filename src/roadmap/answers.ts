/** A profile as questionnaire answers (query string), so "change answers" reopens the form filled in. */
import { PROFILE_FIELDS, type Profile } from './profile.ts';

export function answersQuery(p: Profile): string {
  const q = new URLSearchParams();
  for (const k of PROFILE_FIELDS) {
    const v = p[k];
    if (v === undefined || v === false) continue;
    q.set(k, String(v));
  }
  return q.toString();
}
