/**
 * Assistant suite: answer time over the judged question set (src/assistant/eval/questions.json) with
 * the full seed catalogue and its search index, against a baseline measured in the same run: a plain
 * search for the same question text (the index query the assistant's linking starts from). Follow-ups
 * are answered with their previous turn's context. One thread, in process (the route adds only JSON
 * parsing and serialising). Goal: p99 < 20 ms.
 */
import { loadavg } from 'node:os';
import { seedIndex, seedView } from '../src/search/eval/seed-index.ts';
import { answerQuestion, warmUp } from '../src/assistant/service.ts';
import { judgedQuestions } from '../src/assistant/eval/evaluate.ts';
import type { AssistantRequest } from '../src/assistant/schema.ts';

export interface AssistantRow {
  name: string;
  count: number;
  p50: number;
  p99: number;
  max: number;
  cpuUsPerOp: number;
}

export interface AssistantSuiteResult {
  questions: number;
  docs: number;
  /** The first pass over the questions on a new view: with empty lazy caches, and after warmUp (as the server does). */
  cold: AssistantRow[];
  rows: AssistantRow[];
  load: number[];
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function measure(name: string, seconds: number, inputs: unknown[], fn: (x: never) => unknown, rounds?: number): AssistantRow {
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; rounds ? i < rounds * inputs.length : performance.now() - start < seconds * 1000; i++) {
    const t = performance.now();
    fn(inputs[i % inputs.length] as never);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const sorted = times.sort((a, b) => a - b);
  return { name, count: times.length, p50: pct(sorted, 0.5), p99: pct(sorted, 0.99), max: sorted.at(-1)!, cpuUsPerOp: (used.user + used.system) / times.length };
}

export async function assistantSuite(seconds: number): Promise<AssistantSuiteResult> {
  const view = seedView();
  const index = await seedIndex();
  // Each question as the API would get it: a follow-up carries its previous answer's context.
  const requests: AssistantRequest[] = judgedQuestions.map((q) => {
    const context = q.after ? answerQuestion(view, index, { question: q.after }).context : undefined;
    return { question: q.q, ...(context ? { context } : {}) };
  });
  const fresh = await seedIndex();
  const coldView = seedView();
  const cold = measure('assistant, first pass on a new view (cold)', 0, requests, (r: AssistantRequest) => answerQuestion(coldView, fresh, r), 1);
  const warmedView = seedView();
  const warmedIndex = await seedIndex();
  warmUp(warmedView, warmedIndex);
  const warmed = measure('assistant, first pass on a new view after warmUp', 0, requests, (r: AssistantRequest) => answerQuestion(warmedView, warmedIndex, r), 1);
  const search = measure('baseline: search the question text (top 10)', seconds / 2, requests, (r: AssistantRequest) => index.search(r.question).top(10));
  const answer = measure('assistant: answerQuestion', seconds / 2, requests, (r: AssistantRequest) => answerQuestion(view, index, r));
  return { questions: requests.length, docs: index.size, cold: [cold, warmed], rows: [search, answer], load: loadavg() };
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export function printAssistant(r: AssistantSuiteResult, seconds: number): void {
  console.log(`\n## Assistant: answer time over ${r.questions} judged questions, full catalogue (${fmt(r.docs)} search documents), ${seconds / 2} s each, one thread\n`);
  console.log('| operation | answers | p50 ms | p99 ms | max ms | CPU µs/op | p50 ratio to search | p99 ratio to search |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const [base] = r.rows;
  for (const x of [...r.rows, ...r.cold]) {
    console.log(`| ${x.name} | ${fmt(x.count)} | ${fmt(x.p50, 3)} | ${fmt(x.p99, 3)} | ${fmt(x.max, 2)} | ${fmt(x.cpuUsPerOp, 0)} | ${fmt(x.p50 / base!.p50, 1)}× | ${fmt(x.p99 / base!.p99, 1)}× |`);
  }
  const answer = r.rows[1]!;
  console.log(`\nLoad average while measuring: ${r.load.map((l) => l.toFixed(2)).join(', ')} (2 cores). Goal: p99 < 20 ms — ${answer.p99 < 20 ? 'met' : 'MISSED'} (${fmt(answer.p99, 2)} ms).`);
}
