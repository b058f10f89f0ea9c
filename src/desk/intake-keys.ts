/**
 * What intake needs before its one write: the site's keys (cached per database handle: they never
 * change once created), the address's daily key and the folio number. Nothing here holds a lock, so
 * submissions do not queue behind each other (ADR 021).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { siteSecret } from '../reports/queries.ts';

const cache = new WeakMap<Db, Map<string, string>>();

export async function cachedSecret(db: Db, name: string): Promise<string> {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let v = m.get(name);
  if (!v) m.set(name, (v = await siteSecret(db, name, randomBytes(32).toString('hex'))));
  return v;
}

/** The same daily address key as error reports (HMAC of the UTC day and the address). */
export async function dailyAddressKey(db: Db, ip: string, now: Date): Promise<string> {
  return createHmac('sha256', await cachedSecret(db, 'report-address-key')).update(`${now.toISOString().slice(0, 10)}|${ip}`).digest('base64url');
}


const known = new WeakMap<Db, Set<number>>();
/**
 * The next folio number of the year, from the year's sequence (created on first use). A sequence
 * writes nothing that waits for a disk flush: this costs no commit.
 */
export async function nextFolioSeq(db: Db, year: number): Promise<number> {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new Error(`folio year out of range: ${year}`);
  let years = known.get(db);
  if (!years) known.set(db, (years = new Set()));
  if (!years.has(year)) {
    // Two processes may create it at once: IF NOT EXISTS can still collide on the catalogue; the loser retries.
    for (let i = 0; ; i++) {
      try {
        await db.query(`CREATE SEQUENCE IF NOT EXISTS desk_folio_${year}`);
        break;
      } catch (e) {
        if (i >= 3) throw e;
      }
    }
    years.add(year);
  }
  const [r] = await db.query<{ seq: string }>(`SELECT nextval('desk_folio_${year}') AS seq`);
  return Number(r!.seq);
}
