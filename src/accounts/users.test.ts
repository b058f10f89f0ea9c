/**
 * Administrators' user management, and the role matrix enforced over HTTP:
 * every role × every protected staff route and API call.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { PASSWORD, seedAccount, StaffClient, type TestAccount } from '#tests/helpers/staff.ts';
import { ROLES, type Role } from './schema.ts';

for (const target of dbTargets()) {
  describe(`user management (${target.name})`, () => {
    let t: TestApp;
    let admin: TestAccount;
    let ac: StaffClient;
    const byRole = new Map<Role, { account: TestAccount; client: StaffClient }>();
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      admin = await seedAccount(t.db, { email: 'admin@example.org', roles: ['admin'] });
      ac = new StaffClient(t.app);
      await ac.login(admin.email, PASSWORD, admin.totpSecret!);
      for (const role of ROLES) {
        const account = role === 'admin' ? admin : await seedAccount(t.db, { email: `${role}@example.org`, roles: [role], states: role === 'state-officer' ? ['14'] : [] });
        const client = role === 'admin' ? ac : new StaffClient(t.app);
        if (role !== 'admin') await client.login(account.email);
        byRole.set(role, { account, client });
      }
    });
    after(() => t?.close());

    test('role matrix over HTTP: each role reaches exactly the routes its policy allows', async () => {
      const target = byRole.get('editor')!.account.id;
      const A: Role[] = ['admin'];
      const all: Role[] = [...ROLES];
      const routes: [method: 'GET' | 'POST', path: string, allowed: Role[], body?: Record<string, string | string[]>][] = [
        ['GET', '/staff', all],
        ['GET', '/staff/account/two-factor', all],
        ['GET', '/api/v1/staff/me', all],
        ['GET', '/staff/users', A],
        ['GET', '/staff/users/invite', A],
        ['GET', `/staff/users/${target}`, A],
        ['GET', '/staff/audit', A],
        ['GET', '/api/v1/staff/users', A],
        ['GET', `/api/v1/staff/users/${target}`, A],
        ['GET', '/api/v1/staff/audit', A],
        ['POST', '/staff/users/invite', A, { email: 'matrix@example.org', displayName: '', roles: ['editor'] }],
        ['POST', `/staff/users/${target}/access`, A, { roles: [] }],
        ['POST', `/staff/users/${target}/status`, A, { status: 'bogus' }],
        ['POST', '/staff/invitations/00000000-0000-0000-0000-000000000000/revoke', A],
      ];
      for (const [method, path, allowed, body] of routes) {
        for (const role of ROLES) {
          const { client } = byRole.get(role)!;
          await client.get('/staff'); // a fresh CSRF token
          const r = method === 'GET' ? await client.get(path) : await client.post(path, body ?? {});
          const expected = allowed.includes(role);
          if (expected) assert.notEqual(r.status, 403, `${role} ${method} ${path}`);
          else assert.equal(r.status, 403, `${role} ${method} ${path}`);
        }
      }
      // Allowed bad input is a 400 naming the field, an unknown id a 404: never a 5xx.
      await ac.get('/staff');
      assert.equal((await ac.post(`/staff/users/${target}/status`, { status: 'bogus' })).status, 400);
      assert.equal((await ac.get('/staff/users/not-a-uuid')).status, 404);
      assert.equal((await ac.get('/api/v1/staff/users?role=wizard')).json().error.parameter, 'role');
      assert.equal((await ac.get('/api/v1/staff/users?bogus=1')).status, 400);
      const page = await byRole.get('state-officer')!.client.get('/staff/users');
      assert.match(page.body, /Acceso no permitido/);
    });

    test('the users list filters by text, role, state and status, and pages', async () => {
      for (let i = 0; i < 26; i++) await seedAccount(t.db, { email: `bulk${String(i).padStart(2, '0')}@example.org`, roles: ['advisor'] });
      const first = await ac.get('/staff/users?role=advisor');
      assert.match(first.body, /rel="next"/);
      const second = await ac.get('/staff/users?role=advisor&page=2');
      assert.match(second.body, /rel="prev"/);
      assert.match(second.body, /bulk2[45]@example.org/);
      const officer = await ac.get('/staff/users?state=14');
      assert.match(officer.body, /state-officer@example.org/);
      assert.doesNotMatch(officer.body, /bulk00/);
      assert.match((await ac.get('/staff/users?q=BULK03')).body, /bulk03@example.org/);
      const bad = await ac.get('/staff/users?state=99');
      assert.equal(bad.status, 400);
      assert.match(bad.body, /«Estado» no es un estado válido/);
      const api = (await ac.get('/api/v1/staff/users?role=state-officer')).json();
      assert.deepEqual(api.items.map((a: { email: string }) => a.email), ['state-officer@example.org']);
      assert.equal(api.items[0].passwordHash, undefined, 'no secrets leave');
      assert.equal(JSON.stringify(api).includes('argon2'), false);
    });

    test('changing roles and states applies at once; errors keep the choices and name the field', async () => {
      const { account, client } = byRole.get('reviewer')!;
      assert.equal((await client.get('/staff/users')).status, 403);
      await ac.get(`/staff/users/${account.id}`);
      const bad = await ac.post(`/staff/users/${account.id}/access`, { roles: ['reviewer', 'state-officer'] });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /Un enlace estatal necesita al menos un valor/);
      assert.match(bad.body, /value="state-officer" checked/);
      const ok = await ac.post(`/staff/users/${account.id}/access`, { roles: ['reviewer', 'admin'] });
      assert.equal(ok.location, `/staff/users/${account.id}?notice=access`);
      assert.match((await ac.get(ok.location!)).body, /Roles y estados guardados/);
      // An admin without TOTP must enrol before using the new power.
      assert.equal((await client.get('/staff/users')).location, '/staff/account/two-factor');
      const [e] = await t.db.query<{ before: unknown; after: unknown }>("SELECT before, after FROM audit_event WHERE action = 'account.access_changed' AND entity_id = $1", [account.id]);
      assert.deepEqual(e, { before: { roles: ['reviewer'], states: [] }, after: { roles: ['admin', 'reviewer'], states: [] } });
      await ac.get(`/staff/users/${account.id}`);
      await ac.post(`/staff/users/${account.id}/access`, { roles: ['reviewer'] });
    });

    test('an admin cannot demote or disable themselves; the last active admin stays', async () => {
      await ac.get(`/staff/users/${admin.id}`);
      const demote = await ac.post(`/staff/users/${admin.id}/access`, { roles: ['editor'] });
      assert.equal(demote.status, 409);
      assert.match(demote.body, /No puede quitarse a sí mismo el rol de administración/);
      const disable = await ac.post(`/staff/users/${admin.id}/status`, { status: 'disabled' });
      assert.equal(disable.status, 409);
      const roles = await t.db.query<{ role: string }>('SELECT role FROM staff_role WHERE account_id = $1', [admin.id]);
      assert.deepEqual(roles.map((r) => r.role), ['admin']);
    });

    test('disabling ends the person’s sessions at once and blocks sign-in; re-enabling restores it', async () => {
      const { account, client } = byRole.get('advisor')!;
      assert.equal((await client.get('/staff')).status, 200);
      await ac.get(`/staff/users/${account.id}`);
      assert.equal((await ac.post(`/staff/users/${account.id}/status`, { status: 'disabled' })).status, 303);
      assert.equal((await client.get('/staff')).status, 303);
      assert.equal((await new StaffClient(t.app).login(account.email)).status, 401);
      await ac.get(`/staff/users/${account.id}`);
      await ac.post(`/staff/users/${account.id}/status`, { status: 'active' });
      assert.equal((await client.login(account.email)).location, '/staff');
    });

    test('an admin resets someone’s lost two-step verification', async () => {
      const a = await seedAccount(t.db, { email: 'lostphone@example.org', roles: ['editor'], totp: true });
      await ac.get(`/staff/users/${a.id}`);
      assert.equal((await ac.post(`/staff/users/${a.id}/two-factor-reset`)).location, `/staff/users/${a.id}?notice=twoFactor`);
      const c = new StaffClient(t.app);
      assert.equal((await c.login(a.email)).location, '/staff', 'no code asked any more');
    });

    test('the dashboard lists what each role may do', async () => {
      const dash = async (role: Role) => (await byRole.get(role)!.client.get('/staff')).body;
      assert.match(await dash('admin'), /href="\/staff\/users">Invitar personal/);
      assert.doesNotMatch(await dash('editor'), /Invitar personal/);
      assert.match(await dash('editor'), /Redactar cambios a trámites/);
      assert.match(await dash('editor'), /href="\/staff\/reference">Redactar cambios a sectores, dependencias, oficinas y leyes/);
      assert.doesNotMatch(await dash('state-officer'), /Redactar cambios a sectores/);
      assert.match(await dash('state-officer'), /Redactar cambios a la página y los trámites de sus estados/);
      assert.match(await dash('state-officer'), /Jalisco/);
      assert.match(await dash('advisor'), /Atender solicitudes y chats/);
      assert.match(await dash('reviewer'), /Revisar y publicar/);
    });
  });
}
