/**
 * Sign-in, sessions, CSRF, lockout, rate limit and TOTP, through the real app
 * on PGlite and PostgreSQL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { auditActions, PASSWORD, seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { countAccounts } from './queries.ts';
import { hashToken } from './secrets.ts';
import { totpNow } from './totp.ts';

const accountActions = async (db: TestApp['db'], id: string) =>
  (await db.query<{ action: string }>('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id', [id])).map((r) => r.action);

for (const target of dbTargets()) {
  describe(`staff sign-in and sessions (${target.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
    });
    after(() => t?.close());

    test('a fresh install has no account: pages send to sign-in, the staff API answers 401', async () => {
      assert.equal(await countAccounts(t.db), 0);
      const c = new StaffClient(t.app);
      for (const path of ['/staff', '/staff/users', '/staff/audit', '/staff/account/two-factor']) {
        const r = await c.get(path);
        assert.equal(r.status, 303, path);
        assert.match(r.location!, /^\/staff\/login\?next=/);
      }
      for (const path of ['/api/v1/staff/me', '/api/v1/staff/users', '/api/v1/staff/audit', '/api/v1/staff/anything']) {
        const r = await c.get(path);
        assert.equal(r.status, 401, path);
        assert.equal(r.json().error.code, 'unauthenticated');
      }
      assert.equal((await c.postJson('/api/v1/staff/invitations', {})).status, 401);
    });

    test('sign-in opens a database session: httpOnly SameSite=Lax cookie, only its hash stored; sign-out ends it', async () => {
      const a = await seedAccount(t.db, { email: 'session@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      const r = await c.login(a.email);
      assert.equal(r.status, 303);
      assert.equal(r.location, '/staff');
      const cookie = [r.headers['set-cookie']].flat().find((h) => String(h).startsWith('vt_staff='))!;
      assert.match(String(cookie), /HttpOnly/);
      assert.match(String(cookie), /SameSite=Lax/);
      assert.doesNotMatch(String(cookie), /Secure/, 'plain http in tests');
      const token = c.jar.get('vt_staff')!;
      const rows = await t.db.query<{ id_hash: string }>('SELECT id_hash FROM staff_session WHERE account_id = $1', [a.id]);
      assert.deepEqual(rows.map((x) => x.id_hash), [hashToken(token)]);
      assert.equal((await c.get('/staff')).status, 200);

      await c.post('/staff/logout');
      assert.equal((await t.db.query('SELECT 1 FROM staff_session WHERE account_id = $1', [a.id])).length, 0);
      const replay = new StaffClient(t.app);
      replay.jar.set('vt_staff', token);
      const after = await replay.get('/staff');
      assert.equal(after.status, 303, 'a copied cookie stops working once signed out');
      assert.match(after.location!, /notice=expired/);
    });

    test('wrong credentials: the same answer for an unknown e-mail; the e-mail is kept, the password never echoed', async () => {
      await seedAccount(t.db, { email: 'wrong@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/login');
      const bad = await c.post('/staff/login', { email: 'wrong@example.org', password: 'not the password' });
      const unknown = await c.post('/staff/login', { email: 'nobody@example.org', password: 'not the password' });
      assert.equal(bad.status, 401);
      assert.equal(unknown.status, 401);
      assert.match(bad.body, /El correo o la contraseña no son correctos/);
      assert.match(unknown.body, /El correo o la contraseña no son correctos/);
      assert.match(bad.body, /value="wrong@example.org"/);
      assert.doesNotMatch(bad.body, /not the password/);
      const empty = await c.post('/staff/login', { email: 'not-an-email', password: '' });
      assert.equal(empty.status, 400);
      assert.match(empty.body, /«Correo electrónico» debe ser una dirección de correo válida/);
      assert.match(empty.body, /Escriba «Contraseña»/);
      assert.match(empty.body, /href="#f-password"/);
    });

    test('lockout: after 5 failures the account is locked, even for the right password, and it is audited', async () => {
      const a = await seedAccount(t.db, { email: 'locked@example.org', roles: ['reviewer'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/login');
      for (let i = 1; i <= 4; i++) assert.equal((await c.post('/staff/login', { email: a.email, password: `wrong ${i}` })).status, 401);
      const fifth = await c.post('/staff/login', { email: a.email, password: 'wrong 5' });
      assert.equal(fifth.status, 423);
      assert.match(fifth.body, /bloqueada durante 15 minutos/);
      const right = await c.post('/staff/login', { email: a.email, password: PASSWORD });
      assert.equal(right.status, 423, 'the right password does not open a locked account');
      assert.equal((await t.db.query('SELECT 1 FROM staff_session WHERE account_id = $1', [a.id])).length, 0);
      const events = await t.db.query<{ action: string }>("SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'account.%' ORDER BY id", [a.id]);
      assert.equal(events.filter((e) => e.action === 'account.sign_in_failed').length, 5);
      assert.ok(events.some((e) => e.action === 'account.locked'));
      // Time passes (the lock's end is moved to the past): the right password works and resets the counter.
      await t.db.query("UPDATE staff_account SET locked_until = now() - interval '1 second' WHERE id = $1", [a.id]);
      assert.equal((await c.post('/staff/login', { email: a.email, password: PASSWORD })).status, 303);
      assert.equal((await t.db.query<{ failed_logins: number }>('SELECT failed_logins FROM staff_account WHERE id = $1', [a.id]))[0]!.failed_logins, 0);
    });

    test('lockout holds under a parallel burst: 15 wrong passwords at once check only 5, then even the right one is refused', async () => {
      const a = await seedAccount(t.db, { email: 'burst@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/login');
      const burst = await Promise.all(Array.from({ length: 15 }, (_, i) => c.post('/staff/login', { email: a.email, password: `wrong ${i}` })));
      const statuses = burst.map((r) => r.status).sort();
      assert.deepEqual(statuses, [...Array(4).fill(401), ...Array(11).fill(423)], 'four plain failures, then locked');
      const failed = (await accountActions(t.db, a.id)).filter((x) => x === 'account.sign_in_failed');
      assert.equal(failed.length, 5, 'exactly the limit of passwords was checked');
      assert.equal((await c.post('/staff/login', { email: a.email, password: PASSWORD })).status, 423);
      assert.equal((await t.db.query('SELECT 1 FROM staff_session WHERE account_id = $1', [a.id])).length, 0);
    });

    test('a burst of 14 wrong and 1 right at the last free attempt: either the right one wins it, or none gets in', async () => {
      const a = await seedAccount(t.db, { email: 'burst-right@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/login');
      for (let i = 1; i <= 4; i++) assert.equal((await c.post('/staff/login', { email: a.email, password: `before ${i}` })).status, 401);
      const attempts = Array.from({ length: 15 }, (_, i) => (i === 7 ? PASSWORD : `wrong ${i}`));
      const burst = await Promise.all(attempts.map((password) => c.post('/staff/login', { email: a.email, password })));
      const right = burst[7]!;
      const failedInBurst = (await accountActions(t.db, a.id)).filter((x) => x === 'account.sign_in_failed').length - 4;
      const sessions = (await t.db.query('SELECT 1 FROM staff_session WHERE account_id = $1', [a.id])).length;
      if (right.status === 303) {
        // The right password took the fifth attempt: the count starts again after it, one at a time.
        assert.equal(sessions, 1);
        assert.ok(failedInBurst <= 5, `${failedInBurst} wrong passwords checked after the success`);
      } else {
        assert.equal(right.status, 423, 'the right password is refused once the account is locked');
        assert.equal(sessions, 0);
        assert.equal(failedInBurst, 1, 'only the fifth attempt was checked; every other one met the lock');
      }
    });

    test('an unknown address gets the same answers as a real account: 401 four times, then 423 with the same message', async () => {
      const a = await seedAccount(t.db, { email: 'real-one@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/login');
      const run = async (email: string) => {
        const out: { status: number; body: string }[] = [];
        for (let i = 1; i <= 6; i++) {
          const r = await c.post('/staff/login', { email, password: `wrong ${i}` });
          out.push({ status: r.status, body: r.body.replaceAll(email, 'EMAIL').replace(/name="_csrf" value="[^"]*"/g, '') });
        }
        return out;
      };
      const known = await run(a.email);
      const unknown = await run('nobody-here@example.org');
      assert.deepEqual(known.map((x) => x.status), [401, 401, 401, 401, 423, 423]);
      assert.deepEqual(unknown.map((x) => x.status), known.map((x) => x.status));
      for (let i = 0; i < known.length; i++) assert.equal(unknown[i]!.body, known[i]!.body, `answer ${i + 1} is identical`);
      // Only a key derived from the unknown address is kept, not the address.
      const guards = await t.db.query<{ email_key: string }>('SELECT email_key FROM login_guard');
      assert.ok(guards.some((g) => g.email_key === hashToken('nobody-here@example.org')));
      assert.ok(!JSON.stringify(guards).includes('nobody-here'));
    });

    test('CSRF: posts without a token, with a forged one, or with another session’s are refused and change nothing', async () => {
      const a = await seedAccount(t.db, { email: 'csrf@example.org', roles: ['advisor'] });
      const c = new StaffClient(t.app);
      await c.login(a.email);
      await c.get('/staff');
      const good = c.csrf;
      const other = new StaffClient(t.app);
      await other.get('/staff/login');
      const noToken = await t.app.inject({
        method: 'POST',
        url: '/staff/account/locale',
        headers: { cookie: `vt_staff=${c.jar.get('vt_staff')}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'locale=en',
      });
      assert.equal(noToken.statusCode, 403);
      assert.match(noToken.body, /El formulario caducó/);
      for (const token of ['forged-token', other.csrf]) {
        assert.equal((await c.post('/staff/account/locale', { locale: 'en', next: '/staff', _csrf: token })).status, 403, `token ${token}`);
      }
      assert.equal((await t.db.query<{ locale: string }>('SELECT locale FROM staff_account WHERE id = $1', [a.id]))[0]!.locale, 'es');
      // Sign-in forms are protected too (login CSRF), with the secret in a cookie until there is a session.
      const fresh = new StaffClient(t.app);
      assert.equal((await fresh.post('/staff/login', { email: a.email, password: PASSWORD, _csrf: 'x' })).status, 403);
      // The JSON API wants the token (from GET /me) in X-CSRF-Token.
      const admin = await seedAccount(t.db, { email: 'csrf-admin@example.org', roles: ['admin'] });
      const api = new StaffClient(t.app);
      await api.login(admin.email, PASSWORD, admin.totpSecret!);
      const token = (await api.get('/api/v1/staff/me')).json().csrfToken as string;
      api.csrf = 'nope';
      const refused = await api.postJson('/api/v1/staff/invitations', { email: 'x@example.org' });
      assert.equal(refused.status, 403);
      assert.equal(refused.json().error.code, 'csrf_invalid');
      api.csrf = token;
      const accepted = await api.postJson('/api/v1/staff/invitations', { email: 'x@example.org' });
      assert.equal(accepted.status, 400, 'past the CSRF check, the body is validated');
      assert.equal(accepted.json().error.parameter, 'displayName');
      assert.equal((await c.post('/staff/account/locale', { locale: 'en', next: '/staff' })).status, 303);
      assert.equal((await t.db.query<{ locale: string }>('SELECT locale FROM staff_account WHERE id = $1', [a.id]))[0]!.locale, 'en');
    });

    test('a request 30 s after the last one slides the idle expiry too: the session never ends before 30 idle minutes', async () => {
      const a = await seedAccount(t.db, { email: 'idle-early@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.login(a.email);
      const hash = hashToken(c.jar.get('vt_staff')!);
      // The last request was 30 s ago, so the idle expiry is 29½ minutes ahead.
      await t.db.query("UPDATE staff_session SET last_seen_at = now() - interval '30 seconds', idle_expires_at = now() + interval '29 minutes 30 seconds' WHERE id_hash = $1", [hash]);
      assert.equal((await c.get('/staff')).status, 200);
      const [row] = await t.db.query<{ secs: number }>('SELECT extract(epoch FROM idle_expires_at - now()) AS secs FROM staff_session WHERE id_hash = $1', [hash]);
      assert.ok(Number(row!.secs) > 30 * 60 - 5, `idle expiry ${Number(row!.secs).toFixed(0)} s ahead, expected 30 minutes from this request`);
    });

    test('sessions end after the idle timeout and after the absolute timeout; activity slides the idle one', async () => {
      const a = await seedAccount(t.db, { email: 'idle@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.login(a.email);
      const hash = hashToken(c.jar.get('vt_staff')!);
      await t.db.query("UPDATE staff_session SET last_seen_at = now() - interval '10 minutes', idle_expires_at = now() + interval '20 minutes' WHERE id_hash = $1", [hash]);
      assert.equal((await c.get('/staff')).status, 200);
      const [slid] = await t.db.query<{ mins: number }>('SELECT extract(epoch FROM idle_expires_at - now()) / 60 AS mins FROM staff_session WHERE id_hash = $1', [hash]);
      assert.ok(Number(slid!.mins) > 29, 'a request pushes the idle expiry to 30 minutes ahead');

      await t.db.query("UPDATE staff_session SET idle_expires_at = now() - interval '1 second' WHERE id_hash = $1", [hash]);
      const idle = await c.get('/staff');
      assert.equal(idle.status, 303);
      assert.equal(idle.location, '/staff/login?notice=expired&next=%2Fstaff');
      assert.match((await c.get(idle.location!)).body, /Su sesión terminó/);
      assert.equal((await t.db.query('SELECT 1 FROM staff_session WHERE id_hash = $1', [hash])).length, 0, 'the expired row is deleted');

      const c2 = new StaffClient(t.app);
      await c2.login(a.email);
      const hash2 = hashToken(c2.jar.get('vt_staff')!);
      await t.db.query("UPDATE staff_session SET absolute_expires_at = now() - interval '1 second', last_seen_at = now() - interval '5 minutes' WHERE id_hash = $1", [hash2]);
      assert.equal((await c2.get('/staff')).status, 303, 'however active, the absolute timeout ends it');
      assert.equal((await c2.get('/api/v1/staff/me')).status, 401);
    });

    test('TOTP: a second factor is required, wrong and replayed codes fail, and the pending session reaches nothing else', async () => {
      const a = await seedAccount(t.db, { email: 'totp@example.org', roles: ['editor'], totp: true });
      const c = new StaffClient(t.app);
      await c.get('/staff/login');
      const r = await c.post('/staff/login', { email: a.email, password: PASSWORD });
      assert.equal(r.location, '/staff/login/two-factor');
      assert.equal((await c.get('/staff')).location, '/staff/login/two-factor');
      assert.equal((await c.get('/api/v1/staff/me')).status, 401);
      await c.get('/staff/login/two-factor');
      const code = await totpNow(a.totpSecret!);
      const wrong = code === '000000' ? '111111' : '000000';
      const bad = await c.post('/staff/login/two-factor', { code: wrong });
      assert.equal(bad.status, 401);
      assert.match(bad.body, /El código no es correcto/);
      assert.equal((await c.post('/staff/login/two-factor', { code: 'abc' })).status, 400);
      assert.equal((await c.post('/staff/login/two-factor', { code })).location, '/staff');
      assert.equal((await c.get('/staff')).status, 200);

      const again = new StaffClient(t.app);
      await again.get('/staff/login');
      await again.post('/staff/login', { email: a.email, password: PASSWORD });
      await again.get('/staff/login/two-factor');
      assert.equal((await again.post('/staff/login/two-factor', { code })).status, 401, 'a code is accepted once');
      assert.ok((await auditActions(t.db)).includes('session.second_factor_verified'));
    });

    test('an administrator without TOTP must enrol first; enrolment checks a code from the app', async () => {
      const a = await seedAccount(t.db, { email: 'admin-enrol@example.org', roles: ['admin'], totp: false });
      const c = new StaffClient(t.app);
      assert.equal((await c.login(a.email)).location, '/staff');
      for (const p of ['/staff', '/staff/users', '/staff/audit']) assert.equal((await c.get(p)).location, '/staff/account/two-factor', p);
      const api = await c.get('/api/v1/staff/users');
      assert.equal(api.status, 403);
      assert.equal(api.json().error.code, 'two_factor_enrolment_required');
      assert.equal((await c.get('/api/v1/staff/me')).json().twoFactorEnrolmentRequired, true);
      const page = await c.get('/staff/account/two-factor');
      assert.equal(page.status, 200);
      assert.match(page.body, /deben activar la verificación en dos pasos/);
      const secret = /data-secret="([A-Z2-7]+)"/.exec(page.body)![1]!;
      assert.equal(/data-secret="([A-Z2-7]+)"/.exec((await c.get('/staff/account/two-factor')).body)![1], secret, 'the same secret until confirmed');
      const code = await totpNow(secret);
      assert.equal((await c.post('/staff/account/two-factor', { code: code === '123456' ? '654321' : '123456' })).status, 400);
      assert.equal((await c.post('/staff/account/two-factor', { code })).location, '/staff/account/two-factor?notice=enabled');
      assert.equal((await c.get('/staff/users')).status, 200);
      const [row] = await t.db.query<{ totp_enabled: boolean; totp_secret: string }>('SELECT totp_enabled, totp_secret FROM staff_account WHERE id = $1', [a.id]);
      assert.deepEqual(row, { totp_enabled: true, totp_secret: secret });
      assert.ok((await auditActions(t.db)).includes('account.two_factor_enabled'));
    });

    test('staff responses are never cached; the staff API is same-origin only (no CORS header)', async () => {
      const a = await seedAccount(t.db, { email: 'cache@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app, { origin: 'https://elsewhere.example' });
      for (const p of ['/staff/login', '/staff/password/forgot', '/staff/nope', '/api/v1/staff/me']) {
        const r = await c.get(p);
        assert.equal(r.headers['cache-control'], 'no-store', p);
        assert.equal(r.headers['access-control-allow-origin'], undefined, p);
      }
      await c.login(a.email);
      for (const p of ['/staff', '/api/v1/staff/me']) {
        const r = await c.get(p);
        assert.equal(r.headers['cache-control'], 'no-store', p);
        assert.equal(r.headers['access-control-allow-origin'], undefined, p);
        assert.equal(r.headers['cross-origin-resource-policy'], 'same-origin', p);
      }
      const pub = await t.app.inject({ url: '/api/v1/procedures' });
      assert.equal(pub.headers['access-control-allow-origin'], '*', 'the open-data API stays open');
    });

    test('language: ?lang= on sign-in pages; once signed in the switch stores the locale on the account', async () => {
      const a = await seedAccount(t.db, { email: 'lang@example.org', roles: ['editor'], locale: 'es' });
      const c = new StaffClient(t.app);
      const en = await c.get('/staff/login?lang=en');
      assert.match(en.body, /<html lang="en">/);
      assert.match(en.body, /Sign in/);
      assert.match((await c.get('/staff/password/forgot')).body, /Reset your password/, 'remembered by cookie');
      await c.login(a.email);
      assert.match((await c.get('/staff')).body, /Hola, lang/, 'the account’s language wins once signed in');
      const r = await c.post('/staff/account/locale', { locale: 'en', next: '/staff/users' });
      assert.equal(r.location, '/staff/users');
      assert.equal((await c.post('/staff/account/locale', { locale: 'en', next: 'https://evil.example/' })).location, '/staff', 'no open redirect');
      assert.match((await c.get('/staff')).body, /Hello, lang/);
      const [e] = await t.db.query<{ before: unknown; after: unknown }>("SELECT before, after FROM audit_event WHERE action = 'account.locale_changed' AND entity_id = $1", [a.id]);
      assert.deepEqual(e, { before: { locale: 'es' }, after: { locale: 'en' } });
    });
  });
}

describe('rate limit and Secure cookies (PGlite)', () => {
  test('sign-in forms allow N posts per minute per address, then 429 in the visitor’s language', async () => {
    const t = await buildTestApp(dbTargets()[0]!, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const c = new StaffClient(t.app);
      await c.get('/staff/password/forgot?lang=en');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await c.post('/staff/password/forgot', { email: 'x@example.org' })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const r = await c.post('/staff/password/forgot', { email: 'x@example.org' });
      assert.match(r.body, /Too many attempts/);
      assert.equal((await c.get('/staff/login')).status, 200, 'reading a page is not limited');
    } finally {
      await t.close();
    }
  });

  test('X-Forwarded-For from an untrusted peer is ignored: rotating it does not get round the per-address limit', async () => {
    // The proxy we trust is 10.9.9.9; requests come straight from 127.0.0.1.
    const t = await buildTestApp(dbTargets()[0]!, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '10.9.9.9' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const c = new StaffClient(t.app, { 'x-forwarded-for': `203.0.113.${i + 1}` });
        await c.get('/staff/password/forgot?lang=en');
        statuses.push((await c.post('/staff/password/forgot', { email: 'x@example.org' })).status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    } finally {
      await t.close();
    }
  });

  test('X-Forwarded-For from a trusted proxy names the client: each client has its own limit', async () => {
    const t = await buildTestApp(dbTargets()[0]!, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '127.0.0.1' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const c = new StaffClient(t.app, { 'x-forwarded-for': `203.0.113.${i + 1}` });
        await c.get('/staff/password/forgot?lang=en');
        statuses.push((await c.post('/staff/password/forgot', { email: 'x@example.org' })).status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200]);
    } finally {
      await t.close();
    }
  });

  test('behind a TLS-terminating proxy (TRUST_PROXY) the session cookie is Secure', async () => {
    const t = await buildTestApp(dbTargets()[0]!, { env: { TRUST_PROXY: '127.0.0.1' } });
    try {
      const a = await seedAccount(t.db, { email: 'tls@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app, { 'x-forwarded-proto': 'https' });
      const r = await c.login(a.email);
      const cookie = String([r.headers['set-cookie']].flat().find((h) => String(h).startsWith('vt_staff=')));
      assert.match(cookie, /; Secure/);
      assert.match(cookie, /HttpOnly/);
    } finally {
      await t.close();
    }
  });
});
