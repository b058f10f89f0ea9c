/**
 * Browser journeys in headless Chromium against the real server process:
 * find a procedure from the home page in each language, toggle the language,
 * everything with JavaScript off, and axe-core on every public page type.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditPages, axe, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('public journeys in a browser', () => {
  const fx = useServerAndBrowser();

  const journeys = [
    { lang: 'es', browse: 'Consultar los trámites', level: 'Orden de gobierno', apply: 'Aplicar filtros', title: /Inscripción en el RFC/, toggle: 'English' },
    { lang: 'en', browse: 'Browse the procedures', level: 'Level of government', apply: 'Apply filters', title: /Taxpayer Registry|RFC/, toggle: 'Español' },
  ] as const;

  for (const javaScriptEnabled of [true, false]) {
    for (const j of journeys) {
      test(`${j.lang}: from the home page, filter and open a procedure, then toggle language (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const ctx = await fx.browser().newContext({ javaScriptEnabled, locale: j.lang === 'es' ? 'es-MX' : 'en-US' });
        const page = await ctx.newPage();
        try {
          await page.goto(`${fx.server().url}/`);
          assert.equal(new URL(page.url()).pathname, `/${j.lang}/`, 'negotiated from the browser language');
          await page.getByRole('link', { name: j.browse }).click();
          await page.getByLabel(j.level).selectOption('federal');
          await page.getByRole('button', { name: j.apply }).click();
          assert.match(page.url(), /level=federal/);
          await page.getByRole('link', { name: j.title }).first().click();
          const h1 = await page.getByRole('heading', { level: 1 }).textContent();
          assert.match(h1 ?? '', j.title);
          const before = new URL(page.url()).pathname;
          await page.getByRole('link', { name: j.toggle }).click();
          const afterPath = new URL(page.url()).pathname;
          assert.notEqual(afterPath, before);
          assert.equal(afterPath.split('/').length, before.split('/').length, 'same page in the other language');
          assert.equal(await page.getAttribute('html', 'lang'), j.lang === 'es' ? 'en' : 'es-MX');
          assert.match(await page.getByRole('heading', { level: 1 }).textContent() ?? '', j.lang === 'es' ? /RFC|Taxpayer/ : /RFC/);
        } finally {
          await ctx.close();
        }
      });
    }
  }

  test('axe-core reports no WCAG 2.2 AA violation on any public page type, in both languages', async () => {
    const base = fx.server().url;
    // Control: the audit does detect a violation when there is one.
    const ctx = await fx.browser().newContext();
    const control = await ctx.newPage();
    await control.setContent('<!doctype html><html lang="en"><title>x</title><body><main><img src="data:,"></main></body></html>');
    assert.ok((await axe(control)).some((v) => v.id === 'image-alt'), 'axe runs and reports');
    await ctx.close();
    const api = async (path: string) => (await fetch(`${base}${path}`)).json();
    const proc = await api('/api/v1/procedures/rnie-registration?lang=es');
    const sector = (await api('/api/v1/sectors')).items[0];
    const failures = await auditPages(fx.browser(), base, [
      '/es/', '/en/',
      '/es/tramites', '/en/procedures?level=municipal',
      `/es/tramites/${proc.slug}`, `/en/procedures/${proc.slug}`,
      '/es/tramites/mun-operating-licence', '/en/procedures/state-payroll-tax',
      '/es/sectores', `/en/sectors/${sector.slug}`,
      '/es/estados', '/en/states/ciudad-de-mexico', '/es/estados/12',
      '/es/dependencias', '/en/authorities/sat', '/es/cambios', '/en/changes',
      '/es/acerca', '/en/about', '/es/privacidad', '/en/privacy', '/es/accesibilidad', '/en/accessibility',
      '/es/no-existe', '/en/procedures?level=bad',
    ]);
    assert.deepEqual(failures, []);
  });
});
