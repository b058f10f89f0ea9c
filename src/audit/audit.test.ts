/**
 * The audit trail: append-only in the database, written with every mutation
 * in its transaction, and browsable by administrators (filters, pages, API).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { auditActions, linkIn, outbox, PASSWORD, pathOf, seedAccount, StaffClient, type TestAccount } from '#tests/helpers/staff.ts';
import { setLocale } from '../accounts/queries.ts';
import { totpNow } from '../accounts/totp.ts';
import { CLI_ACTOR, recordAudit } from './record.ts';

for (const target of dbTargets()) {
  describe(`audit trail (${target.name})`, () => {
    let t: TestApp;
    let admin: TestAccount;
    let ac: StaffClient;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      admin = await seedAccount(t.db, { email: 'auditor@example.org', roles: ['admin'] });
      ac = new StaffClient(t.app);
      await ac.login(admin.email, PASSWORD, admin.totpSecret!);
    });
    after(() => t?.close());

    test('audit_event is append-only for everyone: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
      await recordAudit(t.db, { actor: CLI_ACTOR, action: 'test.appended', entityType: 'test', entityId: 'x', after: ['a', 1] });
      const [row] = await t.db.query<{ after: unknown }>("SELECT after FROM audit_event WHERE action = 'test.appended'");
      assert.deepEqual(row!.after, ['a', 1], 'JSON arrays stored as JSON');
      for (const sql of ["UPDATE audit_event SET actor_label = 'someone else'", 'DELETE FROM audit_event', 'TRUNCATE audit_event']) {
        await assert.rejects(t.db.query(sql), /append-only/, sql);
      }
      assert.equal((await t.db.query("SELECT 1 FROM audit_event WHERE action = 'test.appended'")).length, 1);
    });

    test('a change and its event commit or roll back together', async () => {
      await assert.rejects(
        t.db.transaction(async (tx) => {
          await setLocale(tx, admin.id, 'en');
          await recordAudit(tx, { actor: CLI_ACTOR, action: 'Not An Action', entityType: 'account', entityId: admin.id });
        }),
        /entity\.verb/,
      );
      assert.equal((await t.db.query<{ locale: string }>('SELECT locale FROM staff_account WHERE id = $1', [admin.id]))[0]!.locale, 'es');
    });

    test('every accounts mutation writes its event (walked through the real screens)', async () => {
      const start = (await auditActions(t.db)).length;
      await ac.get('/staff/users/invite');
      await ac.post('/staff/users/invite', { email: 'walk@example.org', displayName: 'Walk', locale: 'es', roles: ['editor'] });
      await ac.post('/staff/users/invite', { email: 'walk@example.org', displayName: 'Walk', locale: 'es', roles: ['editor'] }); // supersedes
      const [, second] = await outbox(t.db, 'walk@example.org');
      const w = new StaffClient(t.app);
      await w.get(pathOf(linkIn(second!.body_text)));
      await w.post(pathOf(linkIn(second!.body_text)), { displayName: 'Walk', password: PASSWORD, confirm: PASSWORD });
      const [{ id }] = (await t.db.query<{ id: string }>("SELECT id FROM staff_account WHERE email = 'walk@example.org'")) as [{ id: string }];
      await w.get('/staff/login');
      await w.post('/staff/login', { email: 'walk@example.org', password: 'wrong password!' });
      await w.login('walk@example.org');
      await w.get('/staff/account/two-factor');
      const secret = /data-secret="([A-Z2-7]+)"/.exec((await w.get('/staff/account/two-factor')).body)![1]!;
      await w.post('/staff/account/two-factor', { code: await totpNow(secret) });
      await w.get('/staff');
      await w.post('/staff/account/locale', { locale: 'en', next: '/staff' });
      await w.post('/staff/logout');
      // Sign in again: one wrong code, then the next step's code (the enrolment code may not be replayed).
      await w.get('/staff/login');
      await w.post('/staff/login', { email: 'walk@example.org', password: PASSWORD });
      await w.get('/staff/login/two-factor');
      const next = await totpNow(secret, Math.floor(Date.now() / 1000) + 30);
      await w.post('/staff/login/two-factor', { code: next === '000000' ? '111111' : '000000' });
      assert.equal((await w.post('/staff/login/two-factor', { code: next })).location, '/staff');
      await ac.get(`/staff/users/${id}`);
      await ac.post(`/staff/users/${id}/access`, { roles: ['editor', 'reviewer'] });
      await ac.post(`/staff/users/${id}/two-factor-reset`);
      await ac.post(`/staff/users/${id}/status`, { status: 'disabled' });
      await ac.post(`/staff/users/${id}/status`, { status: 'active' });
      await ac.post('/staff/users/invite', { email: 'gone@example.org', displayName: 'Gone', locale: 'es', roles: ['advisor'] });
      const [{ id: inv }] = (await t.db.query<{ id: string }>("SELECT id FROM staff_invitation WHERE email = 'gone@example.org'")) as [{ id: string }];
      await ac.get('/staff/users');
      await ac.post(`/staff/invitations/${inv}/revoke`);
      const anon = new StaffClient(t.app);
      await anon.get('/staff/password/forgot');
      await anon.post('/staff/password/forgot', { email: 'walk@example.org' });
      const reset = (await outbox(t.db, 'walk@example.org')).find((m) => m.template === 'passwordReset')!;
      await anon.get(pathOf(linkIn(reset.body_text)));
      await anon.post(pathOf(linkIn(reset.body_text)), { password: 'another long passphrase', confirm: 'another long passphrase' });
      for (let i = 0; i < 5; i++) await anon.post('/staff/login', { email: 'walk@example.org', password: `nope ${i}` });

      const actions = new Set((await auditActions(t.db)).slice(start));
      assert.deepEqual([...actions].sort(), [
        'account.access_changed',
        'account.created',
        'account.disabled',
        'account.enabled',
        'account.locale_changed',
        'account.locked',
        'account.password_reset',
        'account.password_reset_requested',
        'account.second_factor_failed',
        'account.sign_in_failed',
        'account.two_factor_enabled',
        'account.two_factor_reset',
        'invitation.created',
        'invitation.revoked',
        'session.created',
        'session.ended',
        'session.second_factor_verified',
      ]);
      const secrets = await t.db.query("SELECT 1 FROM audit_event WHERE before::text ~* 'argon2|totp_secret|token' OR after::text ~* 'argon2|\"secret\"|token'");
      assert.equal(secrets.length, 0, 'no secret is ever copied into the trail');
    });

    test('administrators browse it with filters and pages, as a page and as JSON', async () => {
      for (let i = 0; i < 55; i++) await recordAudit(t.db, { actor: CLI_ACTOR, action: 'bulk.made', entityType: 'procedure', entityId: `p-${i}`, before: { fee: i }, after: { fee: i + 1 } });
      const first = await ac.get('/staff/audit?action=bulk.made');
      assert.equal(first.status, 200);
      assert.equal((first.body.match(/class="audit-event"/g) ?? []).length, 50);
      assert.match(first.body, /rel="next"/);
      assert.match(first.body, /línea de comandos del servidor/);
      assert.match(first.body, /&quot;fee&quot;: 55/, 'newest first, with before/after');
      const second = await ac.get('/staff/audit?action=bulk.made&page=2');
      assert.equal((second.body.match(/class="audit-event"/g) ?? []).length, 5);
      assert.match(second.body, /rel="prev"/);
      assert.equal((await ac.get('/staff/audit?entityType=procedure&entityId=p-7')).body.match(/class="audit-event"/g)?.length, 1);
      const mine = (await ac.get('/staff/audit?action=session.&actor=AUDITOR')).body;
      assert.match(mine, /session\.created/);
      assert.doesNotMatch(mine, /account\.created/);
      const today = new Date().toISOString().slice(0, 10);
      assert.equal((await ac.get(`/staff/audit?from=${today}&to=${today}&action=bulk.made`)).body.match(/class="audit-event"/g)?.length, 50);
      assert.match((await ac.get('/staff/audit?from=2001-01-01&to=2001-01-02')).body, /Ningún evento coincide/);
      const bad = await ac.get('/staff/audit?from=yesterday&to=2001-01-01');
      assert.equal(bad.status, 400);
      assert.match(bad.body, /«Desde» debe ser una fecha AAAA-MM-DD/);
      assert.match(bad.body, /value="yesterday"/);
      const api = (await ac.get('/api/v1/staff/audit?entityType=procedure&entityId=p-3')).json();
      assert.equal(api.items.length, 1);
      assert.deepEqual(api.items[0].after, { fee: 4 });
      assert.equal(api.items[0].actorLabel, 'cli');
      const badApi = await ac.get('/api/v1/staff/audit?to=2020-02-30x');
      assert.equal(badApi.status, 400);
      assert.equal(badApi.json().error.parameter, 'to');
    });
  });
}
