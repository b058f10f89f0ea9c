/**
 * The latest dashboard figures in this process's memory: loaded at start, reloaded when the job
 * announces a new snapshot (NOTIFY, from any process). `version` goes into the response cache key.
 */
import type { Db } from '../db/client.ts';
import type { Figures } from './figures.ts';
import { DASHBOARD_CHANNEL } from './job.ts';
import { loadSnapshot } from './queries.ts';

export class DashboardStore {
  current: Figures | null = null;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly db: Db) {}

  get version(): string {
    return this.current?.computedAt ?? 'none';
  }

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(DASHBOARD_CHANNEL, () => void this.reload().catch(() => {}), () => void this.reload().catch(() => {}));
    await this.reload();
  }

  async reload(): Promise<void> {
    this.current = await loadSnapshot(this.db);
  }

  /** Takes figures this process has just computed, without waiting for its own NOTIFY. */
  set(figures: Figures): void {
    if (!this.current || figures.computedAt >= this.current.computedAt) this.current = figures;
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }
}
