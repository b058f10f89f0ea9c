/** An opportunity as the API, the export and the pages' JSON-LD show it: one language, absolute URLs. */
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Opportunity } from './schema.ts';

export const opportunityUrls = (o: Opportunity, publicUrl: string) => ({
  es: publicUrl + pathFor({ page: 'opportunity', id: o.id }, 'es'),
  en: publicUrl + pathFor({ page: 'opportunity', id: o.id }, 'en'),
});

export function presentOpportunity(view: CatalogueView, o: Opportunity, l: Locale, publicUrl: string) {
  return {
    id: o.id,
    type: o.type,
    title: o.title[l],
    summary: o.summary[l],
    instrument: { name: o.instrument.name, dofDate: o.instrument.dofDate ?? null, url: o.instrument.url ?? null, unverified: o.instrument.unverified === true },
    whoQualifies: o.whoQualifies[l],
    gives: o.gives[l],
    deadlines: { application: o.deadlines.application?.[l] ?? null, validity: o.deadlines.validity?.[l] ?? null, unverified: o.deadlines.unverified === true },
    states: o.states.map((code) => ({ code, name: view.states.get(code)?.name ?? code })),
    municipalities: o.municipalities,
    scian: o.scian,
    procedures: o.procedures.flatMap((id) => {
      const p = view.procedure(id);
      return p ? [{ id: p.id, title: p.title[l], url: publicUrl + pathFor({ page: 'procedure', slug: p.slug }, l) }] : [];
    }),
    rule: o.rule ? { states: o.rule.states, scianPrefixes: o.rule.scianPrefixes, investment: o.rule.investment, text: o.rule.text[l] } : null,
    caveats: o.caveats.map((c) => c[l]),
    sources: o.sources,
    verifiedOn: o.verifiedOn,
    url: opportunityUrls(o, publicUrl)[l],
  };
}

/** schema.org: a corridor or pole is a Place; an incentive a GovernmentService (its provider: the issuing government). */
export function opportunityJsonLd(view: CatalogueView, o: Opportunity, l: Locale, publicUrl: string): Record<string, unknown> {
  const url = opportunityUrls(o, publicUrl)[l];
  const states = o.states.map((code) => ({ '@type': 'AdministrativeArea', name: view.states.get(code)?.name ?? code }));
  const base = { '@context': 'https://schema.org', '@id': url, url, name: o.title[l], description: o.summary[l], inLanguage: l === 'es' ? 'es-MX' : 'en' };
  if (o.type === 'corridor' || o.type === 'pole') {
    return { ...base, '@type': 'Place', containedInPlace: states.length ? states : { '@type': 'Country', name: 'México' }, subjectOf: o.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })) };
  }
  return {
    ...base,
    '@type': 'GovernmentService',
    serviceType: o.type === 'state-incentive' ? 'State investment incentive' : 'Federal tax incentive',
    areaServed: states.length ? states : { '@type': 'Country', name: 'México' },
    provider: { '@type': 'GovernmentOrganization', name: o.type === 'state-incentive' ? (states[0]?.name ?? 'México') : 'Gobierno de México' },
    isBasedOn: o.instrument.url ?? o.sources[0]!.url,
  };
}
