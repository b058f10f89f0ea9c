/**
 * Economic opportunities in a browser (issue 14, part 3): with JavaScript off, filter the index by
 * state and open an opportunity, then toggle the language; axe-core reports nothing on the index,
 * an opportunity page of each kind (Place, GovernmentService) and a plan showing "You may qualify for …".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditPages, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('economic opportunities in a browser', () => {
  const fx = useServerAndBrowser();

  for (const javaScriptEnabled of [false, true]) {
    test(`es: from the menu, filter by state, open the corridor, switch to English (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const ctx = await fx.browser().newContext({ javaScriptEnabled, locale: 'es-MX' });
      const page = await ctx.newPage();
      try {
        await page.goto(`${fx.server().url}/es/`);
        await page.getByRole('link', { name: 'Oportunidades', exact: true }).first().click({ force: true });
        assert.equal(new URL(page.url()).pathname, '/es/oportunidades');
        await page.getByLabel('Estado').selectOption({ label: 'Oaxaca' });
        await page.getByRole('button', { name: 'Aplicar filtros' }).click();
        assert.match(page.url(), /state=20/);
        await page.getByRole('link', { name: /Corredor Interoceánico del Istmo de Tehuantepec/ }).click();
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Corredor Interoceánico/);
        await page.getByRole('link', { name: 'English' }).click();
        assert.equal(new URL(page.url()).pathname, '/en/opportunities/corredor-interoceanico-istmo-tehuantepec');
        assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Interoceanic Corridor/);
      } finally {
        await ctx.close();
      }
    });
  }

  test('axe-core reports no WCAG 2.2 AA violation on the opportunity pages and the plan block, in both languages', async () => {
    const base = fx.server().url;
    const res = await fetch(`${base}/api/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lang: 'en', scian: '334410', state: '20', entry: 'new-company' }) });
    const plan = await res.json();
    assert.ok(plan.opportunities.length >= 1, 'the plan has the block to audit');
    const planPath = new URL(plan.url).pathname;
    const failures = await auditPages(fx.browser(), base, [
      '/es/oportunidades', '/en/opportunities?type=federal-incentive&state=09',
      '/es/oportunidades/corredor-interoceanico-istmo-tehuantepec', '/en/opportunities/corredor-interoceanico-istmo-tehuantepec',
      '/es/oportunidades/estimulos-polos-desarrollo-economico-bienestar', '/en/opportunities/estimulos-polos-desarrollo-economico-bienestar',
      '/es/estados/oaxaca', '/en/sectors/semiconductors',
      planPath, planPath.replace('/en/roadmap/', '/es/plan-de-inversion/'),
    ]);
    assert.deepEqual(failures, []);
  });
});
