/**
 * `npm run eval:assistant`: answers the judged question set over the seed catalogue and prints the
 * share of answerable questions answered correctly with the right citation, the share of unanswerable
 * ones refused with a handoff, and the unsupported claims; then every miss. Exits 1 when a goal is
 * missed, so CI holds them (eval.test.ts runs the same evaluation under `npm test`).
 */
import { seedIndex, seedView } from '../../search/eval/seed-index.ts';
import { evaluate, GOALS, judgedQuestions, meetsGoals } from './evaluate.ts';

const view = seedView();
const index = await seedIndex();
const e = evaluate(view, index);
const f = (n: number) => n.toFixed(3);
const by = (lang: string) => {
  const o = e.outcomes.filter((x) => x.question.lang === lang);
  const a = o.filter((x) => !x.question.handoff);
  const u = o.filter((x) => x.question.handoff);
  return `| ${lang} | ${a.length} | ${f(a.filter((x) => x.ok).length / a.length)} | ${u.length} | ${f(u.filter((x) => x.ok).length / u.length)} |`;
};

console.log(`Assistant evaluation — ${judgedQuestions.length} judged questions (${e.answerable} answerable, ${e.unanswerable} unanswerable)\n`);
console.log('| lang | answerable | answered right | unanswerable | refused + handoff |');
console.log('|---|---:|---:|---:|---:|');
console.log(by('es'));
console.log(by('en'));
for (const set of ['holdout', 'holdout-2'] as const) {
  const held = e.outcomes.filter((o) => o.question.set === set);
  const heldA = held.filter((o) => !o.question.handoff);
  const heldU = held.filter((o) => o.question.handoff);
  if (held.length) console.log(`| ${set} | ${heldA.length} | ${f(heldA.filter((o) => o.ok).length / heldA.length)} | ${heldU.length} | ${f(heldU.filter((o) => o.ok).length / heldU.length)} |`);
}
const misses = e.outcomes.filter((o) => !o.ok);
if (misses.length) {
  console.log('\nMisses:');
  for (const m of misses) console.log(`- "${m.question.q}"${m.question.after ? ` (after "${m.question.after}")` : ''}: ${m.problems.join('; ')} → ${m.answer.answer.slice(0, 120)}`);
}
const reasons = e.outcomes.filter((o) => o.question.handoff && o.answer.handoff && o.answer.handoff.reason !== o.question.handoff);
if (reasons.length) {
  console.log('\nHanded off for another reason than judged (still counted as refused):');
  for (const r of reasons) console.log(`- "${r.question.q}": ${r.answer.handoff!.reason}, judged ${r.question.handoff}`);
}
const unsupported = e.outcomes.filter((o) => o.unsupported.length);
if (unsupported.length) {
  console.log('\nUnsupported claims:');
  for (const u of unsupported) console.log(`- "${u.question.q}": ${u.unsupported.join(', ')}`);
}
console.log(
  `\nanswered right ${f(e.answeredShare)} (goal ≥ ${GOALS.answeredShare}) · refused with handoff ${f(e.refusedShare)} (goal ${GOALS.refusedShare}) · unsupported claims ${e.unsupportedClaims} (goal ${GOALS.unsupportedClaims})`,
);
process.exitCode = meetsGoals(e) ? 0 : 1;
