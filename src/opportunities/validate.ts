/**
 * What zod cannot see in an opportunity: its links point at things that exist (procedures of the
 * catalogue, states, SCIAN codes). Called by validateCatalogue, so the seed, `content:check` and
 * every publication from the back office refuse a broken link.
 */
import type { Opportunity } from './schema.ts';

export function opportunityProblems(list: Opportunity[], known: { procedures: Set<string>; states: Set<string>; scianCodes: Set<string> }): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const o of list) {
    const at = `opportunity ${o.id}`;
    if (seen.has(o.id)) problems.push(`duplicate opportunity id ${o.id}`);
    seen.add(o.id);
    for (const p of o.procedures) if (!known.procedures.has(p)) problems.push(`${at}: unknown procedure ${p}`);
    for (const s of [...o.states, ...(o.rule?.states ?? [])]) if (!known.states.has(s)) problems.push(`${at}: unknown state ${s}`);
    for (const c of [...o.scian, ...(o.rule?.scianPrefixes ?? [])]) if (!known.scianCodes.has(c)) problems.push(`${at}: ${c} is not a SCIAN 2023 code`);
    // A rule narrower than the opportunity is fine; one that reaches states the opportunity does not cover is not.
    if (o.rule && o.states.length) for (const s of o.rule.states) if (!o.states.includes(s)) problems.push(`${at}: the rule names state ${s}, outside the opportunity's states`);
  }
  return problems;
}
