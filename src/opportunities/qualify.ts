/**
 * "You may qualify for …" (issue 14, part 3): which opportunities' rules a plan's profile meets,
 * and which parts of the rule matched, so the plan shows the rule rather than a bare claim.
 * Pure data over data: a rule names states, SCIAN prefixes and investment types ([] = any).
 */
import type { Opportunity, QualificationRule } from './schema.ts';

export interface QualifyingProfile {
  state: string;
  scian: string;
  entry: string;
}

/** The dimensions of a rule that matched (only those the rule restricts). */
export interface RuleMatch {
  states?: string[];
  scianPrefix?: string;
  investment?: string;
}

export function matchRule(rule: QualificationRule, p: QualifyingProfile): RuleMatch | null {
  const m: RuleMatch = {};
  if (rule.states.length) {
    if (!rule.states.includes(p.state)) return null;
    m.states = rule.states;
  }
  if (rule.scianPrefixes.length) {
    const prefix = rule.scianPrefixes.find((x) => p.scian.startsWith(x));
    if (!prefix) return null;
    m.scianPrefix = prefix;
  }
  if (rule.investment.length) {
    if (!(rule.investment as string[]).includes(p.entry)) return null;
    m.investment = p.entry;
  }
  return m;
}

export interface Qualification {
  opportunity: Opportunity;
  match: RuleMatch;
}

/** Opportunities with a rule the profile meets, in the catalogue's order. Without a rule, never. */
export function qualifyingOpportunities(list: Iterable<Opportunity>, p: QualifyingProfile): Qualification[] {
  const out: Qualification[] = [];
  for (const o of list) {
    const match = o.rule ? matchRule(o.rule, p) : null;
    if (match) out.push({ opportunity: o, match });
  }
  return out;
}
