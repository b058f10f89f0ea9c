/**
 * The public dashboard in a browser against the real server process: reached from the footer with
 * JavaScript off, its charts are images with a text alternative and its figures are in tables; axe
 * reports no WCAG 2.2 AA violation in either language.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { auditPages, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('public dashboard in a browser', () => {
  const fx = useServerAndBrowser();

  /** Chats created now are counted by the job's first run (5 s after the server listens). */
  const figures = async () => {
    const base = fx.server().url;
    for (let i = 0; i < 6; i++) {
      await fetch(`${base}/api/v1/chat/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ topic: 'question', locale: 'es', consent: true }) });
    }
    for (let i = 0; i < 150; i++) {
      const r = await fetch(`${base}/api/v1/stats`);
      if (r.ok) return r.json();
      await sleep(200);
    }
    throw new Error('the dashboard figures were never computed');
  };

  test('from the footer with JavaScript off: charts with text alternatives, figures in tables; axe 0 in both languages', async () => {
    const stats = await figures();
    assert.equal(stats.receivedByMonth.length, 12);
    for (const [lang, link, heading] of [['es', 'Tablero de servicio', 'Solicitudes y chats recibidos por mes'], ['en', 'Service dashboard', 'Requests and chats received per month']] as const) {
      const ctx = await fx.browser().newContext({ javaScriptEnabled: false, locale: lang === 'es' ? 'es-MX' : 'en-US' });
      const page = await ctx.newPage();
      try {
        await page.goto(`${fx.server().url}/${lang}/`);
        await page.getByRole('link', { name: link }).click();
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), link);
        assert.ok(await page.getByRole('heading', { level: 2, name: heading }).isVisible());
        assert.equal(await page.getByRole('img').filter({ has: page.locator('title') }).count(), 3, 'three charts, each an image with a title');
        assert.ok((await page.getByRole('table').count()) >= 6, 'every figure in a table');
      } finally {
        await ctx.close();
      }
    }
    const failures = await auditPages(fx.browser(), fx.server().url, ['/es/tablero', '/en/dashboard']);
    assert.deepEqual(failures, []);
  });
});
