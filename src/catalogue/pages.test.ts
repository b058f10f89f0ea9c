/** Integration: every public page type renders in both languages, with toggle, hreflang and JSON-LD. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { pathFor, LOCALES, type PageRef } from '#src/i18n/locale.ts';

for (const target of dbTargets()) {
  describe(`public pages on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());
    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

    test('/ negotiates the language from Accept-Language', async () => {
      assert.equal((await get('/', { 'accept-language': 'en-US,en;q=0.9,es;q=0.8' })).headers.location, '/en/');
      assert.equal((await get('/', { 'accept-language': 'de-DE, es;q=0.5' })).headers.location, '/es/');
      assert.equal((await get('/')).headers.location, '/es/');
    });

    test('every page of every type renders in both languages with toggle and hreflang', async () => {
      const view = t.catalogue.current;
      const refs: PageRef[] = [
        { page: 'home' },
        { page: 'procedures' },
        { page: 'sectors' },
        { page: 'states' },
        { page: 'authorities' },
        { page: 'changes' },
        { page: 'roadmap' },
        { page: 'canInvest' },
        ...view.procedures.map((p) => ({ page: 'procedure' as const, slug: p.slug })),
        ...[...view.sectors.keys()].map((slug) => ({ page: 'sector' as const, slug })),
        ...[...view.states.values()].map((s) => ({ page: 'state' as const, slug: s.slug })),
        ...[...view.authorities.keys()].map((id) => ({ page: 'authority' as const, id })),
      ];
      for (const ref of refs) {
        for (const locale of LOCALES) {
          const url = pathFor(ref, locale);
          const r = await get(url);
          assert.equal(r.statusCode, 200, url);
          const other = locale === 'es' ? 'en' : 'es';
          assert.ok(r.body.includes(`<html lang="${locale === 'es' ? 'es-MX' : 'en'}"`), `${url}: lang`);
          assert.ok(r.body.includes(`class="lang-toggle" href="${pathFor(ref, other)}"`), `${url}: toggle to the same page`);
          assert.ok(r.body.includes(`hreflang="${other}" href="${TEST_PUBLIC_URL}${pathFor(ref, other)}"`), `${url}: hreflang`);
          assert.ok(!/undefined|\[object Object\]|NaN/.test(r.body), `${url}: no rendering leaks`);
        }
      }
    });

    test('a sector page lists its SCIAN classes with titles in the page language', async () => {
      const s = [...t.catalogue.current.sectors.values()].find((x) => x.scian.includes('336390'))!;
      const en = (await get(pathFor({ page: 'sector', slug: s.slug }, 'en'))).body;
      assert.ok(en.includes('?scian=336390">336390 — Other Motor Vehicle Parts Manufacturing</a>'), 'NAICS title, no lang="es"');
      assert.ok(en.includes('?scian=326192">326192 — Plastic Auto Parts Manufacturing, Reinforced and Unreinforced</a>'), 'our translation');
      assert.ok(en.includes('English titles: NAICS 2022 where codes correspond; others translated by Ventanilla.'));
      const es = (await get(pathFor({ page: 'sector', slug: s.slug }, 'es'))).body;
      assert.ok(es.includes('?scian=336390">336390 — Fabricación de otras partes para vehículos automotrices</a>'));
      assert.ok(!es.includes('NAICS'));
    });

    test('a procedure page shows every step field, totals, sources and GovernmentService JSON-LD', async () => {
      const p = t.catalogue.current.procedure('rnie-registration')!;
      const r = await get(pathFor({ page: 'procedure', slug: p.slug }, 'en'));
      assert.equal(r.statusCode, 200);
      for (const s of p.steps) assert.ok(r.body.includes(s.title.en.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;')), s.title.en);
      for (const label of ['Estimated total', 'Legal basis', 'Sources', 'Verified on', 'If the authority does not answer']) {
        assert.ok(r.body.includes(label), label);
      }
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(r.body);
      assert.ok(ld);
      const data = JSON.parse(ld[1]!);
      assert.equal(data['@type'], 'GovernmentService');
      assert.equal(data.name, p.title.en);
      assert.equal(data.provider['@type'], 'GovernmentOrganization');
    });

    test('unverified facts are labelled "to be confirmed"', async () => {
      const view = t.catalogue.current;
      const p = view.procedures.find((x) => x.steps.some((s) => s.timeframe.unverified))!;
      const en = await get(pathFor({ page: 'procedure', slug: p.slug }, 'en'));
      const es = await get(pathFor({ page: 'procedure', slug: p.slug }, 'es'));
      assert.ok(en.body.includes('to be confirmed'));
      assert.ok(es.body.includes('por confirmar'));
    });

    test('filters work without JavaScript, and a bad value is a 400 naming the field in the page language', async () => {
      const ok = await get('/en/procedures?level=municipal&phase=&sector=');
      assert.equal(ok.statusCode, 200);
      assert.ok(ok.body.includes('<option value="municipal" selected>'));
      const bad = await get('/es/tramites?level=galactic');
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('Orden de gobierno'), 'Spanish label of the field');
      const badEn = await get('/en/procedures?state=77');
      assert.equal(badEn.statusCode, 400);
      assert.ok(badEn.body.includes('“State”'));
    });

    test('unknown pages are a 404 page in the right language', async () => {
      const es = await get('/es/tramites/no-existe');
      assert.equal(es.statusCode, 404);
      assert.ok(es.body.includes('Página no encontrada'));
      const en = await get('/en/nowhere');
      assert.equal(en.statusCode, 404);
      assert.ok(en.body.includes('Page not found'));
    });

    test('output is escaped and security headers are set', async () => {
      const r = await get('/en/procedures/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
      assert.equal(r.statusCode, 404);
      assert.ok(!r.body.includes('<script>alert(1)'));
      const home = await get('/en/');
      assert.match(String(home.headers['content-security-policy']), /script-src 'self'/);
      assert.equal(home.headers['x-content-type-options'], 'nosniff');
    });

    test('/healthz reports the database', async () => {
      const r = await get('/healthz');
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().db, target.name);
    });
  });
}
