/**
 * The daily address key of a report: HMAC-SHA256 of the UTC day and the client
 * address, keyed by a secret kept in the database (site_secret). It counts one
 * address's reports per day across every web process, while a copy of the
 * table cannot be reversed into addresses (the address space is small enough
 * to brute-force an unkeyed hash) nor link one address across days.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/client.ts';
import { siteSecret } from './queries.ts';

const SECRET_NAME = 'report-address-key';

export async function addressHash(tx: Queryable, ip: string, now = new Date()): Promise<string> {
  const key = await siteSecret(tx, SECRET_NAME, randomBytes(32).toString('hex'));
  return createHmac('sha256', key).update(`${now.toISOString().slice(0, 10)}|${ip}`).digest('base64url');
}
