/**
 * Drafts of answers from the catalogue: what a procedure question, a payroll-tax question and a
 * foreign-ownership question say (a lead whose slots are copied from the facts, the facts, the notes).
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Procedure, State } from '../catalogue/schema.ts';
import { scianEntry } from '../catalogue/scian.ts';
import { checkForeignInvestment } from '../legal/check.ts';
import { LIE_RULES, type LieRule } from '../legal/rules.ts';
import type { GlossaryTerm } from '../search/glossary/index.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Fact } from './schema.ts';
import type { Intent } from './intents.ts';
import * as F from './facts.ts';
import type { Draft, Lead } from './phraser.ts';
import { phrases } from './phrases/index.ts';

/** What the question is about, once linked. */
export interface Subject {
  procedure?: Procedure;
  step?: number;
  state?: State;
  term?: GlossaryTerm;
  law?: string;
  sector?: string;
  scian?: string;
  rule?: LieRule;
}

export function procedureDraft(view: CatalogueView, p: Procedure, intent: Intent, state: State | undefined, lang: Locale): Draft {
  const t = phrases(lang);
  const title = p.title[lang];
  const local = p.level !== 'federal' && Boolean(p.variesByState);
  const stateFacts: Fact[] = state && local ? [F.stateVariesFact(state, p, lang)] : [];
  const notes = (facts: Fact[], lead: Fact[]): Draft['notes'] => [...(lead.some((x) => x.unconfirmed) || facts.some((x) => x.unconfirmed) ? (['unconfirmed'] as const) : []), ...(local ? (['varies'] as const) : [])];
  const draft = (lead: Lead, facts: Fact[], leadFacts: Fact[] = []): Draft => ({ lang, lead, facts: [...leadFacts, ...facts, ...stateFacts], notes: notes(facts, leadFacts) });
  switch (intent) {
    case 'cost': {
      const c = F.costFacts(view, p, lang);
      return draft({ key: 'cost', args: [title, F.totalCostText(view.totalsOf(p).costMXN, lang)] }, c.facts, [c.total]);
    }
    case 'time': {
      const c = F.timeFacts(view, p, lang);
      return draft({ key: 'time', args: [title, t.totalTime(F.durationText(view.totalsOf(p).durationDays, lang))] }, c.facts, [c.total]);
    }
    case 'documents': {
      const d = F.documentFacts(p, lang);
      if (!d.names.length) return draft({ key: 'noDocuments', args: [title] }, [F.summaryFact(p, lang)], [F.titleFact(p, lang)]);
      const list = d.names.slice(0, 4).join('; ') + (d.names.length > 4 ? '…' : '');
      return draft({ key: 'documents', args: [title, list] }, d.facts, [F.titleFact(p, lang)]);
    }
    case 'office': {
      const o = F.officeFacts(view, p, lang);
      return draft({ key: 'office', args: [title, o[0]!.text.replace(/ \([^)]*\)\.$|\.$/, '')] }, o, [F.titleFact(p, lang)]);
    }
    case 'online': {
      const o = F.onlineFacts(p, lang);
      const lead: Lead = o.urls.length ? { key: 'online', args: [title, o.urls[0]!] } : { key: 'notOnline', args: [title, [...new Set(o.how)].join('; ')] };
      return draft(lead, o.facts, [F.titleFact(p, lang)]);
    }
    case 'legal': {
      const l = F.legalFacts(view, p, lang);
      return draft({ key: 'legal', args: [title, l.shorts.join('; ')] }, l.facts, [F.titleFact(p, lang)]);
    }
    case 'who':
      return draft({ key: 'who', args: [p.whoNeedsIt[lang]] }, [F.summaryFact(p, lang)], [F.whoFact(p, lang), F.titleFact(p, lang)]);
    default: {
      const c = F.costFacts(view, p, lang);
      const d = F.timeFacts(view, p, lang);
      return draft({ key: 'overview', args: [p.summary[lang]] }, [], [F.summaryFact(p, lang), F.titleFact(p, lang), c.total, d.total]);
    }
  }
}

export function payroll(view: CatalogueView, state: State, lang: Locale): Draft {
  const { rate, fact } = F.payrollFact(state, lang);
  const proc = view.procedure('state-payroll-tax');
  const facts = [fact, ...(proc ? [F.summaryFact(proc, lang)] : [])];
  const lead: Lead = rate ? { key: 'payroll', args: [state.shortName, rate] } : { key: 'payrollUnknown', args: [state.shortName] };
  return { lang, lead, facts, notes: fact.unconfirmed && rate ? ['unconfirmed'] : [] };
}

export function foreign(view: CatalogueView, s: Subject, share: number | null, lang: Locale): Draft {
  const pct = share ?? 100;
  // The activity: a rule named by its words, else the most restrictive rule of the linked class or sector.
  let rule = s.rule;
  let scian = rule?.scian[0] ?? s.scian;
  // A sector (not a class) asked about: its most restrictive class; a class asked about: that class only.
  if (!rule && s.sector && !s.scian) {
    const classes = view.sectors.get(s.sector)?.scian ?? [];
    const ranked = LIE_RULES.filter((r) => classes.some((c) => r.scian.some((p) => c.startsWith(p))));
    rule = ranked[0];
    scian = rule ? classes.find((c) => rule!.scian.some((p) => c.startsWith(p))) : classes[0];
  }
  if (!rule && scian) rule = LIE_RULES.find((r) => r.scian.some((p) => scian!.startsWith(p)));
  const result = checkForeignInvestment({ scian: rule ? (scian ?? rule.scian[0]!) : (scian ?? ''), foreignPct: pct });
  const facts = F.fdiFacts(view, rule ?? null, result, lang);
  const t = phrases(lang).lead;
  const activity = rule?.activity[lang].replace(/^./, (c) => c.toLowerCase()) ?? '';
  const share2 = phrases(lang).share(String(rule?.maxForeignPct ?? 100));
  let lead: Lead;
  const sector = s.sector ? view.sectors.get(s.sector) : undefined;
  const entry = s.scian ? scianEntry(s.scian) : undefined;
  const lie = view.laws.get('lie') ? [F.lawFacts(view, 'lie', lang)[0]!] : [];
  // The class asked about, on the foreign-investment check page for it.
  const classFact = entry ? [F.scianFact(entry, lang)] : [];
  if (!rule && (sector || entry)) facts.unshift(...classFact, ...(sector ? [F.sectorFacts(view, sector, lang, 0).head] : []), ...lie);
  else facts.unshift(...classFact);
  const named = entry && !sector ? F.scianName(entry, lang) : sector?.title[lang];
  if (!rule) lead = named ? { key: 'fdiAllowed', args: [named] } : { key: 'fdiAllowedGeneral', args: [] };
  else if (rule.status === 'reserved-state') lead = { key: 'fdiReservedState', args: [activity] };
  else if (rule.status === 'reserved-mexicans') lead = { key: 'fdiReservedMexicans', args: [activity] };
  else if (rule.status === 'capped') lead = pct <= rule.maxForeignPct ? { key: 'fdiCappedOk', args: [activity, share2] } : { key: 'fdiCapped', args: [activity, share2] };
  else lead = pct > rule.maxForeignPct ? { key: 'fdiApproval', args: [activity] } : { key: 'fdiApprovalUnder', args: [activity] };
  return { lang, lead, facts, notes: rule?.unverified ? ['unconfirmed'] : [] };
}
