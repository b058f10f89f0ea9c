/**
 * Search in a browser, against the real server process: the header search
 * box and the results page with JavaScript off; suggestions as you type with
 * JavaScript on (WAI-ARIA combobox: arrows, Enter, Escape, live region); and
 * axe-core on the search and glossary pages, suggestions open included.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditPages, axe, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('search in a browser', () => {
  const fx = useServerAndBrowser();

  const journeys = [
    { lang: 'es', box: 'Buscar en Ventanilla', query: 'registro de inversion extranjera', result: /Registro Nacional de Inversiones Extranjeras/, type: /^Trámites \(\d+\)$/, level: 'Orden de gobierno', submit: 'Buscar' },
    { lang: 'en', box: 'Search Ventanilla', query: 'foreign investment registry', result: /National Foreign Investment Registry/, type: /^Procedures \(\d+\)$/, level: 'Level of government', submit: 'Search' },
  ] as const;

  for (const j of journeys) {
    test(`${j.lang}: search from the header, filter the results and open one, with JavaScript off`, async () => {
      const ctx = await fx.browser().newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      try {
        await page.goto(`${fx.server().url}/${j.lang}/`);
        const search = page.getByRole('search', { name: j.box });
        await search.getByLabel(j.box).fill(j.query);
        await search.getByRole('button', { name: j.submit }).click();
        assert.equal(new URL(page.url()).pathname, j.lang === 'es' ? '/es/buscar' : '/en/search');
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', new RegExp(j.query));
        assert.ok((await page.locator('mark').count()) > 0, 'matched words are marked');
        await page.getByRole('navigation', { name: j.lang === 'es' ? 'Resultados por tipo' : 'Results by type' }).getByRole('link', { name: j.type }).click();
        assert.match(page.url(), /type=procedure/);
        assert.equal(await page.locator('section.result-group').count(), 1);
        await page.getByLabel(j.level, { exact: true }).selectOption('federal');
        await page.locator('main').getByRole('button', { name: j.submit }).click();
        assert.match(page.url(), /level=federal/);
        await page.locator('main ol.search-results a').filter({ hasText: j.result }).first().click();
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', j.result);
      } finally {
        await ctx.close();
      }
    });
  }

  test('with JavaScript, the box suggests as you type, following the combobox pattern', async () => {
    const ctx = await fx.browser().newContext();
    const page = await ctx.newPage();
    try {
      await page.goto(`${fx.server().url}/en/`);
      const input = page.getByRole('combobox', { name: 'Search Ventanilla' });
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      assert.equal(await input.getAttribute('aria-autocomplete'), 'list');
      await input.pressSequentially('registro patr', { delay: 20 });
      const listbox = page.getByRole('listbox', { name: 'Suggestions' });
      // On a slow machine a pause between keys can show an earlier prefix's list first: wait for the whole word's.
      await listbox.and(page.locator('[data-query="registro patr"]')).waitFor({ state: 'visible' });
      assert.equal(await input.getAttribute('aria-expanded'), 'true');
      assert.equal(await input.getAttribute('aria-controls'), await listbox.getAttribute('id'));
      const options = listbox.getByRole('option');
      const n = await options.count();
      assert.ok(n >= 1 && n <= 8, `${n} suggestions`);
      assert.match((await page.locator('.search-status').textContent()) ?? '', n === 1 ? /^1 suggestion/ : new RegExp(`^${n} suggestions`));

      await input.press('ArrowDown');
      const first = await options.nth(0).getAttribute('id');
      assert.equal(await input.getAttribute('aria-activedescendant'), first);
      assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
      if (n > 1) {
        await input.press('ArrowDown');
        assert.equal(await input.getAttribute('aria-activedescendant'), await options.nth(1).getAttribute('id'));
        await input.press('ArrowUp');
        assert.equal(await input.getAttribute('aria-activedescendant'), first);
      }
      assert.ok(await input.evaluate((el) => el === document.activeElement), 'focus stays in the input');

      await input.press('Escape');
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      assert.equal(await input.getAttribute('aria-activedescendant'), null);
      assert.equal(await input.inputValue(), 'registro patr', 'the first Escape only closes the list');

      await input.press('ArrowDown');
      assert.equal(await input.getAttribute('aria-expanded'), 'true', 'Down opens the list again');
      const title = ((await options.nth(0).textContent()) ?? '').trim();
      await Promise.all([page.waitForURL(/\/en\/(procedures|glossary|authorities|sectors)/), input.press('Enter')]);
      assert.ok(title.length > 0);
      assert.notEqual(new URL(page.url()).pathname, '/en/');
    } finally {
      await ctx.close();
    }
  });

  test('with JavaScript, Enter without a chosen suggestion submits the search, and Escape twice clears the box', async () => {
    const ctx = await fx.browser().newContext();
    const page = await ctx.newPage();
    try {
      await page.goto(`${fx.server().url}/es/glosario`);
      const input = page.getByRole('combobox', { name: 'Buscar en Ventanilla' });
      await input.pressSequentially('maquiladora', { delay: 10 });
      await page.getByRole('listbox', { name: 'Sugerencias' }).and(page.locator('[data-query="maquiladora"]')).waitFor({ state: 'visible' });
      await input.press('Escape');
      await input.press('Escape');
      assert.equal(await input.inputValue(), '');
      await input.pressSequentially('tax id', { delay: 10 });
      await Promise.all([page.waitForURL(/\/es\/buscar\?q=tax\+id/), input.press('Enter')]);
      assert.ok((await page.locator('section.result-group').count()) >= 1);
    } finally {
      await ctx.close();
    }
  });

  test('axe-core reports no WCAG 2.2 AA violation on the search and glossary pages, in both languages', async () => {
    const base = fx.server().url;
    const failures = await auditPages(fx.browser(), base, [
      '/es/buscar', '/en/search',
      '/es/buscar?q=registro+de+inversion+extranjera', '/en/search?q=tax+id',
      '/es/buscar?q=licencia&type=procedure&level=municipal', '/en/search?q=tequila&type=scian',
      '/en/search?q=xqzwvy', `/es/buscar?q=${'x'.repeat(201)}`, '/en/search?q=rfc&type=nope',
      '/es/glosario', '/en/glossary',
    ]);
    // And with the suggestions open (the combobox state only exists with JavaScript).
    const ctx = await fx.browser().newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    try {
      await page.goto(`${base}/es/buscar?q=rfc`);
      const input = page.getByRole('combobox', { name: 'Buscar en Ventanilla' });
      await input.pressSequentially('licencia', { delay: 10 });
      await page.getByRole('listbox').waitFor({ state: 'visible' });
      await input.press('ArrowDown');
      for (const v of await axe(page)) failures.push(`suggestions open: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
    } finally {
      await ctx.close();
    }
    assert.deepEqual(failures, []);
  });
});
