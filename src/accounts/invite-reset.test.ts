/**
 * Invitations and password resets end to end through the outbox (the mail is
 * read from the mail_outbox table, as a developer would from the local outbox).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { linkIn, outbox, PASSWORD, pathOf, seedAccount, StaffClient, type TestAccount } from '#tests/helpers/staff.ts';

for (const target of dbTargets()) {
  describe(`invitations and password resets (${target.name})`, () => {
    let t: TestApp;
    let admin: TestAccount;
    let ac: StaffClient;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      admin = await seedAccount(t.db, { email: 'root@example.org', roles: ['admin'] });
      ac = new StaffClient(t.app);
      await ac.login(admin.email, PASSWORD, admin.totpSecret!);
    });
    after(() => t?.close());

    test('an admin invites an editor, a reviewer and a state officer; each accepts by the mailed link and signs in', async () => {
      const people = [
        { email: 'Editor@Example.org', displayName: 'Eva Editor', locale: 'en', roles: ['editor'], states: [] as string[] },
        { email: 'reviewer@example.org', displayName: 'Rita Revisora', locale: 'es', roles: ['reviewer'], states: [] },
        { email: 'jalisco@example.org', displayName: 'Juan Jalisco', locale: 'es', roles: ['state-officer'], states: ['14', '01'] },
      ];
      for (const p of people) {
        await ac.get('/staff/users/invite');
        const r = await ac.post('/staff/users/invite', { email: p.email, displayName: p.displayName, locale: p.locale, roles: p.roles, states: p.states });
        assert.equal(r.status, 303, p.email);
        assert.equal(r.location, '/staff/users?notice=invited');
      }
      const list = await ac.get('/staff/users?notice=invited');
      assert.match(list.body, /Invitación enviada/);
      assert.match(list.body, /jalisco@example.org/, 'listed as pending');

      for (const p of people) {
        const [mail] = await outbox(t.db, p.email);
        assert.equal(mail!.template, 'invitation');
        assert.equal(mail!.locale, p.locale);
        assert.match(mail!.subject, p.locale === 'en' ? /Invitation to the Ventanilla back office/ : /Invitación al back office/);
        assert.match(mail!.body_text, p.locale === 'en' ? /root invited you/ : /root le invitó/);
        const link = linkIn(mail!.body_text);
        assert.ok(link.startsWith(`${TEST_PUBLIC_URL}/staff/invitations/`));
        const invitee = new StaffClient(t.app);
        const page = await invitee.get(pathOf(link));
        assert.equal(page.status, 200);
        assert.match(page.body, new RegExp(p.displayName));
        // Errors re-render with the field named and the typed values kept.
        const short = await invitee.post(pathOf(link), { displayName: 'Someone Else', password: 'short', confirm: 'short' });
        assert.equal(short.status, 400);
        assert.match(short.body, /debe tener al menos 12 caracteres|must be at least 12 characters/);
        assert.match(short.body, /value="Someone Else"/);
        const mismatch = await invitee.post(pathOf(link), { displayName: p.displayName, password: PASSWORD, confirm: `${PASSWORD}!` });
        assert.equal(mismatch.status, 400);
        assert.match(mismatch.body, /href="#f-confirm"/);
        const ok = await invitee.post(pathOf(link), { displayName: p.displayName, password: PASSWORD, confirm: PASSWORD });
        assert.equal(ok.status, 303);
        assert.equal(ok.location, `/staff/login?notice=accountReady&lang=${p.locale}`);
        assert.equal((await invitee.get(pathOf(link))).status, 404, 'an invitation is used once');
        const login = await invitee.login(p.email.toLowerCase());
        assert.equal(login.location, '/staff', 'e-mail matched regardless of case');
        const me = (await invitee.get('/api/v1/staff/me')).json();
        assert.deepEqual(me.account.roles, p.roles);
        assert.deepEqual(me.account.states, [...p.states].sort());
        assert.equal(me.account.email, p.email, 'stored as typed');
      }
    });

    test('invalid invitations: bad input names the field; an existing e-mail is refused; a newer invitation revokes the older', async () => {
      await ac.get('/staff/users/invite');
      const bad = await ac.post('/staff/users/invite', { email: 'nope', displayName: '', locale: 'es', roles: [], states: [] });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /«Correo electrónico» debe ser una dirección de correo válida/);
      assert.match(bad.body, /Escriba «Nombre»/);
      assert.match(bad.body, /Elija al menos un valor en «Roles»/);
      assert.match(bad.body, /value="nope"/);
      const officer = await ac.post('/staff/users/invite', { email: 'so@example.org', displayName: 'SO', locale: 'es', roles: ['state-officer'] });
      assert.equal(officer.status, 400);
      assert.match(officer.body, /Un enlace estatal necesita al menos un valor en «Estados/);
      const badState = await ac.post('/staff/users/invite', { email: 'so@example.org', displayName: 'SO', locale: 'es', roles: ['state-officer'], states: ['33'] });
      assert.equal(badState.status, 400);
      const taken = await ac.post('/staff/users/invite', { email: 'ROOT@example.org', displayName: 'Again', locale: 'es', roles: ['editor'] });
      assert.equal(taken.status, 409);
      assert.match(taken.body, /Ya existe una cuenta con ese correo/);

      for (const name of ['First', 'Second']) await ac.post('/staff/users/invite', { email: 'twice@example.org', displayName: name, locale: 'es', roles: ['advisor'] });
      const [first, second] = await outbox(t.db, 'twice@example.org');
      assert.equal((await new StaffClient(t.app).get(pathOf(linkIn(first!.body_text)))).status, 404, 'superseded');
      assert.equal((await new StaffClient(t.app).get(pathOf(linkIn(second!.body_text)))).status, 200);
      const [pending] = await t.db.query<{ id: string }>("SELECT id FROM staff_invitation WHERE email = 'twice@example.org' AND revoked_at IS NULL");
      await ac.get('/staff/users');
      assert.equal((await ac.post(`/staff/invitations/${pending!.id}/revoke`)).location, '/staff/users?notice=revoked');
      assert.equal((await new StaffClient(t.app).get(pathOf(linkIn(second!.body_text)))).status, 404, 'revoked');
      await t.db.query("UPDATE staff_invitation SET revoked_at = NULL, expires_at = now() - interval '1 second' WHERE id = $1", [pending!.id]);
      assert.equal((await new StaffClient(t.app).get(pathOf(linkIn(second!.body_text)))).status, 404, 'expired');
    });

    test('password reset: the mailed link sets a new password once, ends every session, and says so by mail', async () => {
      const a = await seedAccount(t.db, { email: 'forgetful@example.org', roles: ['advisor'], locale: 'en' });
      const signedIn = new StaffClient(t.app);
      await signedIn.login(a.email);
      const c = new StaffClient(t.app);
      await c.get('/staff/password/forgot');
      const unknown = await c.post('/staff/password/forgot', { email: 'ghost@example.org' });
      const known = await c.post('/staff/password/forgot', { email: a.email });
      assert.equal(unknown.status, 200);
      assert.equal(known.status, 200);
      assert.equal(unknown.body.replace(/value="[^"]+"/g, ''), known.body.replace(/value="[^"]+"/g, ''), 'no account enumeration');
      assert.equal((await outbox(t.db, 'ghost@example.org')).length, 0);
      const [mail] = await outbox(t.db, a.email);
      assert.equal(mail!.template, 'passwordReset');
      assert.match(mail!.subject, /Reset your Ventanilla password/);
      const path = pathOf(linkIn(mail!.body_text));
      assert.equal((await c.get(path)).status, 200);
      const mismatch = await c.post(path, { password: 'a brand new passphrase', confirm: 'something else entirely' });
      assert.equal(mismatch.status, 400);
      const r = await c.post(path, { password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
      assert.equal(r.location, '/staff/login?notice=passwordChanged');
      assert.equal((await c.get(path)).status, 404, 'used once');
      assert.equal((await signedIn.get('/staff')).status, 303, 'other sessions ended');
      assert.equal((await new StaffClient(t.app).login(a.email, PASSWORD)).status, 401, 'the old password no longer works');
      assert.equal((await new StaffClient(t.app).login(a.email, 'a brand new passphrase')).location, '/staff');
      const mails = await outbox(t.db, a.email);
      assert.deepEqual(mails.map((m) => m.template), ['passwordReset', 'passwordChanged']);
      assert.equal((await c.get('/staff/password/reset/not-a-real-token-at-all-000')).status, 404);
    });

    test('reset requests: a real and an unknown address answer after the same time, and 25 requests send 3 mails', async () => {
      const a = await seedAccount(t.db, { email: 'flooded@example.org', roles: ['advisor'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/password/forgot');
      const timed = async (email: string) => {
        const started = performance.now();
        const r = await c.post('/staff/password/forgot', { email });
        assert.equal(r.status, 200);
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      // Interleaved, so machine noise falls on both alike.
      for (let i = 0; i < 25; i++) {
        known.push(await timed(a.email));
        unknown.push(await timed(`ghost-${i}@example.org`));
      }
      const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
      const ratio = median(known) / median(unknown);
      assert.ok(ratio > 0.8 && ratio < 1.25, `median ${median(known).toFixed(1)} ms (real) vs ${median(unknown).toFixed(1)} ms (unknown)`);
      const mails = (await outbox(t.db, a.email)).filter((m) => m.template === 'passwordReset');
      assert.equal(mails.length, 3, 'at most three reset mails an hour per account');
      const links = await t.db.query('SELECT 1 FROM password_reset WHERE account_id = $1', [a.id]);
      assert.equal(links.length, 3);
    });

    test('a reset link expires after an hour', async () => {
      const a = await seedAccount(t.db, { email: 'late@example.org', roles: ['advisor'] });
      const c = new StaffClient(t.app);
      await c.get('/staff/password/forgot');
      await c.post('/staff/password/forgot', { email: a.email });
      const [mail] = await outbox(t.db, a.email);
      assert.match(mail!.body_text, /válido hasta/);
      await t.db.query("UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE account_id = $1", [a.id]);
      const path = pathOf(linkIn(mail!.body_text));
      assert.equal((await c.get(path)).status, 404);
      assert.equal((await c.post(path, { password: 'a brand new passphrase', confirm: 'a brand new passphrase' })).status, 404);
    });

    test('the staff API invites too (JSON, CSRF header) and names the bad field', async () => {
      const token = (await ac.get('/api/v1/staff/me')).json().csrfToken as string;
      ac.csrf = token;
      const bad = await ac.postJson('/api/v1/staff/invitations', { email: 'api@example.org', displayName: 'API', roles: ['nope'] });
      assert.equal(bad.status, 400);
      assert.equal(bad.json().error.parameter, 'roles');
      const ok = await ac.postJson('/api/v1/staff/invitations', { email: 'api@example.org', displayName: 'API', roles: ['advisor'], locale: 'en' });
      assert.equal(ok.status, 201);
      assert.deepEqual(ok.json().roles, ['advisor']);
      assert.equal((await outbox(t.db, 'api@example.org')).length, 1);
      const dup = await ac.postJson('/api/v1/staff/invitations', { email: 'root@example.org', displayName: 'x', roles: ['advisor'] });
      assert.equal(dup.status, 409);
    });
  });
}
