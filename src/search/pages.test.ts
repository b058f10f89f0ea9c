/** Integration: the search results page, the glossary page and the header search box, in both languages. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { glossary } from './glossary/index.ts';

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

for (const target of dbTargets()) {
  describe(`search and glossary pages on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    test('every public page has the labelled search box (a GET form to the results page) and the glossary link', async () => {
      for (const [url, action, glossaryPath] of [
        ['/es/', '/es/buscar', '/es/glosario'],
        ['/en/procedures', '/en/search', '/en/glossary'],
        ['/es/tramites/rnie-registration', '/es/buscar', '/es/glosario'],
        ['/en/glossary', '/en/search', '/en/glossary'],
        ['/es/no-existe', '/es/buscar', '/es/glosario'],
      ] as const) {
        const html = (await get(url)).body;
        assert.match(html, new RegExp(`<form class="site-search" role="search" aria-label="[^"]+" method="get" action="${action}"`), url);
        assert.match(html, /<label class="site-search-label" for="site-search-q">/, url);
        assert.match(html, /<input type="search" id="site-search-q" name="q"/, url);
        assert.match(html, new RegExp(`<a href="${glossaryPath}"`), url);
      }
    });

    test('the results page groups results by type, with snippets, marks and counts', async () => {
      const r = await get('/en/search?q=registro%20patronal');
      assert.equal(r.statusCode, 200);
      const html = r.body;
      assert.match(html, /<h1>Results for “registro patronal”<\/h1>/);
      assert.match(html, /<p id="results-count" class="results-count">\d+ results<\/p>/);
      assert.match(html, /<h2 id="group-procedure">Procedures \(\d+\)<\/h2>/);
      assert.ok(count(html, /<mark>/g) >= 2, 'matched words are marked');
      assert.match(html, /<mark>(employer|registration|registro|patronal)<\/mark>/i);
      assert.match(html, /<p class="snippet">/);
      assert.match(html, /href="\/en\/procedures\/[^"]+"/);
      assert.match(html, /<link rel="alternate" hreflang="es" href="[^"]+\/es\/buscar\?q=registro\+patronal">/, 'the toggle keeps the search');
      assert.ok(count(html, /<section class="result-group"/g) >= 2);
    });

    test('filters by type and level; a group links to all of its results', async () => {
      const all = (await get('/es/buscar?q=licencia')).body;
      const link = all.match(/<a href="(\/es\/buscar\?q=licencia&amp;type=procedure)">Trámites \((\d+)\)<\/a>/);
      assert.ok(link, 'a link per type with its count');
      const onlyProcedures = (await get(link![1]!.replace(/&amp;/g, '&'))).body;
      assert.equal(count(onlyProcedures, /<section class="result-group"/g), 1);
      assert.match(onlyProcedures, /<option value="procedure" selected>/);
      assert.match(onlyProcedures, new RegExp(`<p id="results-count" class="results-count">${link![2]} resultados?</p>`));
      const municipal = (await get('/es/buscar?q=licencia&type=procedure&level=municipal')).body;
      assert.ok(count(municipal, /<span class="tag municipal">/g) >= 1);
      assert.equal(count(municipal, /<span class="tag (federal|state)">/g), 0);
    });

    test('the page without a query is the search form; no results say so', async () => {
      const empty = await get('/es/buscar');
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /<label for="search-q">Palabras a buscar<\/label>/);
      assert.doesNotMatch(empty.body, /results-count/);
      const none = (await get('/en/search?q=xqzwvy')).body;
      assert.match(none, /No results/);
    });

    test('a bad query is a 400 page that names the field in the visitor\'s language and keeps the form', async () => {
      const long = await get(`/es/buscar?q=${'x'.repeat(201)}`);
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /role="alert"[\s\S]*<a href="#search-q">Palabras a buscar<\/a>: La búsqueda debe tener como máximo 200 caracteres\./);
      assert.match(long.body, /<input type="search" id="search-q" name="q" value="x{201}"[^>]*aria-invalid="true"/);
      const symbols = await get('/en/search?q=%21%21%21');
      assert.equal(symbols.statusCode, 400);
      assert.match(symbols.body, /Words to search for<\/a>: The search must contain at least one letter or digit\./);
      const badType = await get('/en/search?q=rfc&type=nope');
      assert.equal(badType.statusCode, 400);
      assert.match(badType.body, /<a href="#search-type">Type of result<\/a>/);
      const twice = await get('/es/buscar?q=a&q=b');
      assert.equal(twice.statusCode, 400);
      assert.match(twice.body, /Palabras a buscar/);
      const control = await get('/es/buscar?q=a%01b');
      assert.equal(control.statusCode, 400);
      assert.doesNotMatch(control.body, /\u0001/, 'control characters are not echoed');
    });

    test('search output is escaped', async () => {
      const html = (await get('/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20rfc')).body;
      assert.doesNotMatch(html, /<script>alert/);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; rfc/);
    });

    test('the glossary page lists every pair (≥ 150) in both languages, with anchors search links to', async () => {
      for (const [url, other] of [['/es/glosario', 'en'], ['/en/glossary', 'es']] as const) {
        const r = await get(url);
        assert.equal(r.statusCode, 200, url);
        const entries = count(r.body, /<div class="term" id="term-[a-z0-9-]+">/g);
        assert.equal(entries, glossary.length, url);
        assert.ok(entries >= 150);
        assert.ok(count(r.body, new RegExp(`<span lang="${other}">`, 'g')) >= glossary.length, 'the other language is marked');
        assert.match(r.body, /<nav class="letters" aria-label="[^"]+"><ul><li><a href="#letter-A">A<\/a><\/li>/);
      }
      const es = (await get('/es/glosario')).body;
      assert.match(es, /<dfn>RFC<\/dfn>[\s\S]*?<span lang="en">tax ID<\/span>/);
      assert.match(es, /<a href="\/es\/tramites\/[^"]+">Inscripción en el RFC de personas morales<\/a>/);
      const api = await t.app.inject({ url: '/api/v1/search?q=tax%20id&type=glossary&lang=en' });
      const url = new URL(api.json().items[0].url);
      assert.equal(url.pathname, '/en/glossary');
      assert.match((await get('/en/glossary')).body, new RegExp(`id="${url.hash.slice(1)}"`));
    });
  });
}
