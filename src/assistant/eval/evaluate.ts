/**
 * The assistant's evaluation over the judged question set (questions.json): each answerable question
 * names the intent a reader would see in it and what a right answer must cite (a procedure, a state, a
 * law and article, a glossary term, a sector guide); each unanswerable one names the handoff it should
 * get. The set was judged by reading the catalogue, not from the engine's output.
 */
import { readFileSync } from 'node:fs';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Answer, HandoffReason } from '../schema.ts';
import type { SearchSource } from '../entities.ts';
import { answerQuestion } from '../service.ts';
import { unsupportedClaims } from '../claims.ts';

export interface JudgedQuestion {
  q: string;
  lang: Locale;
  /** Answerable: the intent and what the answer must cite. */
  intent?: string;
  procedure?: string | string[];
  state?: string;
  law?: string;
  article?: string;
  term?: string;
  sector?: string;
  /** A follow-up: asked after this question, with that answer's context. */
  after?: string;
  /** Unanswerable: the handoff expected. */
  handoff?: HandoffReason;
  /** Held-out batches: written after the engine was tuned on the rest, and evaluated before any change for them. */
  set?: 'holdout' | 'holdout-2';
}

export const judgedQuestions: JudgedQuestion[] = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8'));

export interface Outcome {
  question: JudgedQuestion;
  answer: Answer;
  /** Answerable: answered with the right intent and citation. Unanswerable: refused with a handoff. */
  ok: boolean;
  /** What was wrong, for the report. */
  problems: string[];
  unsupported: string[];
}

export interface Evaluation {
  answerable: number;
  unanswerable: number;
  /** Share of answerable questions answered correctly with the right citation (goal ≥ 0.9). */
  answeredShare: number;
  /** Share of unanswerable questions refused with a handoff (goal 1.0). */
  refusedShare: number;
  /** Numbers and proper names in answers that no cited fact carries (goal 0). */
  unsupportedClaims: number;
  outcomes: Outcome[];
}

export const GOALS = { answeredShare: 0.9, refusedShare: 1, unsupportedClaims: 0 };

/** Whether the answer cites what the judged question expects; the list of what is missing. */
function citationProblems(view: CatalogueView, j: JudgedQuestion, a: Answer): string[] {
  const cites = a.facts.map((f) => f.citation);
  const out: string[] = [];
  if (j.procedure) {
    const ids = Array.isArray(j.procedure) ? j.procedure : [j.procedure];
    if (!cites.some((c) => c.procedureId && ids.includes(c.procedureId))) out.push(`no citation of procedure ${ids.join('|')}`);
  }
  if (j.state) {
    const slug = view.state(j.state)?.slug ?? `?${j.state}`;
    if (!cites.some((c) => c.url.endsWith(`/${slug}`))) out.push(`no citation of state ${slug}`);
  }
  if (j.law && !cites.some((c) => c.law === j.law && (!j.article || c.article === j.article))) out.push(`no citation of ${j.law}${j.article ? ` art. ${j.article}` : ''}`);
  if (j.term && !cites.some((c) => c.url.endsWith(`#term-${j.term}`))) out.push(`no citation of term ${j.term}`);
  if (j.sector && !cites.some((c) => c.url.endsWith(`/${j.sector}`))) out.push(`no citation of sector ${j.sector}`);
  return out;
}

export function evaluate(view: CatalogueView, search: SearchSource, questions: JudgedQuestion[] = judgedQuestions): Evaluation {
  const outcomes = questions.map((j): Outcome => {
    const context = j.after ? answerQuestion(view, search, { question: j.after, lang: j.lang }).context : undefined;
    const answer = answerQuestion(view, search, { question: j.q, ...(context ? { context } : {}) });
    const problems: string[] = [];
    if (answer.lang !== j.lang) problems.push(`language ${answer.lang}`);
    if (j.handoff) {
      if (!answer.handoff) problems.push('answered instead of handing off');
    } else {
      if (answer.handoff) problems.push(`handed off (${answer.handoff.reason})`);
      else {
        if (answer.context.intent !== j.intent) problems.push(`intent ${answer.context.intent ?? 'none'}, expected ${j.intent}`);
        problems.push(...citationProblems(view, j, answer));
      }
    }
    const unsupported = unsupportedClaims(answer);
    return { question: j, answer, ok: problems.length === 0, problems, unsupported };
  });
  const answerable = outcomes.filter((o) => !o.question.handoff);
  const unanswerable = outcomes.filter((o) => o.question.handoff);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    answeredShare: answerable.filter((o) => o.ok).length / answerable.length,
    refusedShare: unanswerable.filter((o) => o.ok).length / unanswerable.length,
    unsupportedClaims: outcomes.reduce((n, o) => n + o.unsupported.length, 0),
    outcomes,
  };
}

export const meetsGoals = (e: Evaluation): boolean =>
  e.answeredShare >= GOALS.answeredShare && e.refusedShare >= GOALS.refusedShare && e.unsupportedClaims <= GOALS.unsupportedClaims;
