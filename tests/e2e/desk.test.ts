/**
 * Ask the desk in a browser (issue 11, "Done when"), against the real server process: an investor
 * asks about their plan from the plan page (Spanish with JavaScript off, English with it on), sees
 * the folio, gets the mail; the Nuevo León officer answers from the inbox with a canned answer that
 * cites a procedure; the investor reads it on the tracking page and replies; the officer closes the
 * case. axe-core on every desk page, public and staff, in both languages.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { auditPages, axe, firstAdmin, invitedOfficer, mailWith, useServerAndBrowser } from '#tests/helpers/browser.ts';

async function staffAudit(browser: Browser, base: string, from: BrowserContext, paths: string[]): Promise<string[]> {
  const ctx = await browser.newContext({ bypassCSP: true });
  await ctx.addCookies(await from.cookies());
  const page = await ctx.newPage();
  const out: string[] = [];
  try {
    for (const p of paths) {
      await page.goto(base + p);
      if (new URL(page.url()).pathname !== p.split('?')[0]) out.push(`${p}: redirected to ${page.url()}`);
      for (const v of await axe(page)) out.push(`${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  } finally {
    await ctx.close();
  }
  return out;
}

const L = {
  es: { js: false, plan: '/es/plan-de-inversion', ask: 'Preguntar a la ventanilla sobre este plan', name: 'Su nombre', email: 'Correo electrónico', msg: 'Su mensaje', consent: 'Acepto que la ventanilla use estos datos para atender mi solicitud.', send: 'Enviar solicitud', received: 'Recibimos su solicitud', reply: 'Su respuesta', sendReply: 'Enviar respuesta', closed: 'Esta solicitud está cerrada.', subject: 'Recibimos su solicitud' },
  en: { js: true, plan: '/en/roadmap', ask: 'Ask the desk about this plan', name: 'Your name', email: 'E-mail', msg: 'Your message', consent: 'I agree that the desk uses these data to deal with my request.', send: 'Send request', received: 'We received your request', reply: 'Your reply', sendReply: 'Send reply', closed: 'This request is closed.', subject: 'We received your request' },
} as const;

describe('ask the desk in a browser', () => {
  const fx = useServerAndBrowser();

  test('investor asks from a plan → folio and mail → the state officer answers with a cited procedure → the investor replies → closed; axe clean', { timeout: 240_000 }, async () => {
    const server = fx.server();
    const base = server.url;
    const failures: string[] = [];
    const { context: adminCtx, page: admin } = await firstAdmin(fx.browser(), server.dataDir, 'admin@example.org', 'en-GB');
    // The administrator invites the Nuevo León officer, who accepts (JavaScript off).
    const { context: offCtx, page: officer } = await invitedOfficer(fx.browser(), server.dataDir, base, admin, { email: 'nl@example.org', name: 'Nora León', state: 'Nuevo León', javaScriptEnabled: false });
    failures.push(...(await staffAudit(fx.browser(), base, adminCtx, ['/staff/desk/routing'])));
    await adminCtx.close();

    const created = await (await fetch(`${base}/api/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scian: '336390', state: '19', foreignPct: 100, facility: 'build' }) })).json();
    const tracked: string[] = [];
    for (const lang of ['es', 'en'] as const) {
      const l = L[lang];
      const ctx = await fx.browser().newContext({ javaScriptEnabled: l.js, bypassCSP: true });
      const page = await ctx.newPage();
      try {
        await page.goto(`${base}${l.plan}/${created.id}`);
        await page.getByRole('link', { name: l.ask }).click();
        // Errors first: nothing typed, the summary names the fields.
        await page.getByRole('button', { name: l.send }).click();
        await page.locator('.error-summary').waitFor();
        if (l.js) failures.push(...(await axe(page)).map((v) => `${lang} form errors: ${v.id} ${v.help}`));
        await page.getByLabel(l.name).fill(lang === 'es' ? 'Ana Inversora' : 'Ann Investor');
        await page.getByLabel(l.email, { exact: true }).fill(`${lang}@investor.example`);
        await page.getByLabel(l.msg).fill(lang === 'es' ? '¿Por dónde empezamos con la planta en Apodaca?' : 'Where do we start with the plant in Apodaca?');
        await page.getByLabel(l.consent).check();
        await page.getByRole('button', { name: l.send }).click();
        await page.getByText(l.received).first().waitFor();
        const folio = /VU-\d{4}-\d{6}/.exec(await page.locator('h1').textContent() ?? '')![0];
        const trackUrl = page.url().replace('&new=1', '');
        if (l.js) failures.push(...(await axe(page)).map((v) => `${lang} tracking: ${v.id} ${v.help}`));
        else tracked.push(trackUrl.slice(base.length));
        const mail = await mailWith(server.dataDir, `${l.subject} ${folio}`);
        assert.ok(mail.includes(`/${lang === 'es' ? 'es/seguimiento' : 'en/track'}/${folio}?token=`), 'the mail carries the tracking link');

        // The officer answers from the inbox with a canned answer citing a procedure.
        await officer.goto(`${base}/staff/desk`);
        await officer.getByRole('link', { name: folio }).click();
        await officer.getByLabel('Respuesta predefinida (opcional)').selectOption('procedure');
        await officer.getByLabel('Citar un trámite del catálogo (opcional)').selectOption('mun-land-use');
        await officer.getByLabel('Mensaje', { exact: true }).fill(lang === 'es' ? 'Empiece por el uso de suelo.' : 'Start with the land-use licence.');
        await officer.getByRole('button', { name: 'Enviar respuesta' }).click();
        assert.match(await officer.locator('.notice').first().textContent() ?? '', /Respuesta enviada/);

        // The investor reads it and replies.
        await page.goto(trackUrl);
        const conversation = await page.locator('.conversation').textContent() ?? '';
        assert.match(conversation, lang === 'es' ? /Empiece por el uso de suelo\./ : /Start with the land-use licence\./);
        assert.ok(conversation.includes(`${base}/${lang}/${lang === 'es' ? 'tramites' : 'procedures'}/`), 'the cited procedure, in the investor’s language');
        await page.getByLabel(l.reply).fill(lang === 'es' ? 'Gracias, ¿y el RFC?' : 'Thanks, and the RFC?');
        await page.getByRole('button', { name: l.sendReply }).click();
        await page.locator('.notice').first().waitFor();

        // The officer closes it; the investor sees it closed.
        await officer.goto(`${base}/staff/desk/${folio}`);
        assert.match(await officer.locator('.conversation').textContent() ?? '', /RFC/);
        if (lang === 'en') failures.push(...(await staffAudit(fx.browser(), base, offCtx, ['/staff/desk', `/staff/desk/${folio}`])));
        await officer.getByLabel('Resolución').fill('Orientación dada.');
        await officer.getByRole('button', { name: 'Cerrar solicitud' }).click();
        await page.goto(trackUrl);
        assert.ok((await page.locator('main').textContent() ?? '').includes(l.closed));
      } finally {
        await ctx.close();
      }
    }
    await offCtx.close();
    failures.push(...(await auditPages(fx.browser(), base, ['/es/consultas', '/en/ask', '/es/consultas/pregunta', '/en/ask/meeting', '/en/ask/obstacle', `/es/consultas/orientacion?plan=${created.id}`, ...tracked])));
    assert.deepEqual(failures, []);
  });
});
