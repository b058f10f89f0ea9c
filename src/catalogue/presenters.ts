/**
 * What leaves the server: the public API shapes (one language at a time),
 * the bulk export (both languages) and schema.org JSON-LD. Whitelists fields,
 * so a new internal field never leaks by accident.
 */
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from './read-model.ts';
import type { Authority, Cost, LegalRef, Localized, Procedure, Sector, State, Step } from './schema.ts';
import { stepDuration } from './totals.ts';

const loc = (l: Localized | undefined, lang: Locale) => (l ? l[lang] : null);

export function presentLegalRef(view: CatalogueView, r: LegalRef, lang: Locale) {
  const law = view.laws.get(r.law);
  return { law: r.law, lawAcronym: law?.acronym ?? null, lawName: law ? law.name[lang] : null, article: r.article ?? null, unverified: r.unverified ?? false };
}

const refs = (view: CatalogueView, list: LegalRef[] | undefined, lang: Locale) => (list ?? []).map((r) => presentLegalRef(view, r, lang));

export function presentAuthorityRef(a: Authority | undefined, id: string, lang: Locale) {
  return { id, name: a ? a.name[lang] : id, acronym: a?.acronym ?? null };
}

export function presentProcedureSummary(view: CatalogueView, p: Procedure, lang: Locale, publicUrl: string) {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title[lang],
    level: p.level,
    phase: p.phase,
    authority: presentAuthorityRef(view.authorities.get(p.authority), p.authority, lang),
    url: publicUrl + pathFor({ page: 'procedure', slug: p.slug }, lang),
  };
}

function presentCost(view: CatalogueView, c: Cost, lang: Locale) {
  const base = { kind: c.kind, unverified: c.unverified ?? false, legalBasis: refs(view, c.legalBasis, lang) };
  switch (c.kind) {
    case 'free':
      return { ...base, concept: null, amountMXN: 0, minMXN: 0, maxMXN: 0, formula: null, year: null, note: loc(c.note, lang) };
    case 'fixed':
      return { ...base, concept: c.concept[lang], amountMXN: c.amountMXN, minMXN: c.amountMXN, maxMXN: c.amountMXN, formula: null, year: c.year ?? null, note: null };
    case 'variable':
      return { ...base, concept: c.concept[lang], amountMXN: null, minMXN: c.minMXN, maxMXN: c.maxMXN, formula: c.formula[lang], year: c.year ?? null, note: null };
  }
}

function presentStep(view: CatalogueView, s: Step, order: number, lang: Locale) {
  const office = s.office ? view.offices.get(s.office) : undefined;
  const tf = s.timeframe;
  return {
    order,
    title: s.title[lang],
    description: loc(s.description, lang),
    channel: { kind: s.channel.kind, url: s.channel.url ?? null, note: loc(s.channel.note, lang) },
    office: office
      ? { id: office.id, name: office.name[lang], authority: office.authority, address: office.address ?? null, hours: loc(office.hours, lang), phone: office.phone ?? null, email: office.email ?? null, url: office.url ?? null, unverified: office.unverified ?? false }
      : null,
    requirements: s.requirements.map((r) => ({
      name: r.name[lang],
      originals: r.originals ?? null,
      copies: r.copies ?? null,
      producedBy: r.producedBy ?? null,
      note: loc(r.note, lang),
      unverified: r.unverified ?? false,
      legalBasis: refs(view, r.legalBasis, lang),
    })),
    costs: s.costs.map((c) => presentCost(view, c, lang)),
    timeframe: {
      waiting: tf.waiting,
      atCounterMinutes: tf.atCounterMinutes ?? null,
      untilNextStep: tf.untilNextStep ?? null,
      legalDeadline: tf.legalDeadline ?? null,
      tacitApproval: tf.tacitApproval,
      durationDays: stepDuration(s),
      unverified: tf.unverified ?? false,
      note: loc(tf.note, lang),
      legalBasis: refs(view, tf.legalBasis, lang),
    },
    legalBasis: refs(view, s.legalBasis, lang),
    recourse: loc(s.recourse, lang),
  };
}

export function presentProcedure(view: CatalogueView, p: Procedure, lang: Locale, publicUrl: string) {
  const meta = view.lastUpdated(p);
  return {
    ...presentProcedureSummary(view, p, lang, publicUrl),
    summary: p.summary[lang],
    whoNeedsIt: p.whoNeedsIt[lang],
    appliesWhen: p.appliesWhen,
    sectors: p.sectors,
    states: p.states,
    variesByState: loc(p.variesByState, lang),
    outputs: p.outputs.map((o) => o[lang]),
    prerequisites: p.prerequisites,
    officialCode: p.officialCode ? { code: p.officialCode.code, unverified: p.officialCode.unverified ?? false } : null,
    officialUrl: p.officialUrl ?? null,
    legalBasis: refs(view, p.legalBasis, lang),
    steps: p.steps.map((s, i) => presentStep(view, s, i + 1, lang)),
    totals: view.totalsOf(p),
    caveats: p.caveats.map((c) => c[lang]),
    sources: p.sources,
    verifiedOn: p.verifiedOn,
    lastUpdated: meta ? meta.updatedAt.toISOString() : null,
    version: meta?.version ?? 1,
  };
}

export function presentSector(view: CatalogueView, s: Sector, lang: Locale, publicUrl: string) {
  return {
    slug: s.slug,
    title: s.title[lang],
    summary: s.summary[lang],
    priority: s.priority,
    scian: s.scian,
    procedures: s.procedures,
    notes: s.notes.map((n) => n[lang]),
    url: publicUrl + pathFor({ page: 'sector', slug: s.slug }, lang),
  };
}

export function presentState(view: CatalogueView, s: State, lang: Locale, publicUrl: string) {
  return {
    code: s.code,
    slug: s.slug,
    name: s.name,
    shortName: s.shortName,
    secretariat: s.secretariat,
    oneStopShop: {
      name: loc(s.oneStopShop.name ?? undefined, lang),
      url: s.oneStopShop.url,
      contact: s.oneStopShop.contact,
      description: s.oneStopShop.description[lang],
      unverified: s.oneStopShop.unverified,
    },
    payrollTax: { ratePct: s.payrollTax.ratePct, year: s.payrollTax.year, note: loc(s.payrollTax.note, lang), unverified: s.payrollTax.unverified },
    procedures: view.localProcedures(s.code).map((p) => p.id),
    notes: s.notes.map((n) => n[lang]),
    sources: s.sources,
    verifiedOn: s.verifiedOn,
    url: publicUrl + pathFor({ page: 'state', slug: s.slug }, lang),
  };
}

/** schema.org GovernmentService (CPSV-AP's PublicService maps onto it). */
export function governmentServiceJsonLd(view: CatalogueView, p: Procedure, lang: Locale, publicUrl: string) {
  const a = view.authorities.get(p.authority);
  const url = publicUrl + pathFor({ page: 'procedure', slug: p.slug }, lang);
  const online = p.steps.map((s) => s.channel.url).find(Boolean) ?? p.officialUrl;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': url,
    name: p.title[lang],
    description: p.summary[lang],
    url,
    inLanguage: lang,
    serviceType: p.phase,
    identifier: p.officialCode?.code ?? p.id,
    areaServed: p.level === 'federal' || p.states.length === 0
      ? { '@type': 'Country', name: 'México' }
      : p.states.map((c) => ({ '@type': 'State', name: view.states.get(c)?.name ?? c })),
    provider: { '@type': 'GovernmentOrganization', name: a ? a.name[lang] : p.authority, ...(a?.url ? { url: a.url } : {}) },
    serviceOutput: p.outputs.map((o) => ({ '@type': 'Thing', name: o[lang] })),
    ...(online ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: online } } : {}),
    dateModified: view.lastUpdated(p)?.updatedAt.toISOString() ?? p.verifiedOn,
  };
}
