/**
 * From a draft to the Answer of the contract: phrasing (checked against its facts), the context for the
 * next turn, refusals with their handoff, and the answers that are a page's facts as they stand (a
 * state's desk, an article of a law).
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { State } from '../catalogue/schema.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Answer, AssistantContext, HandoffReason } from './schema.ts';
import type { Intent } from './intents.ts';
import * as F from './facts.ts';
import { templatePhraser, type Draft, type Phraser } from './phraser.ts';
import { phrases } from './phrases/index.ts';
import { unsupportedClaims } from './claims.ts';

export interface AnswerOptions {
  phraser?: Phraser;
}

export function finish(draft: Draft, lang: Locale, context: AssistantContext, question: string, confidence: number, opts: AnswerOptions): Answer {
  let text = (opts.phraser ?? templatePhraser).phrase(draft);
  // A phrasing that names a figure or a name its facts do not carry is replaced by the template's.
  if (opts.phraser && unsupportedClaims({ answer: text, facts: draft.facts }).length) text = templatePhraser.phrase(draft);
  return { lang, answer: text, facts: draft.facts, confidence, context: { ...context, previousQuestion: question } };
}

export function refuse(reason: HandoffReason, question: string, lang: Locale, ctx: AssistantContext, keep: AssistantContext = {}): Answer {
  // Personal data is not echoed into the context sent back with the next question.
  const context: AssistantContext = reason === 'personal-data' || reason === 'injection' ? {} : { ...pick(ctx), ...keep };
  return { lang, answer: phrases(lang).refusal[reason], facts: [], confidence: reason === 'not-found' ? 0.3 : 0.9, handoff: { reason, question }, context };
}

const pick = (c: AssistantContext): AssistantContext => ({ ...(c.planId ? { planId: c.planId } : {}), ...(c.state ? { state: c.state } : {}), ...(c.procedureId ? { procedureId: c.procedureId } : {}), ...(c.sector ? { sector: c.sector } : {}) });

/** A state's investor desk and economic-development secretariat, from its page. */
export function stateAnswer(state: State, intent: Intent, lang: Locale, question: string, opts: AnswerOptions): Answer {
  const facts = F.stateFacts(state, lang);
  const draft: Draft = { lang, lead: { key: 'overview', args: [facts[0]!.text] }, notes: facts.some((f) => f.unconfirmed) ? ['unconfirmed'] : [], facts };
  return finish(draft, lang, { intent, state: state.code }, question, 0.8, opts);
}

/** One article of a law, from the catalogue's summary of it; an article we do not hold is not found. */
export function articleAnswer(view: CatalogueView, lawId: string, article: string, lang: Locale, question: string, ctx: AssistantContext, opts: AnswerOptions): Answer {
  const law = view.laws.get(lawId)!;
  const wanted = article.toLowerCase().replace(/\s+/g, '-');
  const held = law.articles.find((a) => a.number.toLowerCase().replace(/\s+/g, '-') === wanted || a.number.toLowerCase().replace(/\s+/g, '') === wanted.replace(/-/g, ''));
  if (!held) return refuse('not-found', question, lang, ctx, { intent: 'legal' });
  const procs = view.procedures.filter((p) => p.legalBasis.some((r) => r.law === lawId && r.article === held.number)).slice(0, 3);
  // Cited to the law's official text, else to the legal basis of a procedure that rests on it.
  const f = F.legalFact(view, { law: lawId, article: held.number }, lang, procs[0])!;
  const citing = procs.map((p) => F.titleFact(p, lang));
  return finish({ lang, lead: { key: 'law', args: [f.fact.text.replace(/\.$/, '')] }, notes: f.fact.unconfirmed ? ['unconfirmed'] : [], facts: [f.fact, ...citing] }, lang, { intent: 'legal' }, question, 0.9, opts);
}
