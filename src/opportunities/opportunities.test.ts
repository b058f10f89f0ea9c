/**
 * Integration: economic opportunities on the real app and real databases — pages in both languages
 * with JSON-LD, meta descriptions and hreflang; links from sector and state pages; the API against
 * its OpenAPI schema; the JSON and CSV export; search; and "You may qualify for …" on the plan.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';

const CIIT = 'corredor-interoceanico-istmo-tehuantepec';
const POLES = 'estimulos-polos-desarrollo-economico-bienestar';
const jsonLd = (body: string) => [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

for (const target of dbTargets()) {
  describe(`economic opportunities on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    test('the index lists them by type in both languages, filters by type and state without JavaScript, and refuses an unknown state', async () => {
      const es = await get('/es/oportunidades');
      assert.equal(es.statusCode, 200);
      assert.match(es.body, /<h1>Oportunidades económicas<\/h1>/);
      assert.match(es.body, /<h2 id="type-corridor">Corredores de desarrollo<\/h2>/);
      assert.match(es.body, /<h2 id="type-federal-incentive">Estímulos federales<\/h2>/);
      assert.match(es.body, /<link rel="alternate" hreflang="en" href="http:\/\/ventanilla\.test\/en\/opportunities">/);
      assert.match(es.body, /<meta name="description" content="[^"]{40,}">/);
      const en = await get('/en/opportunities?type=corridor');
      assert.equal(en.statusCode, 200);
      assert.ok(en.body.includes(`href="/en/opportunities/${CIIT}"`));
      assert.ok(!en.body.includes(`href="/en/opportunities/${POLES}"`), 'filtered by type');
      // Mexico City: the nationwide incentive applies, the Isthmus corridor does not.
      const cdmx = await get('/es/oportunidades?state=09');
      assert.ok(cdmx.body.includes(`/es/oportunidades/${POLES}`) && !cdmx.body.includes(`/es/oportunidades/${CIIT}"`));
      const oax = await get('/es/oportunidades?state=oaxaca');
      assert.ok(oax.body.includes(`/es/oportunidades/${CIIT}`), 'a state by slug');
      const bad = await get('/es/oportunidades?state=99');
      assert.equal(bad.statusCode, 400);
    });

    test('each opportunity has a page per language with its instrument, sources, "to be confirmed" flags and JSON-LD', async () => {
      const es = await get(`/es/oportunidades/${CIIT}`);
      assert.equal(es.statusCode, 200);
      assert.match(es.body, /Programa para el Desarrollo del Istmo de Tehuantepec 2020-2024/);
      assert.match(es.body, /<time datetime="2020-08-04">4 de agosto de 2020<\/time>/);
      assert.match(es.body, /href="https:\/\/www\.dof\.gob\.mx\/nota_detalle\.php\?codigo=5597712&amp;fecha=04\/08\/2020" rel="external"/);
      assert.match(es.body, /<link rel="alternate" hreflang="en" href="http:\/\/ventanilla\.test\/en\/opportunities\/corredor-interoceanico-istmo-tehuantepec">/);
      const [place] = jsonLd(es.body);
      assert.equal(place['@type'], 'Place');
      assert.deepEqual(place.containedInPlace.map((p: { name: string }) => p.name).sort(), ['Oaxaca', 'Veracruz de Ignacio de la Llave'].sort());
      const en = await get(`/en/opportunities/${POLES}`);
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<h1>Tax incentives in the Economic Development Poles for Well-being<\/h1>/);
      // The decree's official name is Spanish, marked so on the English page; its undated DOF publication is flagged.
      assert.match(en.body, /<span lang="es">Decreto por el que se otorgan estímulos fiscales en los Polos de Desarrollo Económico para el Bienestar<\/span>/);
      assert.match(en.body, /<dt>Published in the DOF<\/dt><dd> <span class="tag">to be confirmed<\/span><\/dd>/);
      const [service] = jsonLd(en.body);
      assert.equal(service['@type'], 'GovernmentService');
      assert.equal(service.isBasedOn, 'https://sidof.segob.gob.mx/notas/docFuente/5758077');
      assert.equal((await get('/en/opportunities/no-such-thing')).statusCode, 404);
    });

    test('state and sector pages link the opportunities that apply there', async () => {
      const oaxaca = await get('/es/estados/oaxaca');
      assert.equal(oaxaca.statusCode, 200);
      assert.match(oaxaca.body, /<h2 id="opps-h">Oportunidades en este estado<\/h2>/);
      assert.ok(oaxaca.body.includes(`href="/es/oportunidades/${CIIT}"`));
      const cdmx = await get('/en/states/ciudad-de-mexico');
      assert.ok(!cdmx.body.includes(`/en/opportunities/${CIIT}`), 'the Isthmus corridor is not on Mexico City');
      assert.ok(cdmx.body.includes(`/en/opportunities/${POLES}`));
      const sector = await get('/en/sectors/semiconductors');
      assert.match(sector.body, /Opportunities for this sector/);
      assert.ok(sector.body.includes(`/en/opportunities/${POLES}`) && !sector.body.includes(`/en/opportunities/${CIIT}`));
    });

    test('the API lists and gets them in the documented shape, filters, and names a bad parameter', async () => {
      const list = await get('/api/v1/opportunities?lang=en');
      assert.equal(list.statusCode, 200);
      const body = list.json();
      assert.equal(body.total, body.items.length);
      assert.ok(body.total >= 2);
      for (const item of body.items) assertMatchesSchema('Opportunity', item);
      const ciit = body.items.find((o: { id: string }) => o.id === CIIT);
      assert.equal(ciit.instrument.dofDate, '2020-08-04');
      assert.equal(ciit.url, `${TEST_PUBLIC_URL}/en/opportunities/${CIIT}`);
      const one = (await get(`/api/v1/opportunities/${POLES}?lang=es`)).json();
      assertMatchesSchema('Opportunity', one);
      assert.equal(one.instrument.dofDate, null);
      assert.deepEqual(one.procedures.map((p: { id: string }) => p.id), ['sat-rfc-company']);
      const incentives = (await get('/api/v1/opportunities?type=federal-incentive')).json();
      assert.deepEqual(incentives.items.map((o: { id: string }) => o.id), [POLES]);
      const bad = await get('/api/v1/opportunities?type=nope');
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.parameter, 'type');
      const extra = await get('/api/v1/opportunities?colour=red');
      assert.equal(extra.statusCode, 400);
      assert.equal((await get('/api/v1/opportunities/nope')).statusCode, 404);
      const doc = (await get('/openapi.json')).json();
      assert.ok(doc.paths['/api/v1/opportunities'] && doc.paths['/api/v1/opportunities/{id}'] && doc.paths['/api/v1/export/opportunities.csv']);
    });

    test('the bulk export carries them: JSON in both languages and one CSV row each', async () => {
      const json = (await get('/api/v1/export/catalogue.json')).json();
      const ids = json.opportunities.map((o: { id: string }) => o.id);
      assert.ok(ids.includes(CIIT) && ids.includes(POLES));
      const ciit = json.opportunities.find((o: { id: string }) => o.id === CIIT);
      assert.ok(ciit.title.es && ciit.title.en && ciit.urls.en.endsWith(`/en/opportunities/${CIIT}`));
      const csv = await get('/api/v1/export/opportunities.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.ok(lines[0]!.startsWith('id,type,title_es,title_en,instrument,dof_date'));
      assert.equal(lines.length, 1 + t.catalogue.current.opportunities.size);
      assert.ok(lines.some((l) => l.startsWith(`${CIIT},corridor,`) && l.includes(',2020-08-04,')));
    });

    test('search finds them in both languages, by title and by the instrument’s name', async () => {
      const en = (await get('/api/v1/search?q=interoceanic%20corridor&lang=en')).json();
      assert.ok(en.items.some((i: { type: string; id: string }) => i.type === 'opportunity' && i.id === CIIT), JSON.stringify(en.items.slice(0, 3)));
      const es = (await get(`/api/v1/search?q=${encodeURIComponent('Polos de Desarrollo Económico para el Bienestar')}&lang=es`)).json();
      const hit = es.items.find((i: { type: string; id: string }) => i.type === 'opportunity' && i.id === POLES);
      assert.ok(hit, 'found by the decree’s words');
      assert.equal(hit.url, `${TEST_PUBLIC_URL}/es/oportunidades/${POLES}`);
      const page = await get('/en/search?q=interoceanic');
      assert.ok(page.body.includes(`/en/opportunities/${CIIT}`));
    });

    test('a qualifying profile sees “You may qualify for …” with the rule that matched; a non-qualifying one does not', async () => {
      const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload });
      // A new electronics company in Oaxaca: the corridor by state, the poles' incentive by investment type.
      const yes = await post({ lang: 'en', scian: '334410', state: '20', entry: 'new-company' });
      assert.equal(yes.statusCode, 201);
      const plan = yes.json();
      assertMatchesSchema('Roadmap', plan);
      const byId = new Map(plan.opportunities.map((o: { id: string }) => [o.id, o]));
      assert.deepEqual([...byId.keys()].sort(), [CIIT, POLES].sort());
      assert.deepEqual((byId.get(CIIT) as { matched: object }).matched, { states: ['20', '30'] });
      assert.deepEqual((byId.get(POLES) as { matched: object }).matched, { investment: 'new-company' });
      const page = await get(new URL(plan.url).pathname);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h2 id="opp-h">You may qualify for…<\/h2>/);
      assert.match(page.body, /<strong>Matched:<\/strong> state: Oaxaca, Veracruz de Ignacio de la Llave/);
      assert.match(page.body, /<strong>Rule:<\/strong> Your project is in Oaxaca or Veracruz/);
      const esPage = await get(new URL(plan.url).pathname.replace('/en/roadmap/', '/es/plan-de-inversion/'));
      assert.match(esPage.body, /<h2 id="opp-h">Podría calificar para…<\/h2>/);
      // Buying an existing company in Mexico City meets neither rule: no field entries, no section.
      const no = (await post({ lang: 'en', scian: '334410', state: '09', entry: 'acquisition', acquisitionAssetsMXN: 1e6 })).json();
      assert.deepEqual(no.opportunities, []);
      const noPage = await get(new URL(no.url).pathname);
      assert.equal(noPage.statusCode, 200);
      assert.doesNotMatch(noPage.body, /You may qualify for/);
    });
  });
}
