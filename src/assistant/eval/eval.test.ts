/** The judged question set is broad and well formed, and the engine meets the evaluation goals on it (CI holds them). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedIndex, seedView } from '../../search/eval/seed-index.ts';
import { glossaryTerm } from '../../search/glossary/index.ts';
import { evaluate, GOALS, judgedQuestions } from './evaluate.ts';

const view = seedView();

test('the judged set has ≥ 150 questions, answerable and not, in both languages, with follow-ups', () => {
  assert.ok(judgedQuestions.length >= 150, `${judgedQuestions.length}`);
  for (const lang of ['es', 'en']) {
    const of = judgedQuestions.filter((q) => q.lang === lang);
    assert.ok(of.filter((q) => !q.handoff).length >= 50, `${lang} answerable`);
    assert.ok(of.filter((q) => q.handoff).length >= 20, `${lang} unanswerable`);
  }
  for (const reason of ['out-of-scope', 'not-found', 'personal-data', 'injection', 'opinion']) assert.ok(judgedQuestions.some((q) => q.handoff === reason), reason);
  assert.ok(judgedQuestions.filter((q) => q.after).length >= 5, 'follow-ups');
  assert.equal(new Set(judgedQuestions.map((q) => `${q.lang}|${q.after ?? ''}|${q.q}`)).size, judgedQuestions.length, 'no duplicate question');
});

test('every judged question names something that exists and says what a right answer is', () => {
  for (const q of judgedQuestions) {
    assert.ok(Boolean(q.handoff) !== Boolean(q.intent), `"${q.q}": either an intent or a handoff`);
    for (const id of [q.procedure ?? []].flat()) assert.ok(view.procedure(id), `"${q.q}": unknown procedure ${id}`);
    if (q.state) assert.ok(view.state(q.state), `"${q.q}": unknown state ${q.state}`);
    if (q.law) assert.ok(view.laws.has(q.law), `"${q.q}": unknown law ${q.law}`);
    if (q.term) assert.ok(glossaryTerm(q.term), `"${q.q}": unknown term ${q.term}`);
    if (q.sector) assert.ok(view.sectors.has(q.sector), `"${q.q}": unknown sector ${q.sector}`);
    if (q.intent) assert.ok(q.procedure || q.state || q.law || q.term || q.sector, `"${q.q}": no expected citation`);
  }
});

test(`the engine meets the goals: answered right ≥ ${GOALS.answeredShare}, refused with handoff ${GOALS.refusedShare}, unsupported claims ${GOALS.unsupportedClaims}`, async () => {
  const e = evaluate(view, await seedIndex());
  const misses = e.outcomes.filter((o) => !o.ok).map((o) => `${o.question.q}: ${o.problems.join('; ')}`);
  assert.ok(e.answeredShare >= GOALS.answeredShare, `answered right ${e.answeredShare.toFixed(3)}\n${misses.join('\n')}`);
  assert.equal(e.refusedShare, GOALS.refusedShare, misses.join('\n'));
  assert.deepEqual(e.outcomes.flatMap((o) => o.unsupported.map((c) => `${o.question.q}: ${c}`)), []);
});

test('meetsGoals fails on any goal missed (the runner exits 1 then)', async () => {
  const { meetsGoals } = await import('./evaluate.ts');
  const ok = { answerable: 1, unanswerable: 1, answeredShare: 0.9, refusedShare: 1, unsupportedClaims: 0, outcomes: [] };
  assert.equal(meetsGoals(ok), true);
  assert.equal(meetsGoals({ ...ok, answeredShare: 0.89 }), false);
  assert.equal(meetsGoals({ ...ok, refusedShare: 0.99 }), false);
  assert.equal(meetsGoals({ ...ok, unsupportedClaims: 1 }), false);
});
