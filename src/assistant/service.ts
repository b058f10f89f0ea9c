/**
 * The catalogue assistant's engine (issue 16, ADR 028): answerQuestion(view, search, request) → Answer.
 * Pure and synchronous: it reads the published catalogue view and the search index, nothing else.
 *
 * 1. Limits first (limits.ts): personal data, injection, opinions and off-topic questions are refused
 *    with a handoff before anything is looked up.
 * 2. Understanding: the language (text.ts), what is asked (intents.ts) and what it is about
 *    (entities.ts); a follow-up without an intent or a subject takes them from the context.
 * 3. Facts (facts.ts), then the draft's lead from slots copied out of those facts, then words
 *    (phraser.ts). An answer whose numbers or names no fact carries is never given (claims.ts).
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import { decodeRoadmapId } from '../roadmap/roadmap-id.ts';
import { scianEntry } from '../catalogue/scian.ts';
import { buildPlan } from '../roadmap/engine.ts';
import { LIE_RULES } from '../legal/rules.ts';
import { glossaryTerm, type GlossaryTerm } from '../search/glossary/index.ts';
import type { Locale } from '../i18n/locale.ts';
import type { DocType } from '../search/documents.ts';
import type { Answer, AssistantRequest } from './schema.ts';
import { refusalReason } from './limits.ts';
import { definitionOf, intentOf, INTENTS, shareOf, type Intent } from './intents.ts';
import { activityWords, asksForStateDesk, findLieRule, findState, findTerm, linkDocs, subjectWords, type SearchSource } from './entities.ts';
import * as F from './facts.ts';
import { phrases } from './phrases/index.ts';
import { detectLanguage, folded, tokenize } from './text.ts';
import { timed } from '../metrics/process.ts';
import { foreign, payroll, procedureDraft, type Subject } from './drafts.ts';
import { articleAnswer, finish, refuse, stateAnswer, type AnswerOptions } from './reply.ts';

export type { AnswerOptions } from './reply.ts';

const PROCEDURE_INTENTS = new Set<Intent>(['cost', 'time', 'documents', 'office', 'online', 'legal', 'who', 'overview']);

/**
 * Builds what the first answers over a new catalogue view would otherwise build while a visitor waits
 * (the state and glossary dictionaries, the index's first lookups, compiled code paths).
 */
export function warmUp(view: CatalogueView, search: SearchSource): void {
  for (const question of ['¿Cuánto cuesta la inscripción en el RNIE?', 'What is the payroll tax in Jalisco?', 'What is a CFDI?', 'Can a foreigner own 60% of a newspaper?']) answerQuestion(view, search, { question });
}

export function answerQuestion(view: CatalogueView, search: SearchSource, req: AssistantRequest, opts: AnswerOptions = {}): Answer {
  const a = timed('assistant', () => answer(view, search, req, opts));
  // The plan the visitor asks from stays in the context of every turn (refusals of personal data and injection aside).
  const planId = req.context?.planId;
  if (planId && !a.context.planId && a.handoff?.reason !== 'personal-data' && a.handoff?.reason !== 'injection') a.context = { ...a.context, planId };
  return a;
}

function answer(view: CatalogueView, search: SearchSource, req: AssistantRequest, opts: AnswerOptions): Answer {
  const question = req.question.trim();
  const ctx = req.context ?? {};
  const lang: Locale = req.lang ?? detectLanguage(question);
  const refusal = refusalReason(question);
  if (refusal) return refuse(refusal, question, lang, ctx);

  const f = folded(question);
  const found = findState(view, f);
  const rest = found?.rest ?? f;
  let intent = intentOf(f, question);
  // "What is a legal representative?" is a definition even though it says "legal".
  const defined = definitionOf(f);
  if (defined && intent !== 'term' && findTerm(view, defined, true)) intent = 'term';
  const words = subjectWords(rest);
  const followUp = !intent || !words.length;
  // Only an intent this engine knows is taken from the context (it comes from the client).
  if (!intent && ctx.intent && (INTENTS as readonly string[]).includes(ctx.intent) && (found || words.length <= 2)) intent = ctx.intent as Intent;

  const subject: Subject = {};
  if (found) subject.state = found.state;
  else if (ctx.state && followUp) subject.state = view.state(ctx.state);
  let confidence = intent ? 0.9 : 0.6;

  switch (intent) {
    case 'payroll-tax':
      if (!subject.state) return refuse('not-found', question, lang, ctx, { intent });
      return finish(payroll(view, subject.state, lang), lang, { intent, state: subject.state.code }, question, confidence, opts);
    case 'foreign-ownership': {
      const activity = activityWords(words);
      // A SCIAN class given by its code ("SCIAN 484121") is the activity itself.
      const code = scianCodeIn(question);
      if (code) {
        subject.scian = code;
        subject.sector = view.sectorList().find((x) => x.scian.includes(code))?.slug;
      }
      subject.rule = code ? undefined : (findLieRule(activity) ?? undefined);
      if (!subject.rule && !code) linkScian(view, search, activity, subject, true);
      // An activity named but not in the catalogue ("a company on Mars"): not found, rather than the general rule.
      if (!subject.rule && !subject.sector && !subject.scian && activity.length) return refuse('not-found', question, lang, ctx, { intent });
      return finish(foreign(view, subject, shareOf(question, f), lang), lang, { intent, ...(subject.sector ? { sector: subject.sector } : {}) }, question, confidence, opts);
    }
    case 'project': {
      const code = scianCodeIn(question);
      if (code) subject.sector = view.sectorList().find((x) => x.scian.includes(code))?.slug;
      else linkScian(view, search, activityWords(words), subject);
      const sector = subject.sector ? view.sectors.get(subject.sector) : ctx.sector ? view.sectors.get(ctx.sector) : undefined;
      // Asked from a plan ("which procedures do I need?"): the roadmap engine's selection for that profile.
      const profile = !subject.sector && ctx.planId ? decodeRoadmapId(ctx.planId) : null;
      if (profile) {
        const plan = buildPlan(view, profile);
        const s = F.planFacts(view, ctx.planId!, plan.procedures.map((x) => x.procedure), lang);
        return finish({ lang, lead: { key: 'plan', args: [`${phrases(lang).planLists(plan.procedures.length)}: ${s.titles.join('; ')}`] }, notes: [], facts: [s.head, ...s.list] }, lang, { intent, planId: ctx.planId! }, question, confidence, opts);
      }
      if (!sector) return refuse('not-found', question, lang, ctx, { intent });
      const s = F.sectorFacts(view, sector, lang);
      const list = `${phrases(lang).guideLists(sector.procedures.length)}: ${s.titles.join('; ')}`;
      return finish({ lang, lead: { key: 'project', args: [sector.title[lang], list] }, notes: [], facts: [s.head, ...s.list] }, lang, { intent, sector: sector.slug }, question, confidence, opts);
    }
    case 'term': {
      const t = termOf(view, f, words);
      if (t) return finish({ lang, lead: { key: 'term', args: [t[lang], t.definition[lang]] }, notes: [], facts: [F.termFact(t, lang)] }, lang, { intent }, question, confidence, opts);
      // "What is the RNIE?": a procedure or a law named by its acronym says what it is.
      intent = 'overview';
      break;
    }
  }

  // "What does article 7 of the LIE say?": that article's summary, when the catalogue has it.
  const article = /\bart(?:[íi]culo|icle|s?\.)?\s*(\d+(?:[-\s]?(?:bis|ter|[a-z])\b)?)/iu.exec(question)?.[1];
  if (article && (!intent || intent === 'legal' || intent === 'overview')) {
    const law = lawNamed(view, search, f, words);
    if (law) return articleAnswer(view, law, article, lang, question, ctx, opts);
  }
  // "Where is Nuevo León's investment desk?": the state's page, not a glossary entry.
  if (subject.state && found && (!words.length || asksForStateDesk(words)) && (!intent || intent === 'office' || intent === 'online' || intent === 'overview')) {
    return stateAnswer(subject.state, intent ?? 'overview', lang, question, opts);
  }
  // Everything else is about a procedure (or a law, or a sector).
  link(view, search, words, intent ?? 'overview', subject);
  if (!subject.procedure && !subject.law && !subject.term && !subject.sector && ctx.procedureId && followUp) {
    subject.procedure = view.procedure(ctx.procedureId);
    confidence = Math.min(confidence, 0.8);
  }
  const it: Intent = intent ?? 'overview';
  if (subject.procedure && PROCEDURE_INTENTS.has(it)) {
    const draft = procedureDraft(view, subject.procedure, it, subject.state, lang);
    return finish(draft, lang, { intent: it, procedureId: subject.procedure.id, ...(subject.state ? { state: subject.state.code } : {}) }, question, intent ? confidence : 0.7, opts);
  }
  if (subject.law) {
    const facts = F.lawFacts(view, subject.law, lang);
    return finish({ lang, lead: { key: 'law', args: [facts[0]!.text.replace(/\.$/, '')] }, notes: [], facts }, lang, { intent: 'legal' }, question, 0.8, opts);
  }
  if (subject.term) {
    const t = subject.term;
    return finish({ lang, lead: { key: 'term', args: [t[lang], t.definition[lang]] }, notes: [], facts: [F.termFact(t, lang)] }, lang, { intent: 'term' }, question, 0.7, opts);
  }
  if (subject.sector && (it === 'overview' || it === 'who')) {
    const sector = view.sectors.get(subject.sector)!;
    const s = F.sectorFacts(view, sector, lang);
    return finish({ lang, lead: { key: 'project', args: [sector.title[lang], `${phrases(lang).guideLists(sector.procedures.length)}: ${s.titles.join('; ')}`] }, notes: [], facts: [s.head, ...s.list] }, lang, { intent: 'project', sector: sector.slug }, question, 0.7, opts);
  }
  if (subject.state && !words.length && (it === 'office' || it === 'overview' || it === 'online')) return stateAnswer(subject.state, it, lang, question, opts);
  // Asked something about nothing we know: not found when it looked like a catalogue question.
  return refuse(intent || subject.state || words.length ? 'not-found' : 'out-of-scope', question, lang, ctx, intent ? { intent } : {});
}

/** Links the question's words to a procedure (or a step), a glossary term, a law, a sector or an activity. */
function link(view: CatalogueView, search: SearchSource, words: string[], intent: Intent, s: Subject): void {
  // A law answers "which law…"; a sector guide answers "what is…" and "who…"; the rest are about procedures.
  const types: DocType[] = ['procedure', 'step', 'glossary'];
  if (intent === 'legal' || intent === 'overview' || intent === 'term') types.push('law');
  if (intent === 'overview' || intent === 'who' || intent === 'term') types.push('sector');
  const hits = linkDocs(search, words, types);
  for (const { doc } of hits) {
    if (doc.type === 'procedure' || doc.type === 'step') {
      const [id, step] = doc.key.split('/step-');
      s.procedure = view.procedure(id!);
      if (step) s.step = Number(step);
      return;
    }
    if (doc.type === 'glossary') {
      const t = glossaryTerm(doc.key);
      const p = t?.procedures.map((id) => view.procedure(id)).find(Boolean);
      if (p && intent !== 'term') s.procedure = p;
      else s.term = t;
      return;
    }
    if (doc.type === 'law') {
      s.law = doc.key;
      return;
    }
    if (doc.type === 'sector') {
      s.sector = doc.key;
      return;
    }
  }
}

/**
 * The activity of a foreign-ownership or project question: a sector guide, or a SCIAN class. Among
 * equally good classes, one the LIE names comes first ("trucking": freight transport, art. 6).
 */
function linkScian(view: CatalogueView, search: SearchSource, words: string[], s: Subject, preferRules = false): void {
  const hits = linkDocs(search, words, ['sector', 'scian'], 0.5);
  const best = hits[0]?.coverage ?? 0;
  const ruled = preferRules ? hits.find((h) => h.doc.type === 'scian' && h.coverage >= best && LIE_RULES.some((r) => r.scian.some((p) => h.doc.key.startsWith(p)))) : undefined;
  const hit = ruled ?? hits[0];
  if (!hit) return;
  if (hit.doc.type === 'sector') s.sector = hit.doc.key;
  else {
    s.scian = hit.doc.key;
    s.sector = view.sectorList().find((x) => x.scian.includes(hit.doc.key))?.slug;
  }
}

function termOf(view: CatalogueView, f: string, words: string[]): GlossaryTerm | null {
  const named = f.replace(/ (que|what|is|are|es|son|significa|quiere|decir|does|do|mean|means|meaning|of|de|del|el|la|los|las|lo|un|una|a|an|the|define|definition|definicion|stand|for|s) /g, ' ').replace(/ +/g, ' ');
  return findTerm(view, named, true) ?? findTerm(view, f) ?? (words.length ? findTerm(view, ` ${words.join(' ')} `, true) : null);
}

/** The law a question names: by its acronym (LIE, CFF, LFT…) or, failing that, by its words. */
function lawNamed(view: CatalogueView, search: SearchSource, f: string, words: string[]): string | undefined {
  for (const law of view.laws.values()) {
    const acronym = ` ${tokenize(law.acronym).join(' ')} `;
    if (acronym.length > 3 && f.includes(acronym)) return law.id;
  }
  return linkDocs(search, words.filter((w) => !/^\d/.test(w) && w !== 'dice' && w !== 'say' && w !== 'says'), ['law'])[0]?.doc.key;
}

/** A six-digit SCIAN 2023 class named in the question, if it is one. */
function scianCodeIn(question: string): string | undefined {
  const code = /(?<!\d)(\d{6})(?!\d)/.exec(question)?.[1];
  return code && scianEntry(code)?.level === 'clase' ? code : undefined;
}
