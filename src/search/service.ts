/**
 * Holds the search index of the current catalogue view. A new view (a
 * publish, in this process or announced by another through NOTIFY) starts a
 * rebuild at once, so the change is searchable within the second; a query
 * that arrives first builds it itself, so a query never sees an older
 * catalogue than the pages do.
 */
import type { CatalogueStore } from '../catalogue/store.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { ScianEntry } from '../catalogue/scian.ts';
import { glossary as defaultGlossary, type GlossaryTerm } from './glossary/index.ts';
import { buildDocuments } from './documents.ts';
import { SEARCH_FIELDS, SearchIndex } from './search-index.ts';
import { Preparer } from './prepare.ts';
import type { SearchFilters, SearchOutcome } from './search-index.ts';

export class SearchService {
  private built: { view: CatalogueView; index: SearchIndex } | undefined;
  private readonly unsubscribe: () => void;
  /** Per-document work kept between rebuilds: unchanged documents are not re-analysed. */
  private readonly preparer: Preparer;

  constructor(
    private readonly catalogue: CatalogueStore,
    private readonly scian: ScianEntry[],
    readonly glossary: readonly GlossaryTerm[] = defaultGlossary,
  ) {
    this.preparer = new Preparer(glossary);
    // Rebuild after the swap has settled, not inside the store's listener call; an
    // index nobody has used yet stays unbuilt until its first query.
    this.unsubscribe = catalogue.onChange(() => setImmediate(() => this.built && this.index()));
  }

  /** The index of the catalogue as it is now (built on first use after a change). */
  index(): SearchIndex {
    const view = this.catalogue.current;
    if (this.built?.view !== view) {
      this.built = { view, index: new SearchIndex(buildDocuments(view, this.scian, this.glossary), this.glossary, this.preparer) };
    }
    return this.built.index;
  }

  /** Told of each unfiltered search that found nothing (the public dashboard counts them; src/dashboard/search-misses.ts). */
  onNothingFound: (query: string) => void = () => {};

  /** Searches the current index; a query that finds nothing without filters is reported to onNothingFound. */
  search(query: string, filters: SearchFilters = {}): SearchOutcome {
    const found = this.index().search(query, filters);
    if (found.total === 0 && !filters.type && !filters.level) this.onNothingFound(query);
    return found;
  }

  /**
   * Builds the index of the current view without holding the event loop for the whole build: the
   * documents' preparation runs in slices (Preparer.warm), then only the final count-and-sum runs
   * at once. Used at start, where a query arriving first still builds the index itself.
   */
  async prebuild(): Promise<void> {
    const view = this.catalogue.current;
    if (this.built?.view === view) return;
    await this.preparer.warm(buildDocuments(view, this.scian, this.glossary), SEARCH_FIELDS);
    if (this.catalogue.current === view) this.index();
  }

  close(): void {
    this.unsubscribe();
  }
}
