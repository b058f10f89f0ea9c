/**
 * "Was this page useful?" in a browser, against the real server process: with JavaScript off the
 * buttons open the feedback page, whose form sends the answer and comment (a thank-you page, a
 * link back); with JavaScript on the answer is sent in place, "No" opens the comment box, and a
 * refused comment is named in the page's language. axe-core finds nothing at each stage.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { auditPages, axe, useServerAndBrowser } from '#tests/helpers/browser.ts';

const noViolations = async (page: Page, where: string) => {
  const v = await axe(page);
  assert.deepEqual(v.map((x) => `${x.id}: ${x.help} — ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], where);
};

describe('page feedback in a browser', () => {
  const fx = useServerAndBrowser();

  test('es, JavaScript off: "No" opens the feedback page, the comment is sent, thanks and a link back', async () => {
    const ctx = await fx.browser().newContext({ javaScriptEnabled: false, bypassCSP: true });
    const page = await ctx.newPage();
    try {
      await page.goto(`${fx.server().url}/es/tramites/licencia-ambiental-unica`);
      const region = page.getByRole('region', { name: '¿Le fue útil esta página?' });
      await region.getByRole('button', { name: 'No esta página no me fue útil' }).click();
      assert.equal(new URL(page.url()).pathname, '/es/opinion');
      assert.ok(await page.getByLabel('No', { exact: true }).isChecked());
      const feedbackPage = new URL(page.url()).pathname + new URL(page.url()).search;
      await page.getByLabel('¿Qué faltó o qué está mal? (opcional)').fill('Faltan los horarios de la oficina.');
      await page.getByRole('button', { name: 'Enviar' }).click();
      assert.equal(new URL(page.url()).pathname, '/es/opinion/gracias');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Gracias por su respuesta');
      const thanksPage = new URL(page.url()).pathname + new URL(page.url()).search;
      await page.getByRole('link', { name: 'Volver a la página' }).click();
      assert.equal(new URL(page.url()).pathname, '/es/tramites/licencia-ambiental-unica');
      // axe runs as a script: the same pages, in a context that allows it.
      assert.deepEqual(await auditPages(fx.browser(), fx.server().url, ['/es/tramites/licencia-ambiental-unica', feedbackPage, thanksPage]), []);
    } finally {
      await ctx.close();
    }
  });

  test('en, JavaScript on: "Yes" is sent in place; "No" opens the comment box, a refused comment is named, then sent', async () => {
    const ctx = await fx.browser().newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    try {
      await page.goto(`${fx.server().url}/en/glossary`);
      const region = page.getByRole('region', { name: 'Was this page useful?' });
      await region.getByRole('button', { name: 'Yes this page was useful' }).click();
      // The thanks replaces the buttons inside the same (still named) region.
      await region.getByText('Thank you for your feedback.').waitFor();
      assert.equal(await region.getByRole('button').count(), 0);
      assert.equal(new URL(page.url()).pathname, '/en/glossary', 'no page change');
      assert.ok(await page.locator('.feedback-thanks').evaluate((el) => el === document.activeElement), 'focus moves to the thanks');
      await noViolations(page, 'glossary after yes');

      await page.goto(`${fx.server().url}/en/states/nuevo-leon`);
      const stateRegion = page.getByRole('region', { name: 'Was this page useful?' });
      await stateRegion.getByRole('button', { name: 'No this page was not useful' }).click();
      const box = page.getByLabel('What was missing or wrong? (optional)');
      await box.waitFor();
      assert.ok(await box.evaluate((el) => el === document.activeElement), 'focus moves to the comment box');
      await noViolations(page, 'comment box open');
      // A bell character cannot be typed; set it as a script or a paste would.
      await box.evaluate((el) => ((el as HTMLTextAreaElement).value = 'bad\u0007bell'));
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('“What was missing or wrong? (optional)” contains a control character').waitFor();
      assert.equal(await box.getAttribute('aria-invalid'), 'true');
      await box.fill('The desk’s opening hours are missing.');
      await page.getByRole('button', { name: 'Send' }).click();
      await stateRegion.getByText('Thank you for your feedback.').waitFor();
      assert.equal(new URL(page.url()).pathname, '/en/states/nuevo-leon');
      await noViolations(page, 'state page after no');
    } finally {
      await ctx.close();
    }
  });
});
