/** Property test: no request, however malformed, gets a 5xx from the public surface. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';

const BASES = [
  '/', '/es/', '/en/', '/es/tramites', '/en/procedures', '/en/procedures/', '/es/sectores/', '/en/states/', '/es/dependencias/',
  '/api/v1/procedures', '/api/v1/procedures/', '/api/v1/sectors/', '/api/v1/states/', '/api/v1/export/catalogue.json', '/assets/', '/healthz', '/openapi.json',
  '/es/equivalencias/', '/en/certifications/', '/api/v1/glossary/certifications', '/api/v1/glossary/certifications/', '/api/v1/export/certifications.csv',
];
const PARAMS = ['lang', 'level', 'phase', 'sector', 'state', 'authority', 'field', 'q', 'x', 'level[]', '__proto__', 'constructor'];
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('%', '%E0%A4%A', '%00', '..%2F..%2Fetc%2Fpasswd', '<script>', "' OR 1=1 --", '09', '99', 'federal', 'es', '\u0000', 'ñ', '🙂', 'a'.repeat(300)),
);

for (const target of dbTargets()) {
  describe(`no 5xx on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());

    test('random paths and query strings never produce a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...BASES),
          fc.option(nasty, { nil: undefined }),
          fc.array(fc.tuple(fc.constantFrom(...PARAMS), nasty), { maxLength: 4 }),
          fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'),
          async (base, tail, params, method) => {
            const path = base + (tail === undefined ? '' : encodeURIComponent(tail).replace(/%25/g, '%'));
            const qs = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%25/g, '%')}`).join('&');
            const r = await t.app.inject({ method: method as 'GET', url: qs ? `${path}?${qs}` : path });
            assert.ok(r.statusCode < 500, `${method} ${path}?${qs} → ${r.statusCode}: ${r.body.slice(0, 200)}`);
          },
        ),
        { numRuns: 400 },
      );
    });
  });
}
