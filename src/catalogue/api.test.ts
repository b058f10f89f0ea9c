/** Integration: the open API v1 on the real app and a real database (PGlite and PostgreSQL). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema as assertValid } from '#tests/helpers/openapi.ts';

for (const target of dbTargets()) {
  describe(`open API v1 on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());
    const get = async (url: string) => {
      const r = await t.app.inject({ method: 'GET', url });
      return { status: r.statusCode, body: String(r.headers['content-type']).includes('json') ? r.json() : r.body, headers: r.headers };
    };

    test('lists procedures in the documented shape, with enough federal and local content', async () => {
      const r = await get('/api/v1/procedures?lang=en');
      assert.equal(r.status, 200);
      assert.equal(r.body.total, r.body.items.length);
      for (const item of r.body.items) assertValid('ProcedureSummary', item);
      const federal = r.body.items.filter((p: { level: string }) => p.level === 'federal');
      assert.ok(federal.length >= 35, `expected ≥ 35 federal procedures, got ${federal.length}`);
      assert.ok(r.body.items.some((p: { level: string }) => p.level === 'state'));
      assert.ok(r.body.items.some((p: { level: string }) => p.level === 'municipal'));
      assert.ok(r.body.items[0].url.startsWith(`${TEST_PUBLIC_URL}/en/procedures/`));
    });

    test('every procedure is complete in both languages', async () => {
      const { body } = await get('/api/v1/procedures');
      for (const { id } of body.items) {
        const es = (await get(`/api/v1/procedures/${id}?lang=es`)).body;
        const en = (await get(`/api/v1/procedures/${id}?lang=en`)).body;
        assertValid('Procedure', es);
        assertValid('Procedure', en);
        assert.ok(es.title && en.title, `${id}: title in both languages`);
        assert.ok(es.steps.length >= 1, `${id}: at least one step`);
        assert.ok(es.authority.id, `${id}: authority`);
        assert.ok(es.legalBasis.length >= 1, `${id}: legal basis`);
        assert.ok(es.sources.length >= 1 && es.verifiedOn, `${id}: sources and verifiedOn`);
        for (const s of es.steps) {
          assert.ok(s.costs.length >= 1, `${id} step ${s.order}: cost or explicit free`);
          assert.ok(s.timeframe.waiting, `${id} step ${s.order}: timeframe`);
        }
        assert.equal(typeof es.totals.costMXN.min, 'number');
        assert.equal(typeof es.totals.durationDays.min, 'number');
      }
    });

    test('a procedure is found by id or slug, and totals add up its steps', async () => {
      const byId = (await get('/api/v1/procedures/sat-rfc-company?lang=en')).body;
      const bySlug = (await get(`/api/v1/procedures/${byId.slug}?lang=en`)).body;
      assert.deepEqual(bySlug, byId);
      const sumMin = byId.steps.reduce((n: number, s: { costs: { minMXN: number | null }[] }) => n + s.costs.reduce((m, c) => m + (c.minMXN ?? 0), 0), 0);
      assert.equal(byId.totals.costMXN.min, Math.round(sumMin * 10) / 10);
      const daysMin = byId.steps.reduce((n: number, s: { timeframe: { durationDays: { min: number } } }) => n + s.timeframe.durationDays.min, 0);
      assert.equal(byId.totals.durationDays.min, Math.round(daysMin * 10) / 10);
    });

    test('filters combine and agree with the data', async () => {
      const fed = (await get('/api/v1/procedures?level=federal')).body;
      assert.ok(fed.items.every((p: { level: string }) => p.level === 'federal'));
      const sat = (await get('/api/v1/procedures?authority=sat')).body;
      assert.ok(sat.total > 0 && sat.items.every((p: { authority: { id: string } }) => p.authority.id === 'sat'));
      const sectors = (await get('/api/v1/sectors')).body;
      const s = sectors.items[0];
      const inSector = (await get(`/api/v1/procedures?sector=${s.slug}`)).body;
      assert.deepEqual(inSector.items.map((p: { id: string }) => p.id).sort(), [...s.procedures].sort());
      const cdmx = (await get('/api/v1/procedures?state=09&level=state')).body;
      const oax = (await get('/api/v1/procedures?state=20&level=state')).body;
      assert.ok(cdmx.items.some((p: { id: string }) => p.id === 'cdmx-laudf'));
      assert.ok(!oax.items.some((p: { id: string }) => p.id === 'cdmx-laudf'));
      const bySlug = (await get('/api/v1/procedures?state=ciudad-de-mexico&level=state')).body;
      assert.deepEqual(bySlug, cdmx);
    });

    test('32 states, each with a one-stop-shop entry; sectors ≥ 12 with SCIAN and procedures', async () => {
      const states = (await get('/api/v1/states?lang=en')).body;
      assert.equal(states.total, 32);
      assert.deepEqual(states.items.map((s: { code: string }) => s.code), Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')));
      for (const s of states.items) {
        assertValid('State', s);
        assert.ok(s.oneStopShop.description.length > 0);
        assert.ok(s.procedures.length > 0);
      }
      const one = (await get('/api/v1/states/14')).body;
      assert.equal(one.code, '14');
      const sectors = (await get('/api/v1/sectors?lang=en')).body;
      assert.ok(sectors.total >= 12);
      for (const s of sectors.items) assertValid('Sector', s);
      for (const slug of ['semiconductors', 'automotive-auto-parts', 'electrical-electronics', 'medical-devices-pharma', 'agro-industry']) {
        const s = (await get(`/api/v1/sectors/${slug}`)).body;
        assert.equal(s.priority, true, slug);
        assert.ok(s.scian.length > 0 && s.procedures.length > 0, slug);
      }
    });

    test('bad input is a 400 naming the parameter; unknown ids are 404; never a 5xx', async () => {
      const cases: [string, string][] = [
        ['/api/v1/procedures?level=galactic', 'level'],
        ['/api/v1/procedures?lang=fr', 'lang'],
        ['/api/v1/procedures?state=99', 'state'],
        ['/api/v1/procedures?sector=nope', 'sector'],
        ['/api/v1/procedures?authority=nope', 'authority'],
        ['/api/v1/procedures?level=federal&level=state', 'level'],
        ['/api/v1/procedures?colour=blue', 'colour'],
        ['/api/v1/sectors?lang=xx', 'lang'],
        ['/api/v1/procedures/sat-rfc-company?lang=de', 'lang'],
      ];
      for (const [url, parameter] of cases) {
        const r = await get(url);
        assert.equal(r.status, 400, url);
        assertValid('Error', r.body);
        assert.equal(r.body.error.parameter, parameter, url);
        assert.match(r.body.error.message, new RegExp(parameter));
      }
      for (const url of ['/api/v1/procedures/nope', '/api/v1/sectors/nope', '/api/v1/states/33', '/api/v1/nothing']) {
        const r = await get(url);
        assert.equal(r.status, 404, url);
        assert.equal(r.body.error.code, 'not_found');
      }
    });

    test('bulk export: JSON in both languages and CSV with one row per procedure', async () => {
      const list = (await get('/api/v1/procedures')).body;
      const json = (await get('/api/v1/export/catalogue.json')).body;
      assert.equal(json.procedures.length, list.total);
      assert.ok(json.procedures.every((p: { title: { es: string; en: string } }) => p.title.es && p.title.en));
      assert.equal(json.states.length, 32);
      const csv = await get('/api/v1/export/catalogue.csv');
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      const lines = String(csv.body).trim().split('\r\n');
      assert.equal(lines.length, list.total + 1);
      assert.ok(lines[0]!.replace('\uFEFF', '').startsWith('id,slug,level'));
    });

    test('responses carry an ETag and answer 304 when unchanged', async () => {
      const first = await t.app.inject({ url: '/api/v1/states' });
      const etag = first.headers.etag as string;
      assert.ok(etag);
      const again = await t.app.inject({ url: '/api/v1/states', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(first.headers['access-control-allow-origin'], '*', 'open data: any origin may read');
      assert.equal(first.headers['x-content-type-options'], 'nosniff');
      const gz = await t.app.inject({ url: '/api/v1/states', headers: { 'accept-encoding': 'gzip' } });
      assert.equal(gz.headers['content-encoding'], 'gzip');
    });

    test('the OpenAPI document is served and lists every v1 path', async () => {
      const r = await get('/openapi.json');
      assert.equal(r.status, 200);
      assert.equal(r.body.openapi, '3.1.0');
      for (const p of ['/api/v1/procedures', '/api/v1/procedures/{id}', '/api/v1/sectors', '/api/v1/sectors/{slug}', '/api/v1/states', '/api/v1/states/{code}', '/api/v1/export/catalogue.json', '/api/v1/export/catalogue.csv']) {
        assert.ok(r.body.paths[p], p);
      }
    });
  });
}
