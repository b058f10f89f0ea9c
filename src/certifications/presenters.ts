/** The glossary's API and export shapes: one language per API item; both languages in the export. */
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { csvField } from '../catalogue/export.ts';
import type { CertificationPair, CertSide } from './schema.ts';

const side = (s: CertSide, l: Locale) => ({
  name: s.name[l],
  acronym: s.acronym ?? null,
  whatItIs: s.whatItIs[l],
  issuer: s.issuer[l],
  sources: s.sources,
});

export function presentCertification(view: CatalogueView, p: CertificationPair, l: Locale, base: string) {
  return {
    id: p.id,
    field: p.field,
    us: side(p.us, l),
    mx: side(p.mx, l),
    equivalence: { level: p.equivalence.level, difference: p.equivalence.difference[l] },
    agreement: { status: p.agreement.status, name: p.agreement.name?.[l] ?? null, note: p.agreement.note?.[l] ?? null, sources: p.agreement.sources },
    // Only procedures that are in the catalogue (validation keeps them so; a guard costs nothing).
    procedures: p.procedures.filter((id) => view.procedure(id)),
    verifiedOn: p.verifiedOn,
    url: base + pathFor({ page: 'certification', id: p.id }, l),
  };
}

/** The whole glossary in both languages, for the bulk JSON export. */
export const exportCertifications = (view: CatalogueView, base: string) =>
  [...view.certifications.values()].map((p) => ({ ...p, urls: { es: base + pathFor({ page: 'certification', id: p.id }, 'es'), en: base + pathFor({ page: 'certification', id: p.id }, 'en') } }));

const CSV_COLUMNS = [
  'id', 'field', 'us_name_es', 'us_name_en', 'us_acronym', 'us_issuer_en', 'mx_name_es', 'mx_name_en', 'mx_acronym', 'mx_issuer_es',
  'equivalence', 'difference_es', 'difference_en', 'agreement', 'agreement_name_en', 'procedures', 'sources', 'verified_on', 'url_es', 'url_en',
] as const;

/** One row per pair (RFC 4180, UTF-8 with BOM), the same conventions as the catalogue CSV. */
export function certificationsCsv(view: CatalogueView, base: string): string {
  const rows = [...view.certifications.values()].map((p) => {
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: p.id,
      field: p.field,
      us_name_es: p.us.name.es,
      us_name_en: p.us.name.en,
      us_acronym: p.us.acronym ?? '',
      us_issuer_en: p.us.issuer.en,
      mx_name_es: p.mx.name.es,
      mx_name_en: p.mx.name.en,
      mx_acronym: p.mx.acronym ?? '',
      mx_issuer_es: p.mx.issuer.es,
      equivalence: p.equivalence.level,
      difference_es: p.equivalence.difference.es,
      difference_en: p.equivalence.difference.en,
      agreement: p.agreement.status,
      agreement_name_en: p.agreement.name?.en ?? '',
      procedures: p.procedures.join(' '),
      sources: [...p.us.sources, ...p.mx.sources, ...p.agreement.sources].map((s) => s.url).join(' '),
      verified_on: p.verifiedOn,
      url_es: base + pathFor({ page: 'certification', id: p.id }, 'es'),
      url_en: base + pathFor({ page: 'certification', id: p.id }, 'en'),
    };
    return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return '\uFEFF' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
