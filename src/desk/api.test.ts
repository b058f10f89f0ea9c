/** The desk's open API against /openapi.json, on both databases: services, filing with Idempotency-Key, tracking by bearer token. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';

const REQUEST = { service_code: 'question', consent: true, name: 'Ana', email: 'ana@example.org', message: 'Do I need an RFC for each foreign shareholder?', locale: 'en' };

for (const target of dbTargets()) {
  describe(`desk API (${target.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000' } });
    });
    after(() => t.close());
    const postJson = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });

    test('GET /api/v1/services lists the four request types with typed fields', async () => {
      const r = await t.app.inject({ url: '/api/v1/services?lang=en' });
      assert.equal(r.statusCode, 200);
      const services = r.json();
      for (const s of services) assertMatchesSchema('Service', s);
      assert.deepEqual(services.map((s: { service_code: string }) => s.service_code), ['question', 'orientation', 'meeting', 'obstacle']);
      const meeting = services.find((s: { service_code: string }) => s.service_code === 'meeting');
      const state = meeting.fields.find((f: { code: string }) => f.code === 'state');
      assert.equal(state.required, true);
      assert.equal(state.values.length, 32);
      assert.equal((await t.app.inject({ url: '/api/v1/services?lang=fr' })).statusCode, 400);
    });

    test('POST /api/v1/requests: 201 with folio and token; the same Idempotency-Key returns the same request', async () => {
      const a = await postJson('/api/v1/requests', REQUEST, { 'idempotency-key': `same-key-${target.name}` });
      assert.equal(a.statusCode, 201, a.body);
      assertMatchesSchema('RequestCreated', a.json());
      const b = await postJson('/api/v1/requests', REQUEST, { 'idempotency-key': `same-key-${target.name}` });
      assert.equal(b.statusCode, 201);
      assert.equal(b.headers['idempotent-replayed'], 'true');
      assert.deepEqual(b.json(), a.json());
      const c = await postJson('/api/v1/requests', REQUEST);
      assert.notEqual(c.json().folio, a.json().folio, 'without a key, a new request');
    });

    test('bad input is a 400 naming every field, and writes nothing', async () => {
      const before = (await t.db.query('SELECT 1 FROM desk_case')).length;
      const cases: [object, string[]][] = [
        [{ ...REQUEST, consent: false }, ['consent']],
        [{ ...REQUEST, service_code: 'complaint' }, ['service_code']],
        [{ ...REQUEST, email: 'nope', message: 'hi' }, ['email', 'message']],
        [{ ...REQUEST, service_code: 'meeting' }, ['state']],
        [{ ...REQUEST, service_code: 'obstacle', obstacle: 'fee', procedureId: 'nope' }, ['procedureId']],
        [{ ...REQUEST, favourite: 'x' }, ['favourite']],
        [{ ...REQUEST, name: 'A\u0000' }, ['name']],
      ];
      for (const [payload, fields] of cases) {
        const r = await postJson('/api/v1/requests', payload);
        assert.equal(r.statusCode, 400, `${JSON.stringify(payload)} → ${r.body}`);
        const named = [r.json().error.parameter, ...(r.json().error.fields ?? []).map((f: { field: string }) => f.field)];
        for (const f of fields) assert.ok(named.includes(f), `${f} in ${r.body}`);
      }
      const badKey = await postJson('/api/v1/requests', REQUEST, { 'idempotency-key': 'short' });
      assert.equal(badKey.statusCode, 400);
      assert.equal((await t.db.query('SELECT 1 FROM desk_case')).length, before);
    });

    test('GET and reply with the bearer token; a wrong or missing token is a 404', async () => {
      const { folio, token } = (await postJson('/api/v1/requests', { ...REQUEST, service_code: 'meeting', state: '14' })).json();
      const auth = { authorization: `Bearer ${token}` };
      const r = await t.app.inject({ url: `/api/v1/requests/${folio}`, headers: auth });
      assert.equal(r.statusCode, 200);
      assertMatchesSchema('RequestStatus', r.json());
      assert.equal(r.json().state, '14');
      for (const h of [{}, { authorization: 'Bearer wrong' }, { authorization: token }]) assert.equal((await t.app.inject({ url: `/api/v1/requests/${folio}`, headers: h })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/api/v1/requests/VU-1999-000001', headers: auth })).statusCode, 404);
      const m = await postJson(`/api/v1/requests/${folio}/messages`, { message: 'We prefer mornings.' }, auth);
      assert.equal(m.statusCode, 201);
      assert.deepEqual(m.json().messages.map((x: { from: string }) => x.from), ['investor', 'investor']);
      assert.equal((await postJson(`/api/v1/requests/${folio}/messages`, { message: '' }, auth)).statusCode, 400);
      assert.equal((await postJson(`/api/v1/requests/${folio}/messages`, { message: 'x' }, { authorization: 'Bearer nope' })).statusCode, 404);
      const doc = (await t.app.inject({ url: '/openapi.json' })).json();
      assert.equal(doc.components.securitySchemes.trackingToken.scheme, 'bearer');
      for (const p of ['/api/v1/services', '/api/v1/requests', '/api/v1/requests/{folio}', '/api/v1/requests/{folio}/messages']) assert.ok(doc.paths[p], p);
    });
  });
}
