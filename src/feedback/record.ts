/**
 * Stores one answer under the address's daily allowance. The allowance is counted under a keyed
 * hash of the day and the address in a table of its own (never beside the answer), with a key of
 * its own: the answers cannot be traced to an address, nor the counts matched with other tables.
 * No audit event: an answer is anonymous data, not an act anyone is accountable for, and the
 * append-only trail would keep comments beyond the editors' reach.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { cachedSecret } from '../desk/intake-keys.ts';
import { insertFeedback } from './queries.ts';
import type { FeedbackRow } from './schema.ts';

export class FeedbackLimitError extends Error {}

export async function recordFeedback(db: Db, row: FeedbackRow, opts: { ip: string; dailyLimit: number; now?: Date }): Promise<void> {
  const day = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const key = createHmac('sha256', await cachedSecret(db, 'feedback-address-key')).update(`${day}|${opts.ip}`).digest('base64url');
  if ((await insertFeedback(db, row, key, opts.dailyLimit)) === 'limited') throw new FeedbackLimitError('daily feedback limit reached');
}
