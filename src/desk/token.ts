/**
 * The secret tracking token of a case: HMAC-SHA256 of the case id under a key kept in the database
 * (site_secret). Only its SHA-256 is stored with the case, so a copy of the table opens nothing;
 * being derived, the same token can be shown again when a retried submission finds its case.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/client.ts';
import { siteSecret } from '../reports/queries.ts';

export const TOKEN_KEY = 'desk-token-key';

export const tokenFrom = (key: string, caseId: string) => createHmac('sha256', key).update(caseId).digest('base64url');

export async function tokenFor(db: Queryable, caseId: string): Promise<string> {
  return tokenFrom(await siteSecret(db, TOKEN_KEY, randomBytes(32).toString('hex')), caseId);
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string | undefined | null, storedHash: string | null): boolean {
  if (!token || !storedHash || token.length > 200) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer …` header (the API's tracking and visitor tokens), if well formed. */
export const bearerToken = (authorization: string | undefined): string | undefined => /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '')?.[1];
