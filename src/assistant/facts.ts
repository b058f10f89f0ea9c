/**
 * Facts from the catalogue, as sentences with their citations: what an answer may rest on. Each
 * builder reads one kind of catalogue data (a procedure's costs, timeframes, requirements, offices,
 * channels, legal basis; a state's payroll tax; a glossary term; a LIE rule; a sector guide) and
 * writes it out in the answer's language, marking what the catalogue flags "to be confirmed".
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Cost, Duration, LegalRef, Procedure, Sector, State, Step } from '../catalogue/schema.ts';
import type { Range } from '../catalogue/totals.ts';
import { pathFor, type Locale } from '../i18n/locale.ts';
import type { FdiResult } from '../legal/check.ts';
import type { LieRule } from '../legal/rules.ts';
import type { GlossaryTerm } from '../search/glossary/index.ts';
import { scianTitle, type ScianEntry } from '../catalogue/scian.ts';
import type { Citation, Fact } from './schema.ts';
import { phrases } from './phrases/index.ts';
import { mxn, num } from './text.ts';

const sentence = (s: string) => s.trim().replace(/[.;:,]$/, '');

export function fact(text: string, citation: Citation, unconfirmed: boolean | undefined, lang: Locale): Fact {
  const t = phrases(lang);
  if (!unconfirmed) return { text: `${sentence(text)}.`, citation };
  // A text that already ends by saying so is not told twice.
  const said = /(por confirmar|to be confirmed|unconfirmed|not confirmed)\W*$/i.test(text);
  return { text: said ? `${sentence(text)}.` : `${sentence(text)} (${t.toBeConfirmed}).`, citation, unconfirmed: true };
}

/** The citation of a procedure, or of one of its steps (1-based), with its first legal reference. */
function cite(p: Procedure, lang: Locale, step?: number, ref?: LegalRef): Citation {
  const url = pathFor({ page: 'procedure', slug: p.slug }, lang) + (step ? `#step-${step}` : '');
  return { url, procedureId: p.id, ...(step ? { step } : {}), ...(ref ? { law: ref.law, ...(ref.article ? { article: ref.article } : {}) } : {}), verifiedOn: p.verifiedOn };
}

const stepLabel = (p: Procedure, i: number, lang: Locale) => (p.steps.length > 1 ? `${phrases(lang).step(i + 1)} (${p.steps[i]!.title[lang]})` : p.steps[i]!.title[lang]);

export function costText(c: Cost, lang: Locale): string {
  const t = phrases(lang);
  if (c.kind === 'free') return c.note ? `${t.free}: ${c.note[lang]}` : t.free;
  if (c.kind === 'fixed') return `${c.concept[lang]}: ${mxn(c.amountMXN, lang)}${c.year ? ` (${c.year})` : ''}`;
  const range = c.minMXN !== null && c.maxMXN !== null ? ` (${mxn(c.minMXN, lang)}–${mxn(c.maxMXN, lang)})` : c.minMXN ? ` (${mxn(c.minMXN, lang)}+)` : '';
  return `${c.concept[lang]}: ${c.formula[lang]}${range}`;
}

export function totalCostText(r: Range, lang: Locale): string {
  const t = phrases(lang).costTotal;
  if (r.max === 0) return t.free;
  if (r.max === null) return t.open(mxn(r.min, lang));
  return r.min === r.max ? t.fixed(mxn(r.max, lang)) : t.range(mxn(r.min, lang), mxn(r.max, lang));
}

export function durationText(d: Duration | { min: number; max: number | null; unit?: Duration['unit'] }, lang: Locale): string {
  const t = phrases(lang);
  const max = d.max === null ? '?' : num(d.max);
  const f = d.unit === 'hours' ? t.hours : d.unit === 'calendar-days' ? t.calendarDays : t.days;
  return f(num(d.min), max);
}

const isTbc = (text: string) => /por confirmar|no (está|esta) confirmad|sin confirmar|unconfirmed|not confirmed|to be confirmed/i.test(text);

/** Caveats of the procedure about the topic (by a few words), flagged when they say they are unconfirmed. */
function caveatFacts(p: Procedure, lang: Locale, topic: RegExp): Fact[] {
  return p.caveats.filter((c) => topic.test(c[lang])).map((c) => fact(c[lang], cite(p, lang), isTbc(c[lang]), lang));
}

export function costFacts(view: CatalogueView, p: Procedure, lang: Locale): { total: Fact; facts: Fact[] } {
  const total = fact(`${p.title[lang]}: ${totalCostText(view.totalsOf(p).costMXN, lang)}`, cite(p, lang), false, lang);
  const facts = p.steps.flatMap((s, i) =>
    s.costs.map((c) => fact(`${stepLabel(p, i, lang)}: ${costText(c, lang)}`, cite(p, lang, i + 1, c.legalBasis?.[0]), c.unverified, lang)),
  );
  return { total, facts: [...facts, ...caveatFacts(p, lang, /MXN|\$|cost|costo|pago|payment|fee|derecho/i)] };
}

function timeframeText(s: Step, lang: Locale): string {
  const t = phrases(lang);
  const tf = s.timeframe;
  const parts = [durationText(tf.waiting, lang)];
  if (tf.legalDeadline) parts.push(t.legalDeadline(num(tf.legalDeadline.days), tf.legalDeadline.unit));
  if (tf.tacitApproval === 'positive' || tf.tacitApproval === 'negative') parts.push(t.tacit[tf.tacitApproval]);
  if (tf.note) parts.push(sentence(tf.note[lang]));
  return parts.join('; ');
}

export function timeFacts(view: CatalogueView, p: Procedure, lang: Locale): { total: Fact; facts: Fact[] } {
  const d = view.totalsOf(p).durationDays;
  const total = fact(`${p.title[lang]}: ${phrases(lang).totalTime(durationText(d, lang))}`, cite(p, lang), false, lang);
  const facts = p.steps.map((s, i) => fact(`${stepLabel(p, i, lang)}: ${timeframeText(s, lang)}`, cite(p, lang, i + 1, s.timeframe.legalBasis?.[0]), s.timeframe.unverified, lang));
  return { total, facts: [...facts, ...caveatFacts(p, lang, /d[ií]as|days|semanas|weeks|plazo|deadline|tarda|wait|espera/i)] };
}

export function documentFacts(p: Procedure, lang: Locale): { names: string[]; facts: Fact[] } {
  const t = phrases(lang);
  const names: string[] = [];
  const facts = p.steps.flatMap((s, i) =>
    s.requirements.map((r) => {
      names.push(sentence(r.name[lang]));
      const counts = [r.originals ? t.originals(r.originals) : '', r.copies ? t.copies(r.copies) : ''].filter(Boolean).join(', ');
      const text = `${stepLabel(p, i, lang)}: ${sentence(r.name[lang])}${counts ? ` (${counts})` : ''}${r.note ? `; ${sentence(r.note[lang])}` : ''}`;
      return fact(text, cite(p, lang, i + 1, r.legalBasis?.[0]), r.unverified, lang);
    }),
  );
  return { names, facts };
}

export function officeFacts(view: CatalogueView, p: Procedure, lang: Locale): Fact[] {
  const t = phrases(lang);
  const out: Fact[] = [];
  p.steps.forEach((s, i) => {
    const how = `${stepLabel(p, i, lang)}: ${t.channel[s.channel.kind]}${s.channel.note ? ` (${sentence(s.channel.note[lang])})` : ''}`;
    const office = s.office ? view.offices.get(s.office) : undefined;
    if (office) {
      const parts = [office.name[lang], office.address, office.hours ? `${t.hoursLabel}: ${sentence(office.hours[lang])}` : '', office.phone].filter(Boolean);
      out.push(fact(`${how}; ${parts.join('; ')}`, { ...cite(p, lang, i + 1), ...(office.url ? { url: office.url } : {}) }, office.unverified, lang));
    } else {
      const authority = view.authorities.get(p.authority);
      const name = authority ? (authority.name[lang].includes(authority.acronym) ? authority.name[lang] : `${authority.name[lang]} (${authority.acronym})`) : '';
      out.push(fact(name ? `${how}; ${name}` : how, cite(p, lang, i + 1), false, lang));
    }
  });
  if (p.variesByState) out.push(fact(p.variesByState[lang], cite(p, lang), false, lang));
  // Opening hours and where to go are often caveats ("open from 09:00 to 14:00 on weekdays").
  return [...out, ...caveatFacts(p, lang, /horario|hours|\d{1,2}:\d{2}|oficina|office|ventanilla|counter/i)];
}

export function onlineFacts(p: Procedure, lang: Locale): { urls: string[]; how: string[]; facts: Fact[] } {
  const t = phrases(lang);
  const urls: string[] = [];
  const how: string[] = [];
  const facts = p.steps.map((s, i) => {
    if (s.channel.url) urls.push(s.channel.url);
    how.push(t.channel[s.channel.kind]);
    return fact(`${stepLabel(p, i, lang)}: ${t.channel[s.channel.kind]}${s.channel.url ? ` — ${s.channel.url}` : ''}${s.channel.note ? ` (${sentence(s.channel.note[lang])})` : ''}`, cite(p, lang, i + 1), false, lang);
  });
  if (p.officialUrl) {
    if (!urls.length) urls.push(p.officialUrl);
    facts.push(fact(`${p.title[lang]} — ${t.officialSite}: ${p.officialUrl}`, { ...cite(p, lang), url: p.officialUrl }, false, lang));
  }
  return { urls, how, facts };
}

/** "Ley de Inversión Extranjera (LIE), art. 15: summary" for one legal reference. */
export function legalFact(view: CatalogueView, ref: LegalRef, lang: Locale, p?: Procedure): { short: string; fact: Fact } | null {
  const law = view.laws.get(ref.law);
  if (!law) return null;
  const t = phrases(lang);
  const article = ref.article ? law.articles.find((a) => a.number === ref.article) : undefined;
  const short = `${law.acronym}${ref.article ? ` ${t.article} ${ref.article}` : ''}`;
  const text = `${law.name[lang]} (${law.acronym})${ref.article ? `, ${t.article} ${ref.article}` : ''}${article ? `: ${sentence(article.summary[lang])}` : ''}`;
  const url = law.url ?? (p ? `${pathFor({ page: 'procedure', slug: p.slug }, lang)}#legal-h` : pathFor({ page: 'procedures' }, lang));
  const citation: Citation = { url, law: law.id, ...(ref.article ? { article: ref.article } : {}), ...(p ? { procedureId: p.id, verifiedOn: p.verifiedOn } : {}) };
  return { short, fact: fact(text, citation, ref.unverified, lang) };
}

export function legalFacts(view: CatalogueView, p: Procedure, lang: Locale): { shorts: string[]; facts: Fact[] } {
  const shorts: string[] = [];
  const facts: Fact[] = [];
  for (const ref of p.legalBasis) {
    const f = legalFact(view, ref, lang, p);
    if (f) {
      shorts.push(f.short);
      facts.push(f.fact);
    }
  }
  return { shorts, facts };
}

export function lawFacts(view: CatalogueView, lawId: string, lang: Locale): Fact[] {
  const law = view.laws.get(lawId);
  if (!law) return [];
  const head = fact(`${law.name[lang]} (${law.acronym})`, { url: law.url ?? pathFor({ page: 'procedures' }, lang), law: law.id }, law.lastReformUnverified, lang);
  const articles = law.articles.slice(0, 6).map((a) => legalFact(view, { law: law.id, article: a.number }, lang)!.fact);
  const citing = view.procedures.filter((p) => p.legalBasis.some((r) => r.law === law.id)).slice(0, 3).map((p) => fact(p.title[lang], cite(p, lang), false, lang));
  return [head, ...articles, ...citing];
}

export const whoFact = (p: Procedure, lang: Locale): Fact => fact(p.whoNeedsIt[lang], cite(p, lang), false, lang);
export const summaryFact = (p: Procedure, lang: Locale): Fact => fact(p.summary[lang], cite(p, lang), false, lang);
export const titleFact = (p: Procedure, lang: Locale): Fact => fact(p.title[lang], cite(p, lang), false, lang);

export function termFact(t: GlossaryTerm, lang: Locale): Fact {
  const other = lang === 'es' ? t.en : t.es;
  return fact(`${t[lang]} (${other}): ${t.definition[lang]}`, { url: `${pathFor({ page: 'glossary' }, lang)}#term-${t.id}` }, false, lang);
}

const stateCite = (s: State, lang: Locale): Citation => ({ url: pathFor({ page: 'state', slug: s.slug }, lang), verifiedOn: s.verifiedOn });

export function payrollFact(s: State, lang: Locale): { rate: string | null; fact: Fact } {
  const t = phrases(lang);
  const tax = s.payrollTax;
  const rate = tax.ratePct === null ? null : t.payrollRate(num(tax.ratePct), tax.year);
  const text = `${s.shortName}: ${rate ?? t.payrollUnknown}${tax.note ? `. ${sentence(tax.note[lang])}` : ''}`;
  return { rate, fact: fact(text, stateCite(s, lang), tax.unverified || tax.ratePct === null, lang) };
}

export function stateFacts(s: State, lang: Locale): Fact[] {
  const o = s.oneStopShop;
  const desk = [o.name?.[lang], o.description[lang], o.url, o.contact].filter(Boolean).join('; ');
  return [fact(`${s.shortName}: ${desk}`, { ...stateCite(s, lang), ...(o.url ? { url: o.url } : {}) }, o.unverified, lang), fact(`${s.shortName}: ${s.secretariat.name}${s.secretariat.url ? ` — ${s.secretariat.url}` : ''}`, stateCite(s, lang), s.secretariat.unverified, lang)];
}

/** The state's fact for a procedure that varies locally: its name with the way the procedure varies. */
export function stateVariesFact(s: State, p: Procedure, lang: Locale): Fact {
  return fact(`${s.shortName}: ${p.variesByState?.[lang] ?? phrases(lang).variesNote}`, stateCite(s, lang), false, lang);
}

export function sectorFacts(view: CatalogueView, sector: Sector, lang: Locale, limit = 8): { head: Fact; list: Fact[]; titles: string[] } {
  const t = phrases(lang);
  const url = pathFor({ page: 'sector', slug: sector.slug }, lang);
  const head = fact(`${sector.title[lang]}: ${sentence(sector.summary[lang])}; ${t.guideLists(sector.procedures.length)}`, { url }, false, lang);
  const procs = sector.procedures.map((id) => view.procedure(id)).filter((p): p is Procedure => Boolean(p)).slice(0, limit);
  return { head, list: procs.map((p) => titleFact(p, lang)), titles: procs.slice(0, 3).map((p) => p.title[lang]) };
}

/** The LIE rule (or the general rule) behind a foreign-ownership answer, and the check's articles. */
export function fdiFacts(view: CatalogueView, rule: LieRule | null, result: FdiResult, lang: Locale): Fact[] {
  const t = phrases(lang);
  const lie = view.laws.get('lie');
  const url = lie?.url ?? `${pathFor({ page: 'canInvest' }, lang)}`;
  const out: Fact[] = [];
  if (rule) {
    const status = rule.status === 'capped' || rule.status === 'approval-required' ? t.ruleStatus[rule.status](num(rule.maxForeignPct)) : t.ruleStatus[rule.status];
    out.push(fact(`${rule.activity[lang]}: ${status} (LIE ${t.article} ${rule.article}, ${t.fraction} ${rule.fraction})${rule.partial ? `. ${sentence(rule.partial[lang])}` : ''}`, { url, law: 'lie', article: rule.article }, rule.unverified, lang));
  }
  for (const a of result.articles) {
    if (rule && a.article === rule.article) continue;
    out.push(fact(`LIE ${t.article} ${a.article}${a.fraction ? `, ${t.fraction} ${a.fraction}` : ''}: ${a.text[lang]}`, { url, law: 'lie', article: a.article }, a.unverified, lang));
  }
  out.push(fact(result.notes.at(-1)![lang], { url: pathFor({ page: 'canInvest' }, lang), law: 'lie' }, false, lang));
  return out;
}

/** The procedures of an investor's plan (the roadmap engine's selection), cited to the plan page. */
export function planFacts(view: CatalogueView, planId: string, procedures: Procedure[], lang: Locale, limit = 8): { head: Fact; list: Fact[]; titles: string[] } {
  const head = fact(phrases(lang).planLists(procedures.length), { url: pathFor({ page: 'plan', id: planId }, lang) }, false, lang);
  const shown = procedures.slice(0, limit);
  return { head, list: shown.map((p) => titleFact(p, lang)), titles: shown.slice(0, 3).map((p) => p.title[lang]) };
}

export const scianName = (e: ScianEntry, lang: Locale): string => `${e.code} ${scianTitle(e, lang)}`;

/** A SCIAN class, cited to the foreign-investment check for it. */
export const scianFact = (e: ScianEntry, lang: Locale): Fact =>
  fact(`SCIAN 2023: ${scianName(e, lang)}`, { url: `${pathFor({ page: 'canInvest' }, lang)}?scian=${e.code}` }, false, lang);
