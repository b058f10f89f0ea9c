/** Property test: no request to the staff surface, signed in or not, however malformed, gets a 5xx. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { PASSWORD, seedAccount, StaffClient } from '#tests/helpers/staff.ts';

const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('%', '%E0%A4%A', '%00', '..%2F..', '<script>', "' OR 1=1 --", '14', '99', 'admin', 'state-officer', 'en', '\u0000', 'ñ', 'a'.repeat(300), '2026-02-30'),
);
const FIELDS = ['email', 'password', 'confirm', 'code', 'displayName', 'locale', 'roles', 'states', 'status', 'next', 'q', 'page', 'lang', 'from', 'to', 'action', '__proto__', '_csrf'];

for (const target of dbTargets()) {
  describe(`no 5xx on the staff surface (${target.name})`, () => {
    let t: TestApp;
    let admin: StaffClient;
    let other = '';
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '10000' } });
      const a = await seedAccount(t.db, { email: 'fuzz-admin@example.org', roles: ['admin'] });
      other = (await seedAccount(t.db, { email: 'fuzz-editor@example.org', roles: ['editor'] })).id;
      admin = new StaffClient(t.app);
      await admin.login(a.email, PASSWORD, a.totpSecret!);
    });
    after(() => t?.close());

    test('random paths, queries and form bodies never produce a 5xx', async () => {
      const bases = [
        '/staff', '/staff/login', '/staff/login/two-factor', '/staff/logout', '/staff/password/forgot', '/staff/password/reset/',
        '/staff/invitations/', '/staff/account/two-factor', '/staff/account/locale', '/staff/users', '/staff/users/invite',
        `/staff/users/${other}`, `/staff/users/${other}/access`, `/staff/users/${other}/status`, '/staff/users/', '/staff/audit',
        '/staff/assets/', '/api/v1/staff/me', '/api/v1/staff/users', '/api/v1/staff/audit', '/api/v1/staff/invitations', '/api/v1/staff/users/',
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...bases),
          fc.option(nasty, { nil: undefined }),
          fc.array(fc.tuple(fc.constantFrom(...FIELDS), nasty), { maxLength: 5 }),
          fc.constantFrom('GET', 'POST'),
          fc.boolean(),
          fc.boolean(),
          async (base, tail, fields, method, signedIn, goodCsrf) => {
            const path = base + (tail === undefined ? '' : encodeURIComponent(tail).replace(/%25/g, '%'));
            const qs = fields.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%25/g, '%')}`).join('&');
            const headers: Record<string, string> = {};
            if (signedIn) headers.cookie = [...admin.jar].map(([k, v]) => `${k}=${v}`).join('; ');
            const body = goodCsrf && signedIn ? `${qs}${qs ? '&' : ''}_csrf=${encodeURIComponent(admin.csrf)}` : qs;
            const r =
              method === 'GET'
                ? await t.app.inject({ method, url: qs ? `${path}?${qs}` : path, headers })
                : await t.app.inject({ method, url: path, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
            assert.ok(r.statusCode < 500, `${method} ${path} ${qs} → ${r.statusCode}: ${r.body.slice(0, 300)}`);
          },
        ),
        { numRuns: 300 },
      );
      // The admin may have signed themself out along the way; the property holds either way.
    });

    test('malformed JSON and wrong content types on the staff API are 4xx', async () => {
      const a2 = await seedAccount(t.db, { email: 'fuzz-admin2@example.org', roles: ['admin'] });
      const c = new StaffClient(t.app);
      await c.login(a2.email, PASSWORD, a2.totpSecret!);
      c.csrf = (await c.get('/api/v1/staff/me')).json().csrfToken;
      for (const [type, payload] of [['application/json', '{not json'], ['text/plain', 'hello'], ['application/json', '[]'], ['application/json', 'null']] as const) {
        const r = await t.app.inject({ method: 'POST', url: '/api/v1/staff/invitations', headers: { 'content-type': type, cookie: [...c.jar].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.csrf }, payload });
        assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${type} ${payload} → ${r.statusCode} ${r.body}`);
        assert.ok(r.json().error.code, 'the project’s JSON error shape');
      }
    });
  });
}
