/** Integration: the search API on the real app and real databases (PGlite and PostgreSQL). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { openApiDocument } from '#src/http/openapi.ts';

const doc = openApiDocument(TEST_PUBLIC_URL);
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components });
function assertValid(name: string, data: unknown) {
  const v = ajv.getSchema(`openapi#/components/schemas/${name}`)!;
  assert.ok(v(data), `${name} does not match the OpenAPI schema: ${ajv.errorsText(v.errors)}`);
}

interface Item { type: string; id: string; title: string; snippet: string; url: string; score: number }

for (const target of dbTargets()) {
  describe(`search API on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());
    const get = async (url: string) => {
      const r = await t.app.inject({ method: 'GET', url });
      return { status: r.statusCode, body: r.json(), headers: r.headers };
    };

    test('is documented in the OpenAPI document', () => {
      assert.ok(doc.paths['/api/v1/search'] && doc.paths['/api/v1/suggest']);
      for (const s of ['SearchResult', 'SearchResults', 'Suggestion', 'Suggestions']) assert.ok(s in doc.components.schemas, s);
    });

    test('returns results in the documented shape, best first, in the requested language', async () => {
      const en = await get('/api/v1/search?q=foreign%20investment%20registry&lang=en');
      assert.equal(en.status, 200);
      assertValid('SearchResults', en.body);
      const items = en.body.items as Item[];
      assert.ok(items.length > 0 && items.length <= 10 && en.body.total >= items.length);
      assert.ok(items.some((i) => i.type === 'procedure' && i.id === 'rnie-registration'));
      assert.ok(items.every((i, k) => k === 0 || items[k - 1]!.score >= i.score), 'sorted by score');
      assert.ok(items.every((i) => i.url.startsWith(`${TEST_PUBLIC_URL}/en/`) || !i.url.startsWith(TEST_PUBLIC_URL)));
      const es = await get('/api/v1/search?q=foreign%20investment%20registry&lang=es');
      const rnie = (es.body.items as Item[]).find((i) => i.id === 'rnie-registration')!;
      assert.match(rnie.title, /Registro Nacional de Inversiones Extranjeras/);
      assert.ok(rnie.url.startsWith(`${TEST_PUBLIC_URL}/es/tramites/`));
    });

    test('is accent-insensitive, typo-tolerant and cross-lingual', async () => {
      const ids = async (q: string) => ((await get(`/api/v1/search?q=${encodeURIComponent(q)}&lang=en`)).body.items as Item[]).map((i) => `${i.type}:${i.id}`);
      assert.ok((await ids('registro de inversion extranjera')).includes('procedure:rnie-registration'));
      assert.ok((await ids('regsitro patronal')).includes('procedure:imss-employer-registration'));
      assert.ok((await ids('tax ID')).includes('procedure:sat-rfc-company'));
      assert.ok((await ids('maquiladora')).includes('procedure:se-immex'));
    });

    test('filters by type and level, and honours limit', async () => {
      const r = await get('/api/v1/search?q=licencia&type=procedure&level=municipal&limit=3');
      assert.equal(r.status, 200);
      const items = r.body.items as Item[];
      assert.ok(items.length > 0 && items.length <= 3);
      assert.ok(items.every((i) => i.type === 'procedure'));
      const all = (await get('/api/v1/procedures?level=municipal')).body.items.map((p: { id: string }) => p.id);
      assert.ok(items.every((i) => all.includes(i.id)));
      assert.ok(r.body.total >= items.length);
    });

    test('snippets are plain text from the document', async () => {
      const r = await get('/api/v1/search?q=efirma&lang=es&limit=3');
      for (const i of r.body.items as Item[]) {
        assert.ok(i.snippet.length > 0 && i.snippet.length < 300, i.snippet);
        assert.doesNotMatch(i.snippet, /<mark>|<\/?[a-z]+>/);
      }
    });

    test('suggests titles for what has been typed so far', async () => {
      const r = await get('/api/v1/suggest?q=registro%20patr&lang=es');
      assert.equal(r.status, 200);
      assertValid('Suggestions', r.body);
      assert.ok(r.body.items.length >= 1 && r.body.items.length <= 8);
      assert.ok(r.body.items.some((i: { id: string }) => i.id === 'imss-employer-registration'));
      assert.equal((await get('/api/v1/suggest?q=xqzwvy')).body.items.length, 0);
    });

    test('refuses empty, over-long and malformed queries with a 400 naming the parameter', async () => {
      const cases: [string, string][] = [
        ['/api/v1/search', 'q'],
        ['/api/v1/search?q=', 'q'],
        ['/api/v1/search?q=%20%20', 'q'],
        [`/api/v1/search?q=${'a'.repeat(201)}`, 'q'],
        ['/api/v1/search?q=%21%21%3F', 'q'],
        ['/api/v1/search?q=a%00b', 'q'],
        ['/api/v1/search?q=a&q=b', 'q'],
        ['/api/v1/search?q=rfc&lang=fr', 'lang'],
        ['/api/v1/search?q=rfc&type=everything', 'type'],
        ['/api/v1/search?q=rfc&level=galactic', 'level'],
        ['/api/v1/search?q=rfc&limit=0', 'limit'],
        ['/api/v1/search?q=rfc&limit=51', 'limit'],
        ['/api/v1/search?q=rfc&limit=ten', 'limit'],
        ['/api/v1/search?q=rfc&page=2', 'page'],
        ['/api/v1/suggest', 'q'],
        [`/api/v1/suggest?q=${'b'.repeat(300)}`, 'q'],
        ['/api/v1/suggest?q=rfc&limit=3', 'limit'],
      ];
      for (const [url, parameter] of cases) {
        const r = await get(url);
        assert.equal(r.status, 400, url);
        assertValid('Error', r.body);
        assert.equal(r.body.error.parameter, parameter, url);
        assert.equal(r.body.error.code, 'invalid_parameter');
      }
      assert.equal((await get(`/api/v1/search?q=${'a'.repeat(200)}`)).status, 200, '200 characters is allowed');
    });
  });
}
