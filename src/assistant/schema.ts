/**
 * The assistant's contract (issue 16): what a question is, and what an answer carries.
 * Every sentence of an answer rests on facts; every fact carries its citation. The engine
 * (understand.ts, compose.ts) and the surfaces (pages, API, chat panel, handoff) meet here.
 */
import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locale.ts';

export const MAX_QUESTION_LENGTH = 500;

/** Where a fact comes from: a page of ours, and (where it applies) the procedure, step, law and article. */
export interface Citation {
  /** A path on this site (e.g. /en/procedures/company-name#step-2) or an official URL. */
  url: string;
  procedureId?: string;
  step?: number;
  law?: string;
  article?: string;
  /** When the cited content was last verified (YYYY-MM-DD), where the catalogue says. */
  verifiedOn?: string;
}

export interface Fact {
  text: string;
  citation: Citation;
  /** The catalogue flags this fact "to be confirmed": the answer must say it is unconfirmed. */
  unconfirmed?: boolean;
}

/** Why the assistant hands the visitor to a person. */
export type HandoffReason = 'out-of-scope' | 'not-found' | 'personal-data' | 'injection' | 'opinion';

export interface Handoff {
  reason: HandoffReason;
  /** The question as asked, to attach to the case or chat the visitor starts. */
  question: string;
}

/** What the previous turn was about, so that "and in Jalisco?" keeps the topic. */
export interface AssistantContext {
  state?: string;
  sector?: string;
  planId?: string;
  procedureId?: string;
  /** What was asked last (cost, time, documents…), as understood. */
  intent?: string;
  previousQuestion?: string;
}

export interface Answer {
  lang: Locale;
  /** A short direct answer in plain words; its numbers and proper names all occur in `facts`. */
  answer: string;
  facts: Fact[];
  /** 0..1: how sure the engine is that it understood the question. */
  confidence: number;
  handoff?: Handoff;
  /** The context to send with a follow-up question. */
  context: AssistantContext;
}

const text = z.string().trim().min(1).max(MAX_QUESTION_LENGTH);

export const AssistantRequest = z.object({
  question: text,
  lang: z.enum(LOCALES).optional(),
  context: z
    .object({
      state: z.string().max(60).optional(),
      sector: z.string().max(100).optional(),
      planId: z.string().max(100).optional(),
      procedureId: z.string().max(100).optional(),
      intent: z.string().max(40).optional(),
      previousQuestion: z.string().max(MAX_QUESTION_LENGTH).optional(),
    })
    .strict()
    .optional(),
});
export type AssistantRequest = z.infer<typeof AssistantRequest>;
