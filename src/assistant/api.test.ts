/** Integration: the assistant API on the real app and real databases (PGlite and PostgreSQL). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';
import { openApiDocument } from '#src/http/openapi.ts';
import { unsupportedClaims } from './claims.ts';
import type { Answer } from './schema.ts';

const URL = '/api/v1/assistant/answers';

for (const target of dbTargets()) {
  describe(`assistant API on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target, { env: { ASSISTANT_RATE_LIMIT_PER_MINUTE: '1000' } });
    });
    after(() => t.close());
    const ask = async (payload: unknown, headers: Record<string, string> = {}) => {
      const r = await t.app.inject({ method: 'POST', url: URL, payload: payload as object, headers: { 'content-type': 'application/json', ...headers } });
      return { status: r.statusCode, body: r.json(), headers: r.headers };
    };

    test('is documented in the OpenAPI document, with its request and answer schemas', async () => {
      const doc = openApiDocument(TEST_PUBLIC_URL);
      assert.ok(doc.paths[URL]?.post);
      for (const s of ['AssistantQuestion', 'AssistantAnswer', 'AssistantFact', 'AssistantCitation']) assert.ok(s in doc.components.schemas, s);
      const served = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
      assert.ok(served.paths[URL].post.responses[400]);
    });

    test('answers a cost question with cited facts, in the documented shape, never cached', async () => {
      const r = await ask({ question: '¿Cuánto cuesta la inscripción en el RNIE?' });
      assert.equal(r.status, 200);
      assertMatchesSchema('AssistantAnswer', r.body);
      const a = r.body as Answer;
      assert.equal(a.lang, 'es');
      assert.equal(a.handoff, undefined);
      assert.equal(a.context.procedureId, 'rnie-registration');
      assert.ok(a.facts.length > 0 && a.facts.every((f) => f.citation.url.length > 0));
      assert.ok(a.facts.some((f) => f.citation.url.startsWith('/es/tramites/') && f.citation.url.includes('#step-')));
      assert.deepEqual(unsupportedClaims(a), []);
      assert.equal(r.headers['cache-control'], 'no-store');
    });

    test('a follow-up with the returned context keeps the topic; lang chooses the answer language', async () => {
      const first = (await ask({ question: 'What is the payroll tax in Nuevo León?' })).body as Answer;
      assert.equal(first.context.state, '19');
      const next = await ask({ question: 'and in Jalisco?', lang: 'en', context: first.context });
      assert.equal(next.status, 200);
      const a = next.body as Answer;
      assert.equal(a.context.state, '14');
      assert.equal(a.context.intent, 'payroll-tax');
      assert.match(a.answer, /Jalisco/);
      assert.ok(a.facts.some((f) => f.citation.url === '/en/states/jalisco'));
    });

    test('answer time is recorded for /metrics (operation="assistant")', async () => {
      const { processRegistry } = await import('#src/metrics/process.ts');
      const count = async () => Number(/ventanilla_operation_duration_seconds_count\{operation="assistant"\} (\d+)/.exec(await processRegistry.metrics())?.[1] ?? 0);
      const before = await count();
      await ask({ question: 'How long does the RNIE registration take?' });
      assert.equal(await count(), before + 1);
    });

    test('out of scope: a refusal with a handoff carrying the question', async () => {
      const r = await ask({ question: 'What will the weather be like in Monterrey tomorrow?' });
      assert.equal(r.status, 200);
      assertMatchesSchema('AssistantAnswer', r.body);
      assert.deepEqual(r.body.handoff, { reason: 'out-of-scope', question: 'What will the weather be like in Monterrey tomorrow?' });
      assert.deepEqual(r.body.facts, []);
    });

    test('bad input is a 400 naming the field, never a 5xx', async () => {
      const cases: [unknown, string][] = [
        [{}, 'question'],
        [{ question: '' }, 'question'],
        [{ question: '   ' }, 'question'],
        [{ question: 'x'.repeat(501) }, 'question'],
        [{ question: 42 }, 'question'],
        [{ question: 'hola', lang: 'fr' }, 'lang'],
        [{ question: 'hola', context: { state: 'x'.repeat(61) } }, 'context.state'],
        [{ question: 'hola', context: { colour: 'red' } }, 'context.colour'],
        [{ question: 'hola', extra: true }, 'extra'],
        [{ question: 'hola', context: 'jalisco' }, 'context'],
      ];
      for (const [payload, field] of cases) {
        const r = await ask(payload);
        assert.equal(r.status, 400, JSON.stringify(payload));
        assert.equal(r.body.error.parameter, field, JSON.stringify(payload));
        assertMatchesSchema('Error', r.body);
      }
      const notJson = await t.app.inject({ method: 'POST', url: URL, payload: '{"question":', headers: { 'content-type': 'application/json' } });
      assert.equal(notJson.statusCode, 400);
      const array = await ask([1, 2]);
      assert.equal(array.status, 400);
      assert.equal(array.body.error.parameter, 'body');
    });

    test('any question string gets a 200 answer whose claims are all backed by its facts', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f]/.test(s)), async (q) => {
          const r = await ask({ question: q });
          assert.equal(r.status, 200, `${JSON.stringify(q)} → ${r.status}`);
          assert.deepEqual(unsupportedClaims(r.body as Answer), []);
        }),
        { numRuns: 25 },
      );
    });
  });
}

describe('assistant API rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(dbTargets()[0]!, { env: { ASSISTANT_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  after(() => t.close());

  test('a client asking faster than the limit gets 429 with the error body', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({ method: 'POST', url: URL, payload: { question: 'how long does the RNIE registration take?' } });
      statuses.push(r.statusCode);
      if (r.statusCode === 429) assert.equal(r.json().error.code, 'rate_limited');
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});
