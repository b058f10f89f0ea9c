/**
 * The search index of the seed catalogue, built without a database: for the
 * relevance evaluation, unit tests and the benchmark (which pads it).
 */
import { seedCatalogue } from '../../catalogue/content/index.ts';
import { validateCatalogue } from '../../catalogue/validate.ts';
import { CatalogueView } from '../../catalogue/read-model.ts';
import { loadScian } from '../../catalogue/scian.ts';
import { glossary } from '../glossary/index.ts';
import { buildDocuments, type SearchDoc } from '../documents.ts';
import { SearchIndex } from '../search-index.ts';

export function seedView(): CatalogueView {
  return new CatalogueView({ ...validateCatalogue(seedCatalogue), revision: 1, procedureMeta: new Map() });
}

export async function seedDocuments(): Promise<SearchDoc[]> {
  return buildDocuments(seedView(), await loadScian(), glossary);
}

export async function seedIndex(): Promise<SearchIndex> {
  return new SearchIndex(await seedDocuments(), glossary);
}
