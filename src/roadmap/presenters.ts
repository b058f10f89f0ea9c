/** The roadmap as JSON (API v1), one language at a time. */
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { FdiResult } from '../legal/check.ts';
import type { Plan } from './engine.ts';
import type { StateColumn } from './compare.ts';
import type { Profile } from './profile.ts';
import { planOpportunities } from '../opportunities/plan.ts';

export function presentFdi(r: FdiResult, lang: Locale) {
  return {
    scian: r.scian,
    foreignPct: r.foreignPct,
    status: r.status,
    maxForeignPct: r.maxForeignPct,
    permitted: r.permitted,
    requiresCNIE: r.requiresCNIE,
    rnie: r.rnie,
    neutralInvestment: { available: r.neutralInvestment.available, text: r.neutralInvestment.text[lang] },
    activities: r.matchedRules.map((m) => ({ rule: m.id, activity: m.activity[lang], partial: m.partial ? m.partial[lang] : null, unverified: m.unverified })),
    articles: r.articles.map((a) => ({ law: a.law, article: a.article, fraction: a.fraction, reformedOn: a.reformedOn, text: a.text[lang], unverified: a.unverified })),
    notes: r.notes.map((n) => n[lang]),
  };
}

export function presentPlan(view: CatalogueView, plan: Plan, id: string, lang: Locale, publicUrl: string) {
  const url = (slug: string) => publicUrl + pathFor({ page: 'procedure', slug }, lang);
  const state = view.states.get(plan.profile.state);
  return {
    id,
    url: publicUrl + pathFor({ page: 'plan', id }, lang),
    lang,
    profile: plan.profile,
    catalogueRevision: plan.revision,
    procedures: plan.procedures.map((x) => ({
      id: x.procedure.id,
      title: x.procedure.title[lang],
      level: x.procedure.level,
      phase: x.procedure.phase,
      authority: { id: x.procedure.authority, name: view.authorities.get(x.procedure.authority)?.name[lang] ?? x.procedure.authority },
      after: x.after,
      startDay: x.start,
      endDay: x.end,
      durationDays: x.duration,
      costMXN: x.cost,
      critical: x.critical,
      optional: x.optional,
      insteadOf: x.insteadOf,
      startDate: x.startDate,
      endDate: x.endDate,
      url: url(x.procedure.slug),
    })),
    obligations: plan.obligations.map((p) => ({ id: p.id, title: p.title[lang], every: p.recurrence!.every, url: url(p.slug) })),
    criticalPath: plan.criticalPath,
    startDate: plan.startDate,
    totals: plan.totals,
    assumptions: plan.assumptions,
    documents: plan.documents.map((d) => ({ id: d.id, name: d.name[lang], askedAs: d.askedAs, neededBy: d.neededBy, producedBy: d.producedBy, producedInPlan: d.inPlan })),
    sectorGaps: plan.sectorGaps.map((g) => ({
      procedure: g.procedure,
      title: view.procedure(g.procedure)?.title[lang] ?? g.procedure,
      sector: g.sector,
      answers: g.answers,
      addWith: g.addWith,
      otherClass: g.otherClass,
      expected: g.expected ? { fact: g.expected.fact, reason: g.expected.reason[lang], legalBasis: g.expected.legalBasis } : null,
    })),
    foreignInvestment: presentFdi(plan.foreignInvestment, lang),
    // "You may qualify for …": opportunities whose rule the profile meets, with the rule (src/opportunities).
    opportunities: planOpportunities(view, plan.profile, lang, publicUrl),
    state: state
      ? { code: state.code, name: state.name, oneStopShop: { name: state.oneStopShop.name ? state.oneStopShop.name[lang] : null, url: state.oneStopShop.url }, url: publicUrl + pathFor({ page: 'state', slug: state.slug }, lang) }
      : null,
  };
}

export function presentComparison(view: CatalogueView, cols: StateColumn[], profile: Profile, lang: Locale, publicUrl: string) {
  return {
    lang,
    profile: { ...profile, state: undefined },
    catalogueRevision: view.revision,
    states: cols.map((c) => {
      const s = view.states.get(c.state);
      return {
        state: c.state,
        name: s?.name ?? c.state,
        roadmapId: c.id,
        url: publicUrl + pathFor({ page: 'plan', id: c.id }, lang),
        procedures: c.required,
        recommended: c.recommended,
        durationDays: c.plan.totals.durationDays,
        endDate: c.plan.totals.endDate,
        criticalPath: c.plan.criticalPath,
        costMXN: c.plan.totals.costMXN,
        costsToConfirm: c.costsToConfirm,
        payrollTax: s ? { ratePct: s.payrollTax.ratePct, year: s.payrollTax.year, unverified: s.payrollTax.unverified } : null,
        oneStopShop: s ? { name: s.oneStopShop.name ? s.oneStopShop.name[lang] : null, url: s.oneStopShop.url, unverified: s.oneStopShop.unverified } : null,
      };
    }),
  };
}
