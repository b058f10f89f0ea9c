/**
 * Search documents: one flat shape for every searchable thing (procedures,
 * their steps, sectors, states, authorities, laws, glossary terms, SCIAN
 * classes), built from the published catalogue view. Each has per-language
 * fields to index, text to cut snippets from, and a link in each language.
 */
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Level, Localized, Procedure } from '../catalogue/schema.ts';
import type { ScianEntry } from '../catalogue/scian.ts';
import type { GlossaryTerm } from './glossary/term.ts';
import { CAPABILITIES, CERTIFICATIONS } from '../directory/schema.ts';

export const DOC_TYPES = ['procedure', 'step', 'sector', 'glossary', 'authority', 'state', 'law', 'scian', 'certification', 'opportunity', 'directory'] as const;
export type DocType = (typeof DOC_TYPES)[number];

type Pair = { es: string; en: string };

export interface SearchDoc {
  /** Unique across types: `${type}:${key}`. */
  id: string;
  type: DocType;
  /** The entity's own id (a step's is `procedure-id/step-N`). */
  key: string;
  level: Level | null;
  /** What is shown. `hasEnglish: false` means the English title is the Spanish one (SCIAN). */
  title: Pair;
  hasEnglish: boolean;
  /** A line of context under the title (the procedure of a step, the sector of a class). */
  context: Pair | null;
  /** Text that snippets are cut from. */
  body: Pair;
  /** A site path ("/es/…") or an absolute URL, per language. */
  href: Pair;
  /** Indexed fields: per language, and `code` for acronyms, codes and homoclaves. */
  fields: { titleEs: string; titleEn: string; textEs: string; textEn: string; code: string };
}

/** Sentences joined with one full stop between them (texts often end with their own). */
const join = (...parts: (string | undefined | null | false)[]) =>
  parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .map((p) => p.trim())
    .map((p) => (/[.!?…:;]$/.test(p) ? p : `${p}.`))
    .join(' ');
const both = (f: (l: Locale) => string): Pair => ({ es: f('es'), en: f('en') });
const texts = (list: Localized[] | undefined, l: Locale) => (list ?? []).map((x) => x[l]);

function doc(d: Omit<SearchDoc, 'id' | 'fields' | 'hasEnglish'> & { hasEnglish?: boolean; index: Pair & { titleEs?: string; titleEn?: string }; code?: string }): SearchDoc {
  return {
    id: `${d.type}:${d.key}`,
    type: d.type,
    key: d.key,
    level: d.level,
    title: d.title,
    hasEnglish: d.hasEnglish ?? true,
    context: d.context,
    body: d.body,
    href: d.href,
    fields: {
      titleEs: d.index.titleEs ?? d.title.es,
      titleEn: d.index.titleEn ?? (d.hasEnglish === false ? '' : d.title.en),
      textEs: d.index.es,
      textEn: d.index.en,
      code: d.code ?? '',
    },
  };
}

function procedureDocs(view: CatalogueView, p: Procedure): SearchDoc[] {
  const authority = view.authorities.get(p.authority);
  const path = both((l) => pathFor({ page: 'procedure', slug: p.slug }, l));
  const summary = both((l) => join(p.summary[l], p.whoNeedsIt[l]));
  const proc = doc({
    type: 'procedure', key: p.id, level: p.level, title: p.title, context: authority ? authority.name : null,
    body: summary, href: path,
    index: both((l) => join(summary[l], ...texts(p.outputs, l), authority?.name[l], p.variesByState?.[l], ...p.steps.map((s) => s.title[l]))),
    code: [p.officialCode?.code, authority?.acronym].filter(Boolean).join(' '),
  });
  const steps = p.steps.map((s, i) =>
    doc({
      type: 'step', key: `${p.id}/step-${i + 1}`, level: p.level, title: s.title, context: p.title,
      body: both((l) => join(s.description?.[l], ...s.requirements.map((r) => r.name[l]))),
      href: both((l) => `${path[l]}#step-${i + 1}`),
      index: both((l) => join(s.description?.[l], s.channel.note?.[l], ...s.requirements.map((r) => r.name[l]), s.recourse?.[l])),
    }),
  );
  return [proc, ...steps];
}

function lawDocs(view: CatalogueView): SearchDoc[] {
  const citing = new Map<string, Procedure>();
  for (const p of view.procedures) for (const r of p.legalBasis) if (!citing.has(r.law)) citing.set(r.law, p);
  return [...view.laws.values()].map((law) => {
    const first = citing.get(law.id);
    // There is no page per law: link to its official text, else to a procedure that cites it.
    const href = both((l) => law.url ?? (first ? `${pathFor({ page: 'procedure', slug: first.slug }, l)}#legal-h` : pathFor({ page: 'procedures' }, l)));
    const articles = both((l) => law.articles.map((a) => `${a.number}: ${a.summary[l]}`).join('. '));
    return doc({
      type: 'law', key: law.id, level: null, title: both((l) => `${law.name[l]} (${law.acronym})`), context: first ? first.title : null,
      body: articles, href, index: articles, code: law.acronym,
    });
  });
}

function glossaryDocs(terms: readonly GlossaryTerm[]): SearchDoc[] {
  return terms.map((t) =>
    doc({
      type: 'glossary', key: t.id, level: null,
      title: { es: `${t.es} (${t.en})`, en: `${t.en} (${t.es})` }, context: null,
      body: t.definition, href: both((l) => `${pathFor({ page: 'glossary' }, l)}#term-${t.id}`),
      index: { ...t.definition, titleEs: [t.es, ...t.aliases.es].join(' · '), titleEn: [t.en, ...t.aliases.en].join(' · ') },
    }),
  );
}

function scianDocs(view: CatalogueView, scian: ScianEntry[]): SearchDoc[] {
  const sectors = view.sectorList();
  const sectorOf = (code: string) =>
    sectors.find((s) => s.scian.includes(code)) ?? sectors.find((s) => s.scian.some((c) => c.slice(0, 4) === code.slice(0, 4)));
  return scian
    .filter((e) => e.level === 'clase')
    .map((e) => {
      const sector = sectorOf(e.code);
      // Without a sector guide, the class goes to the foreign-investment check for that activity.
      const href = both((l) => (sector ? pathFor({ page: 'sector', slug: sector.slug }, l) : `${pathFor({ page: 'canInvest' }, l)}?scian=${e.code}`));
      // English titles: NAICS 2022 where the codes correspond, else ours (issue 13, item 3) — said in the snippet.
      return doc({
        type: 'scian', key: e.code, level: null,
        title: { es: `${e.code} ${e.titleEs}`, en: `${e.code} ${e.titleEn}` }, context: sector ? sector.title : null,
        body: {
          es: `Clase ${e.code} del SCIAN 2023 (INEGI).`,
          en: `Class ${e.code} of SCIAN 2023 (INEGI); English title ${e.titleEnSource === 'naics' ? 'from NAICS 2022' : 'translated by Ventanilla'}.`,
        },
        href, index: { es: '', en: '', titleEs: e.titleEs, titleEn: e.titleEn }, code: e.code,
      });
    });
}

/**
 * US ↔ Mexico certification pairs (src/certifications): found by either side's name or acronym, in
 * either language — an American looks for "CPA", a Mexican for "contador público".
 */
function certificationDocs(view: CatalogueView): SearchDoc[] {
  return [...view.certifications.values()].map((p) => {
    const name = (l: Locale, s: typeof p.us) => (s.acronym && !s.name[l].includes(s.acronym) ? `${s.name[l]} (${s.acronym})` : s.name[l]);
    return doc({
      type: 'certification', key: p.id, level: null,
      title: both((l) => `${name(l, p.us)} ↔ ${name(l, p.mx)}`), context: null,
      body: p.equivalence.difference, href: both((l) => pathFor({ page: 'certification', id: p.id }, l)),
      index: both((l) => join(p.us.whatItIs[l], p.mx.whatItIs[l], p.us.issuer[l], p.mx.issuer[l], p.equivalence.difference[l], p.agreement.name?.[l])),
      code: [p.us.acronym, p.mx.acronym].filter(Boolean).join(' '),
    });
  });
}

/** Every search document of a catalogue view, the glossary and the SCIAN classes. */
export function buildDocuments(view: CatalogueView, scian: ScianEntry[], terms: readonly GlossaryTerm[]): SearchDoc[] {
  const docs: SearchDoc[] = view.procedures.flatMap((p) => procedureDocs(view, p));
  for (const s of view.sectorList()) {
    docs.push(doc({
      type: 'sector', key: s.slug, level: null, title: s.title, context: null, body: s.summary,
      href: both((l) => pathFor({ page: 'sector', slug: s.slug }, l)),
      index: both((l) => join(s.summary[l], ...texts(s.notes, l))), code: s.scian.join(' '),
    }));
  }
  for (const s of view.states.values()) {
    docs.push(doc({
      type: 'state', key: s.code, level: 'state', title: { es: s.name, en: s.name }, context: null,
      body: s.oneStopShop.description, href: both((l) => pathFor({ page: 'state', slug: s.slug }, l)),
      index: both((l) => join(s.secretariat.name, s.oneStopShop.name?.[l], s.oneStopShop.description[l], ...texts(s.notes, l))),
      code: [s.code, s.shortName, s.secretariat.acronym].filter(Boolean).join(' '),
    }));
  }
  for (const a of view.authorities.values()) {
    docs.push(doc({
      type: 'authority', key: a.id, level: a.level, title: a.name, context: null,
      body: a.description ?? a.name, href: both((l) => pathFor({ page: 'authority', id: a.id }, l)),
      index: both((l) => a.description?.[l] ?? ''), code: a.acronym,
    }));
  }
  return [...docs, ...opportunityDocs(view), ...lawDocs(view), ...glossaryDocs(terms), ...certificationDocs(view), ...scianDocs(view, scian), ...directoryDocs(view)];
}

/** Economic opportunities (src/opportunities): the instrument's name and the qualifying rule are searchable too. */
function opportunityDocs(view: CatalogueView): SearchDoc[] {
  return [...view.opportunities.values()].map((o) => doc({
    type: 'opportunity', key: o.id, level: null, title: o.title, context: null, body: o.summary,
    href: both((l) => pathFor({ page: 'opportunity', id: o.id }, l)),
    index: both((l) => join(o.summary[l], o.instrument.name, o.whoQualifies[l], o.gives[l], o.rule?.text[l])),
    code: o.scian.join(' '),
  }));
}

/** Published, verified directory entries (the view holds no other): name, place, description, capabilities, certifications. */
function directoryDocs(view: CatalogueView): SearchDoc[] {
  return view.directory.map((e) => {
    const place = [e.municipality, view.states.get(e.state)?.name].filter(Boolean).join(', ');
    return doc({
      type: 'directory', key: e.id, level: null, title: { es: e.name, en: e.name }, context: { es: place, en: place },
      body: both((l) => join(e.description?.[l], place)), href: both((l) => pathFor({ page: 'directoryEntry', id: e.id }, l)),
      index: both((l) => join(e.description?.[l], place, ...e.capabilities.map((c) => CAPABILITIES[c][l]), ...e.sectors.map((x) => view.sectors.get(x)?.title[l]), e.exportExperience?.[l])),
      code: e.certifications.map((c) => CERTIFICATIONS[c.code].code).join(' '),
    });
  });
}
