/** The shipped seed catalogue as a read model, without a database (engine unit tests). */
import { seedCatalogue } from '#src/catalogue/content/index.ts';
import { validateCatalogue } from '#src/catalogue/validate.ts';
import { CatalogueView } from '#src/catalogue/read-model.ts';

let view: CatalogueView | undefined;
export function seedView(): CatalogueView {
  view ??= new CatalogueView({ ...validateCatalogue(seedCatalogue), revision: 0, procedureMeta: new Map() });
  return view;
}
