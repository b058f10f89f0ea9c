/** Property test: no request to the editorial and report surfaces, however malformed, gets a 5xx. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { person, REASON } from '#tests/helpers/editorial.ts';
import { createDraft } from './commands/create-draft.ts';

const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('%', '%E0%A4%A', '%00', '..%2F..', '<script>', "' OR 1=1 --", '09', '99', '-1', '1e309', 'NaN', '{}', '[]', '{"id":1}', 'null', '\u0000', 'a'.repeat(3000), 'fixed', 'variable', ''),
);
const FIELDS = ['doc', 'reason.es', 'reason.en', 'revision', 'comment', 'note', 'message', 'email', 'step', 'paso', 'website', 'title.es', 'steps.0.costs.0.kind', 'steps.0.costs.0.amountMXN', 'steps.0.timeframe.waiting.min', 'steps.0.costs.9.kind', 'level', 'state', 'draft', 'page', 'status', 'procedure', '__proto__', '_csrf'];

for (const target of dbTargets()) {
  describe(`no 5xx on editorial and report routes (${target.name})`, () => {
    let t: TestApp;
    let c: StaffClient;
    let draft = '';
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '10000', REPORT_RATE_LIMIT_PER_MINUTE: '10000' } });
      const a = await seedAccount(t.db, { email: 'fuzz@example.org', roles: ['editor', 'reviewer'] });
      const other = await person(t.db, 'other@example.org', ['editor']);
      draft = await createDraft(t.db, other.ctx, t.catalogue.current, { entityType: 'procedure', entityId: 'sat-csd', doc: structuredClone(t.catalogue.current.procedure('sat-csd')!), reason: REASON });
      c = new StaffClient(t.app);
      await c.login(a.email);
      await c.get('/staff');
    });
    after(() => t?.close());

    test('random paths, queries and bodies never produce a 5xx', async () => {
      const bases = [
        '/staff/procedures', '/staff/procedures/semarnat-lau/edit', '/staff/procedures/semarnat-lau/edit/json', '/staff/procedures/', '/staff/states', '/staff/states/09/edit', '/staff/reference', '/staff/reference/office/sat-adsc/edit', '/staff/reference/law/lie/edit', '/staff/reference/authority/sat/edit',
        `/staff/drafts/${draft}`, `/staff/drafts/${draft}/submit`, `/staff/drafts/${draft}/approve`, `/staff/drafts/${draft}/request-changes`, `/staff/drafts/${draft}/withdraw`, '/staff/drafts/',
        '/staff/reviews', '/staff/reports', '/staff/reports/', '/api/v1/staff/procedures', '/api/v1/staff/drafts', `/api/v1/staff/drafts/${draft}`, '/api/v1/staff/procedures/sat-csd/drafts',
        '/api/v1/staff/reports', '/es/tramites/licencia-ambiental-unica/reportar', '/en/procedures/licencia-ambiental-unica/report', '/es/tramites/licencia-ambiental-unica/reportar/enviado',
      ];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...bases), fc.option(nasty, { nil: undefined }), fc.array(fc.tuple(fc.constantFrom(...FIELDS), nasty), { maxLength: 6 }), fc.constantFrom('GET', 'POST'), fc.boolean(), async (base, tail, fields, method, goodCsrf) => {
          const path = base + (tail === undefined ? '' : encodeURIComponent(tail).replace(/%25/g, '%'));
          const qs = fields.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%25/g, '%')}`).join('&');
          const headers: Record<string, string> = { cookie: [...c.jar].map(([k, v]) => `${k}=${v}`).join('; ') };
          const body = goodCsrf ? `${qs}${qs ? '&' : ''}_csrf=${encodeURIComponent(c.csrf)}` : qs;
          const r =
            method === 'GET'
              ? await t.app.inject({ method, url: qs ? `${path}?${qs}` : path, headers })
              : await t.app.inject({ method, url: path, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
          assert.ok(r.statusCode < 500, `${method} ${path} ${qs.slice(0, 200)} → ${r.statusCode}: ${r.body.slice(0, 300)}`);
        }),
        { numRuns: 250 },
      );
    });
  });
}
