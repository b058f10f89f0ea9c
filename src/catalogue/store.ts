/**
 * Holds the current CatalogueView and swaps it when the catalogue changes:
 * in-process after a write, and across processes through NOTIFY on a shared
 * PostgreSQL server.
 */
import type { Db } from '../db/client.ts';
import { loadCatalogue } from './queries.ts';
import { CatalogueView } from './read-model.ts';

export const CATALOGUE_CHANNEL = 'catalogue_changed';

export class CatalogueStore {
  private view: CatalogueView | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private reloading: Promise<CatalogueView> | undefined;

  constructor(private readonly db: Db) {}

  get current(): CatalogueView {
    if (!this.view) throw new Error('catalogue not loaded: call reload() first');
    return this.view;
  }

  async reload(): Promise<CatalogueView> {
    // Coalesce bursts of notifications into one load at a time.
    this.reloading ??= loadCatalogue(this.db)
      .then((c) => (this.view = new CatalogueView(c)))
      .finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  async start(): Promise<void> {
    await this.reload();
    this.unlisten = await this.db.listen(CATALOGUE_CHANNEL, (payload) => {
      if (Number(payload) !== this.view?.revision) void this.reload().catch(() => {});
    });
  }

  /** Tells every process (this one included) that the catalogue changed. */
  async announce(revision: number): Promise<void> {
    await this.db.notify(CATALOGUE_CHANNEL, String(revision));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }
}
