/** Opportunities as open data: one CSV row each, both languages (RFC 4180, UTF-8 with BOM, formulas neutralised). */
import type { CatalogueView } from '../catalogue/read-model.ts';
import { csvField } from '../catalogue/export.ts';
import { opportunityList } from './select.ts';
import { opportunityUrls } from './presenters.ts';

const COLUMNS = [
  'id', 'type', 'title_es', 'title_en', 'instrument', 'dof_date', 'instrument_url', 'instrument_unverified', 'states', 'municipalities',
  'scian', 'procedures', 'who_qualifies_es', 'who_qualifies_en', 'gives_es', 'gives_en', 'rule_states', 'rule_scian', 'rule_investment',
  'sources', 'verified_on', 'url_es', 'url_en',
] as const;

export function opportunitiesCsv(view: CatalogueView, publicUrl: string): string {
  const rows = opportunityList(view).map((o) => {
    const urls = opportunityUrls(o, publicUrl);
    const row: Record<(typeof COLUMNS)[number], unknown> = {
      id: o.id,
      type: o.type,
      title_es: o.title.es,
      title_en: o.title.en,
      instrument: o.instrument.name,
      dof_date: o.instrument.dofDate ?? '',
      instrument_url: o.instrument.url ?? '',
      instrument_unverified: o.instrument.unverified === true,
      states: o.states.join(' '),
      municipalities: o.municipalities.join('; '),
      scian: o.scian.join(' '),
      procedures: o.procedures.join(' '),
      who_qualifies_es: o.whoQualifies.es,
      who_qualifies_en: o.whoQualifies.en,
      gives_es: o.gives.es,
      gives_en: o.gives.en,
      rule_states: o.rule?.states.join(' ') ?? '',
      rule_scian: o.rule?.scianPrefixes.join(' ') ?? '',
      rule_investment: o.rule?.investment.join(' ') ?? '',
      sources: o.sources.map((s) => s.url).join(' '),
      verified_on: o.verifiedOn,
      url_es: urls.es,
      url_en: urls.en,
    };
    return COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return '\uFEFF' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
