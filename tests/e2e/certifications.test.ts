/**
 * The US ↔ Mexico certification glossary in a browser (issue 14, part 1): with JavaScript off, a
 * visitor goes from a procedure to its US equivalent, to the index by field and to another pair, in
 * each language, and toggles the language; axe-core finds no WCAG 2.2 AA violation on the index,
 * on pair pages in Spanish and English and on a procedure page that links to its US equivalent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditPages, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('certification glossary in a browser', () => {
  const fx = useServerAndBrowser();

  const journeys = [
    { lang: 'es', procedure: '/es/tramites/', equivalent: /Número de identificación del empleador/, field: 'Aduanas y comercio exterior', pair: /Alianza Aduana-Comercio contra el Terrorismo/, toggle: 'English', h1: /Customs Trade Partnership Against Terrorism/ },
    { lang: 'en', procedure: '/en/procedures/', equivalent: /Employer Identification Number/, field: 'Customs and trade', pair: /Customs Trade Partnership Against Terrorism/, toggle: 'Español', h1: /Alianza Aduana-Comercio/ },
  ] as const;

  for (const j of journeys) {
    test(`${j.lang}: procedure → US equivalent → index by field → another pair → other language, with JavaScript off`, async () => {
      const base = fx.server().url;
      const proc = (await (await fetch(`${base}/api/v1/procedures/sat-rfc-company?lang=${j.lang}`)).json()) as { slug: string };
      const ctx = await fx.browser().newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      try {
        await page.goto(`${base}${j.procedure}${proc.slug}`);
        await page.getByRole('link', { name: j.equivalent }).click();
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /EIN.*↔.*RFC/);
        await page.getByRole('link', { name: j.lang === 'es' ? 'Todas las equivalencias' : 'All equivalents' }).click();
        assert.match(page.url(), new RegExp(`/${j.lang}/${j.lang === 'es' ? 'equivalencias' : 'certifications'}#field-tax$`));
        await page.getByRole('link', { name: j.field }).click();
        await page.getByRole('table', { name: j.field }).getByRole('link', { name: j.pair }).click();
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', j.pair);
        await page.getByRole('link', { name: j.toggle }).click();
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', j.h1);
      } finally {
        await ctx.close();
      }
    });
  }

  test('axe-core reports no WCAG 2.2 AA violation on the index and on pair pages, in both languages', async () => {
    const base = fx.server().url;
    const proc = (await (await fetch(`${base}/api/v1/procedures/sat-oea-certification?lang=en`)).json()) as { slug: string };
    const failures = await auditPages(fx.browser(), base, [
      '/es/equivalencias', '/en/certifications', `/en/procedures/${proc.slug}`,
      '/es/equivalencias/fda-510k-cofepris-registro-sanitario', '/en/certifications/fcc-equipment-authorization-crt-homologacion',
      '/en/certifications/notary-public-notario', '/es/glosario',
    ]);
    assert.deepEqual(failures, []);
  });
});
