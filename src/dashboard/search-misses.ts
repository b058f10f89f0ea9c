/**
 * Searches that found nothing, for the public dashboard. Counted in memory and written once a
 * minute (one statement for all of them), so a public search never waits on a database write.
 * Anonymised: only the normalised text and the day are kept; a query that looks like personal data
 * (an e-mail address, a long number: phone, RFC, CURP, folio) is not kept at all. A crash loses at
 * most a minute of counts, which a statistic can afford.
 */
import type { Db } from '../db/client.ts';
import { fold } from '../search/normalise.ts';
import { todayInMexicoCity } from '../calendar/business-days.ts';
import { addSearchMisses } from './queries.ts';

export const MAX_MISS_LENGTH = 100;

/** The form a query is counted under, or null when it is not kept. */
export function normaliseMiss(query: string): string | null {
  const q = fold(query).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/\s+/g, ' ');
  if (!q || q.length > MAX_MISS_LENGTH) return null;
  if (/@/.test(query) || /\d{4,}/.test(q.replace(/\s/g, ''))) return null;
  return q;
}

export class SearchMisses {
  private pending = new Map<string, { day: string; query: string; count: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db, private readonly today: () => string = todayInMexicoCity) {}

  record(query: string): void {
    const q = normaliseMiss(query);
    if (!q) return;
    const day = this.today();
    const key = `${day}|${q}`;
    const e = this.pending.get(key);
    if (e) e.count++;
    else this.pending.set(key, { day, query: q, count: 1 });
  }

  start(everyMs = 60_000, onError: (err: unknown) => void = () => {}): void {
    this.timer = setInterval(() => void this.flush().catch(onError), everyMs);
    this.timer.unref();
  }

  /** Writes what was counted; on failure the counts go back to the buffer for the next flush. */
  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const rows = [...this.pending.values()];
    this.pending = new Map();
    try {
      await addSearchMisses(this.db, rows);
    } catch (e) {
      for (const r of rows) {
        const key = `${r.day}|${r.query}`;
        const e2 = this.pending.get(key);
        if (e2) e2.count += r.count;
        else this.pending.set(key, r);
      }
      throw e;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush().catch(() => {});
  }
}
