/** Property test: no search request, however malformed, gets a 5xx; bad input is a 400 naming the parameter. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';

const BASES = ['/api/v1/search', '/api/v1/suggest', '/es/buscar', '/en/search', '/es/glosario', '/en/glossary'];
const PARAMS = ['q', 'q', 'lang', 'type', 'level', 'limit', 'x', 'q[]', '__proto__', 'constructor'];
const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('%', '%E0%A4%A', '%00', '%C0%AF', '%FF%FE', '<script>', "' OR 1=1 --", 'ñ', '🙂', 'RFC', 'tax id', '*', '"', 'a'.repeat(201), 'é'.repeat(250), '-1', '1e9', 'procedure', 'municipal'),
);

for (const target of dbTargets()) {
  describe(`search never answers 5xx on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());

    test('random query strings get 200 or a 400 that names a parameter', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...BASES), fc.array(fc.tuple(fc.constantFrom(...PARAMS), nasty), { maxLength: 4 }), async (base, params) => {
          const qs = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%25/g, '%')}`).join('&');
          const r = await t.app.inject({ method: 'GET', url: qs ? `${base}?${qs}` : base });
          assert.ok(r.statusCode < 500, `${base}?${qs} → ${r.statusCode}: ${r.body.slice(0, 200)}`);
          if (r.statusCode === 400 && base.startsWith('/api/')) assert.ok(r.json().error.parameter, `${base}?${qs}: ${r.body}`);
        }),
        { numRuns: 300 },
      );
    });
  });
}
