/** Browser journey: questionnaire → plan in both languages, JavaScript on and off; axe on every roadmap page. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditPages, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('roadmap journey in a browser', () => {
  const fx = useServerAndBrowser();

  const L = {
    es: { path: '/es/plan-de-inversion', words: 'Describa la actividad', find: 'Buscar actividad', state: 'Estado', pct: 'Participación extranjera en el capital (%)', build: 'Construiré una instalación', health: /Productos para la salud/, submit: 'Ver mi plan', legal: 'Inversión extranjera: ¿puede ser dueño?', fix: 'Revise estos datos' },
    en: { path: '/en/roadmap', words: 'Describe the activity', find: 'Find activity', state: 'State', pct: 'Foreign share of the capital (%)', build: 'I will build a facility', health: /Health products/, submit: 'See my roadmap', legal: 'Foreign investment: how much can you own?', fix: 'Please check these answers' },
  } as const;

  for (const javaScriptEnabled of [true, false]) {
    for (const lang of ['es', 'en'] as const) {
      test(`${lang}: find the activity by words, answer, get the plan (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const l = L[lang];
        const ctx = await fx.browser().newContext({ javaScriptEnabled });
        const page = await ctx.newPage();
        try {
          await page.goto(fx.server().url + l.path);
          // Submitting without a state shows the error summary and keeps what was typed.
          await page.getByLabel(l.pct).fill('100');
          await page.getByRole('button', { name: l.submit }).click();
          await page.getByText(l.fix).waitFor();
          assert.equal(await page.getByLabel(l.pct).inputValue(), '100');
          await page.getByLabel(l.words).fill(lang === 'es' ? 'material desechable medico' : 'medical devices');
          await page.getByRole('button', { name: l.find }).click();
          await page.getByRole('radio', { name: /339112/ }).check();
          await page.getByLabel(l.state, { exact: true }).selectOption('02');
          await page.getByLabel(l.build).check();
          await page.getByLabel(l.health).check();
          await page.getByRole('button', { name: l.submit }).click();
          await page.getByRole('heading', { name: l.legal }).waitFor();
          assert.match(new URL(page.url()).pathname, new RegExp(`^${l.path}/r1`));
          assert.ok(await page.locator('svg.timeline').count());
          assert.ok((await page.locator('a', { hasText: /COFEPRIS|sanitari/i }).count()) > 0, 'health procedures in the plan');
          // Compare the same plan with another state (issue 10, item 8).
          await page.getByLabel(lang === 'es' ? 'Estado 2' : 'State 2').selectOption('14');
          await page.getByRole('button', { name: lang === 'es' ? 'Comparar' : 'Compare' }).click();
          await page.getByRole('columnheader', { name: 'Jalisco' }).waitFor();
          assert.ok(await page.getByRole('columnheader', { name: 'Baja California', exact: true }).count());
        } finally {
          await ctx.close();
        }
      });
    }
  }

  test('axe-core: no WCAG 2.2 AA violation on the questionnaire, its errors, the plan and the legal check', async () => {
    const base = fx.server().url;
    const created = await (await fetch(`${base}/api/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scian: '336390', state: '05', foreignPct: 80, entry: 'acquisition', acquisitionAssetsMXN: 3e10, facility: 'build', imports: true }) })).json();
    const failures = await auditPages(fx.browser(), base, [
      '/es/plan-de-inversion', '/en/roadmap?activity=software&find=1', '/es/plan-de-inversion?foreignPct=300&go=1',
      `/es/plan-de-inversion/${created.id}`, `/en/roadmap/${created.id}`,
      `/en/roadmap/compare?id=${created.id}&states=19&states=09`, `/es/plan-de-inversion/comparar?id=${created.id}`, '/en/roadmap?scian=336390',
      '/es/puedo-invertir', '/en/can-i-invest?scian=513112&pct=60&go=1', '/es/puedo-invertir?scian=1&go=1',
    ]);
    assert.deepEqual(failures, []);
  });
});
