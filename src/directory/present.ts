/** An entry as the API and the bulk export show it: codes with their names, the state's name, the page's URL. */
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { csvField } from '../catalogue/export.ts';
import { CAPABILITIES, CERTIFICATIONS, type DirectoryEntry } from './schema.ts';

export function presentEntry(view: CatalogueView, e: DirectoryEntry, lang: Locale, publicUrl: string) {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    description: e.description?.[lang] ?? null,
    state: { code: e.state, name: view.states.get(e.state)?.name ?? null },
    municipality: e.municipality ?? null,
    scian: e.scian,
    sectors: e.sectors,
    capabilities: e.capabilities.map((c) => ({ code: c, name: CAPABILITIES[c][lang] })),
    certifications: e.certifications.map((c) => ({ code: c.code, name: CERTIFICATIONS[c.code].code, evidence: c.evidence ?? null })),
    exportExperience: e.exportExperience?.[lang] ?? null,
    contact: { email: e.contact.email ?? null, phone: e.contact.phone ?? null },
    website: e.website ?? null,
    sources: e.sources,
    verification: e.verification,
    url: publicUrl + pathFor({ page: 'directoryEntry', id: e.id }, lang),
  };
}

const COLUMNS = ['id', 'type', 'name', 'state', 'municipality', 'scian', 'sectors', 'capabilities', 'certifications', 'website', 'email', 'phone', 'sources', 'verified_on', 'url_es', 'url_en'] as const;

/** One row per published entry (RFC 4180, UTF-8 with BOM), like the catalogue's CSV. */
export function directoryCsv(view: CatalogueView, publicUrl: string): string {
  const rows = view.directory.map((e) => {
    const row: Record<(typeof COLUMNS)[number], unknown> = {
      id: e.id, type: e.type, name: e.name, state: e.state, municipality: e.municipality ?? '',
      scian: e.scian.join(' '), sectors: e.sectors.join(' '), capabilities: e.capabilities.join(' '),
      certifications: e.certifications.map((c) => CERTIFICATIONS[c.code].code).join('; '),
      website: e.website ?? '', email: e.contact.email ?? '', phone: e.contact.phone ?? '',
      sources: e.sources.map((s) => s.url).join(' '), verified_on: e.verification.verifiedOn ?? '',
      url_es: publicUrl + pathFor({ page: 'directoryEntry', id: e.id }, 'es'), url_en: publicUrl + pathFor({ page: 'directoryEntry', id: e.id }, 'en'),
    };
    return COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return '\uFEFF' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
