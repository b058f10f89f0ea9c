/** Which opportunities a listing shows: by type and state (index, API), for a sector or a state page. */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Sector } from '../catalogue/schema.ts';
import { OPPORTUNITY_TYPES, type Opportunity, type OpportunityType } from './schema.ts';

/** In a stable order: by type (corridors first), then by title in Spanish (the source language). */
export function opportunityList(view: CatalogueView): Opportunity[] {
  return [...view.opportunities.values()].sort(
    (a, b) => OPPORTUNITY_TYPES.indexOf(a.type) - OPPORTUNITY_TYPES.indexOf(b.type) || a.title.es.localeCompare(b.title.es, 'es'),
  );
}

/** Nationwide ones ([] states) apply in every state. */
export const appliesInState = (o: Opportunity, code: string): boolean => o.states.length === 0 || o.states.includes(code);

export function filterOpportunities(view: CatalogueView, f: { type?: OpportunityType | undefined; state?: string | undefined }): Opportunity[] {
  return opportunityList(view).filter((o) => (!f.type || o.type === f.type) && (!f.state || appliesInState(o, f.state)));
}

/**
 * For a sector guide: those naming one of its classes' prefixes, and nationwide ones open to any
 * sector. A regional one open to any sector belongs on its states' pages, not on every guide.
 */
export function opportunitiesForSector(view: CatalogueView, s: Sector): Opportunity[] {
  return opportunityList(view).filter((o) =>
    o.scian.length ? o.scian.some((p) => s.scian.some((c) => c.startsWith(p) || p.startsWith(c))) : o.states.length === 0,
  );
}

export const opportunitiesForState = (view: CatalogueView, code: string): Opportunity[] => opportunityList(view).filter((o) => appliesInState(o, code));
