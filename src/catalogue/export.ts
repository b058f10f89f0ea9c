/**
 * Bulk open data: the whole published catalogue in both languages (JSON) and
 * one row per procedure (CSV, RFC 4180, UTF-8 with BOM so spreadsheets read accents).
 */
import { pathFor } from '../i18n/locale.ts';
import type { CatalogueView } from './read-model.ts';
import { SCIAN_ATTRIBUTION } from './scian.ts';
import { exportCertifications } from '../certifications/presenters.ts';

export function catalogueExport(view: CatalogueView, publicUrl: string) {
  return {
    generatedFrom: { revision: view.revision, publisher: 'Ventanilla', licence: 'CC-BY-4.0', scian: SCIAN_ATTRIBUTION },
    procedures: view.procedures.map((p) => ({
      ...p,
      totals: view.totalsOf(p),
      urls: { es: publicUrl + pathFor({ page: 'procedure', slug: p.slug }, 'es'), en: publicUrl + pathFor({ page: 'procedure', slug: p.slug }, 'en') },
    })),
    authorities: [...view.authorities.values()],
    offices: [...view.offices.values()],
    laws: [...view.laws.values()],
    sectors: view.sectorList(),
    states: [...view.states.values()].map((s) => ({ ...s, procedures: view.localProcedures(s.code).map((p) => p.id) })),
    /** The US ↔ Mexico certification glossary (one row per pair in /api/v1/export/certifications.csv). */
    certifications: exportCertifications(view, publicUrl),
  };
}

const CSV_COLUMNS = [
  'id', 'slug', 'level', 'phase', 'authority', 'title_es', 'title_en', 'official_code', 'steps',
  'cost_min_mxn', 'cost_max_mxn', 'days_min', 'days_max', 'states', 'sectors', 'prerequisites',
  'legal_basis', 'verified_on', 'url_es', 'url_en',
] as const;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote when needed; neutralise spreadsheet formulas (CSV injection) with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function catalogueCsv(view: CatalogueView, publicUrl: string): string {
  const rows = view.procedures.map((p) => {
    const t = view.totalsOf(p);
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: p.id,
      slug: p.slug,
      level: p.level,
      phase: p.phase,
      authority: p.authority,
      title_es: p.title.es,
      title_en: p.title.en,
      official_code: p.officialCode?.code ?? '',
      steps: p.steps.length,
      cost_min_mxn: t.costMXN.min,
      cost_max_mxn: t.costMXN.max ?? '',
      days_min: t.durationDays.min,
      days_max: t.durationDays.max ?? '',
      states: p.states.join(' '),
      sectors: p.sectors.join(' '),
      prerequisites: p.prerequisites.join(' '),
      legal_basis: p.legalBasis.map((r) => `${view.laws.get(r.law)?.acronym ?? r.law}${r.article ? ` art. ${r.article}` : ''}`).join('; '),
      verified_on: p.verifiedOn,
      url_es: publicUrl + pathFor({ page: 'procedure', slug: p.slug }, 'es'),
      url_en: publicUrl + pathFor({ page: 'procedure', slug: p.slug }, 'en'),
    };
    return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return '\uFEFF' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
