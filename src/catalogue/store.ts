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
  private queued: Promise<CatalogueView> | undefined;
  private readonly listeners = new Set<(view: CatalogueView) => void>();

  constructor(private readonly db: Db) {}

  get current(): CatalogueView {
    if (!this.view) throw new Error('catalogue not loaded: call reload() first');
    return this.view;
  }

  async reload(): Promise<CatalogueView> {
    // One load at a time. A request arriving during a load may announce a change
    // that load read too early, so it queues exactly one more load after it;
    // every request arriving meanwhile shares that queued load (a burst costs two).
    if (this.reloading) {
      this.queued ??= this.reloading
        .catch(() => undefined)
        .then(() => {
          this.queued = undefined;
          return this.reload();
        });
      return this.queued;
    }
    this.reloading = loadCatalogue(this.db)
      .then((c) => this.swap(new CatalogueView(c)))
      .finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  /**
   * Calls listener with each new view (a different revision), after it becomes
   * current; derived in-memory data (the search index) rebuilds from it.
   * Returns the unsubscribe function.
   */
  onChange(listener: (view: CatalogueView) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private swap(next: CatalogueView): CatalogueView {
    const changed = next.revision !== this.view?.revision;
    this.view = next;
    if (changed) {
      for (const l of this.listeners) {
        try {
          l(next);
        } catch {
          // A failing listener must not keep the new catalogue from being served.
        }
      }
    }
    return next;
  }

  async start(): Promise<void> {
    await this.reload();
    this.unlisten = await this.db.listen(
      CATALOGUE_CHANNEL,
      (payload) => {
        if (Number(payload) !== this.view?.revision) void this.reload().catch(() => {});
      },
      // The listening connection was lost and is back: changes announced meanwhile were missed.
      () => void this.reload().catch(() => {}),
    );
  }

  /** Tells every process (this one included) that the catalogue changed. */
  async announce(revision: number): Promise<void> {
    await this.db.notify(CATALOGUE_CHANNEL, String(revision));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }
}
