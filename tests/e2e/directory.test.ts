/**
 * The supplier directory in a browser, against the real server process (issue 14): a supplier
 * registers with JavaScript off (a first attempt with an error named in Spanish), and the entry is
 * absent from the directory, the API and search; the supplier confirms the e-mail from the link in
 * the outbox; an editor (one account) finds it in the queue as "contact confirmed", verifies it in a
 * draft and submits it; a reviewer (another account) publishes it; then it is in the directory, the
 * API and search. The filters work with JavaScript off. axe-core on every new page type, es and en.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axe, firstAdmin, invitedStaff, mailWith, useServerAndBrowser } from '#tests/helpers/browser.ts';

const NAME = 'Tarjetas y Arneses del Bajío';

async function audit(browser: Browser, base: string, paths: string[]): Promise<string[]> {
  const ctx = await browser.newContext({ bypassCSP: true });
  const page = await ctx.newPage();
  const out: string[] = [];
  try {
    for (const p of paths) {
      await page.goto(base + p);
      for (const v of await axe(page)) out.push(`${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  } finally {
    await ctx.close();
  }
  return out;
}

describe('supplier directory in a browser', () => {
  const fx = useServerAndBrowser();

  test('a supplier registers and confirms, an editor verifies, a reviewer publishes; absent until then; filters without JavaScript; axe clean', async () => {
    const server = fx.server();
    const base = server.url;
    const failures: string[] = [];
    const api = async (path: string) => (await fetch(base + path)).json() as Promise<{ items: { id: string; name?: string; title?: string; type?: string }[] }>;

    // A visitor, JavaScript off: the filters are a GET form.
    const visCtx = await fx.browser().newContext({ javaScriptEnabled: false, locale: 'es-MX' });
    const vis = await visCtx.newPage();
    await vis.goto(`${base}/es/directorio`);
    await vis.getByLabel('Estado', { exact: true }).selectOption({ label: 'Sonora' });
    await vis.getByRole('button', { name: 'Aplicar filtros' }).click();
    assert.match(vis.url(), /state=26/);
    assert.match(await vis.locator('#results-h').textContent() ?? '', /^1 entrada$/);
    assert.match(await vis.locator('.directory-list').textContent() ?? '', /Hermosillo/);
    await vis.getByRole('link', { name: 'Quitar filtros' }).click();
    await vis.getByRole('link', { name: /SON 1 — Sonora: 1 entrada/ }).click();
    assert.match(vis.url(), /state=26/);

    // The supplier registers (JavaScript off); the first attempt lacks the website.
    await vis.goto(`${base}/es/directorio`);
    await vis.getByRole('link', { name: 'Registrar a mi empresa como proveedor' }).click();
    await vis.getByLabel('Nombre de la organización *').fill(NAME);
    await vis.getByLabel('Estado *').selectOption({ label: 'Guanajuato' });
    await vis.getByLabel('Municipio').fill('León');
    await vis.getByLabel('Correo para confirmar el registro *').fill('ventas@tarjetas.example.com');
    await vis.getByLabel('Clases SCIAN 2023 (seis dígitos, separadas por comas)').fill('334410');
    await vis.getByRole('checkbox', { name: 'Ensamble de tarjetas electrónicas (PCBA, SMT)' }).check();
    await vis.getByRole('checkbox', { name: /^IPC-A-610/ }).check();
    await vis.getByLabel('Enlace a la evidencia de IPC-A-610').fill('https://tarjetas.example.com/ipc-a-610.pdf');
    await vis.getByRole('button', { name: 'Enviar registro' }).click();
    assert.match(await vis.locator('.error-summary').textContent() ?? '', /Escriba la dirección completa del sitio/);
    await vis.getByLabel('Sitio web oficial de la organización *').fill('https://tarjetas.example.com');
    await vis.getByRole('button', { name: 'Enviar registro' }).click();
    assert.match(await vis.locator('h1').textContent() ?? '', /Revise su correo/);

    // Not public: not on the page, not in the API, not in search.
    await vis.goto(`${base}/es/directorio`);
    assert.doesNotMatch(await vis.locator('main').textContent() ?? '', new RegExp(NAME));
    assert.ok(!(await api('/api/v1/directory')).items.some((x) => x.name === NAME));
    assert.ok(!(await api(`/api/v1/search?q=${encodeURIComponent(NAME)}`)).items.some((x) => x.type === 'directory'));

    // The supplier confirms from the e-mail (a button: following the link alone confirms nothing).
    const mail = await mailWith(server.dataDir, '\nTo: ventas@tarjetas.example.com\n');
    const link = /https?:\/\/\S+confirmar\?token=\S+/.exec(mail)![0];
    await vis.goto(link);
    await vis.getByRole('button', { name: 'Confirmar' }).click();
    assert.match(await vis.locator('h1').textContent() ?? '', /Correo confirmado/);

    // The editor (one account, JavaScript off) verifies it in a draft; the reviewer (another) publishes.
    const { context: adminCtx, page: admin } = await firstAdmin(fx.browser(), server.dataDir);
    const { context: edCtx, page: ed } = await invitedStaff(fx.browser(), server.dataDir, base, admin, { email: 'editora@example.org', name: 'Eva Editora', role: 'Edición', javaScriptEnabled: false });
    const { context: revCtx, page: rev } = await invitedStaff(fx.browser(), server.dataDir, base, admin, { email: 'revisor@example.org', name: 'Rob Revisor', role: 'Revisión' });
    await adminCtx.close();
    await ed.goto(`${base}/staff/directory`);
    const row = ed.locator('tr', { hasText: NAME });
    assert.match(await row.textContent() ?? '', /contacto confirmado/);
    failures.push(...(await (async () => {
      const c = await fx.browser().newContext({ bypassCSP: true });
      await c.addCookies(await edCtx.cookies());
      const p = await c.newPage();
      await p.goto(`${base}/staff/directory`);
      const v = (await axe(p)).map((x) => `/staff/directory: ${x.id} ${x.help}`);
      await c.close();
      return v;
    })()));
    await row.getByRole('link', { name: /Verificar y editar/ }).click();
    const doc = JSON.parse(await ed.getByLabel('Documento (JSON)').inputValue());
    doc.verification = { status: 'verified', verifiedOn: '2026-12-04' };
    doc.sources.push({ title: 'Evidencia IPC-A-610', url: 'https://tarjetas.example.com/ipc-a-610.pdf' });
    await ed.getByLabel('Documento (JSON)').fill(JSON.stringify(doc, null, 2));
    await ed.getByLabel('Motivo (español)').fill('Proveedor verificado: sitio y evidencia revisados');
    await ed.getByLabel('Motivo (inglés)').fill('Supplier verified: website and evidence checked');
    await ed.getByRole('button', { name: 'Guardar el borrador' }).click();
    const draftPath = new URL(ed.url()).pathname;
    await ed.getByRole('button', { name: 'Enviar a revisión' }).click();
    assert.match(await ed.locator('.notice').first().textContent() ?? '', /Borrador enviado a revisión/);
    assert.equal(await ed.getByRole('button', { name: 'Aprobar y publicar' }).count(), 0, 'the author cannot publish');
    // Still not public while in review.
    assert.ok(!(await api('/api/v1/directory')).items.some((x) => x.name === NAME));
    await rev.goto(`${base}${draftPath}`);
    await rev.getByRole('button', { name: 'Aprobar y publicar' }).click();
    assert.match(await rev.locator('.notice').first().textContent() ?? '', /Publicad/);
    await edCtx.close();
    await revCtx.close();

    // Now public: the directory (JavaScript off), its page, the API and search.
    await vis.goto(`${base}/es/directorio?state=11`);
    await vis.getByRole('link', { name: NAME }).click();
    assert.match(await vis.locator('main').textContent() ?? '', /IPC-A-610/);
    const entryPath = new URL(vis.url()).pathname;
    const id = entryPath.split('/').pop()!;
    assert.ok((await api('/api/v1/directory?state=11')).items.some((x) => x.id === id));
    assert.ok((await api(`/api/v1/search?q=${encodeURIComponent(NAME)}`)).items.some((x) => x.type === 'directory' && x.id === id));
    await visCtx.close();

    // axe on every new page type, in both languages.
    failures.push(...(await audit(fx.browser(), base, [
      '/es/directorio', '/en/directory', '/es/directorio?sector=semiconductors&state=26', `/es/directorio/${id}`, `/en/directory/${id}`,
      '/es/directorio/mapeo?sector=electrical-electronics', '/en/directory/mapping?sector=electrical-electronics', '/en/directory/mapping',
      '/es/directorio/registro', '/en/directory/register', '/es/directorio/registro/enviado', '/en/directory/register/sent',
    ])));
    const errCtx = await fx.browser().newContext({ bypassCSP: true });
    const errPage = await errCtx.newPage();
    for (const [path, button] of [['/es/directorio/registro', 'Enviar registro'], ['/en/directory/register', 'Send registration']] as const) {
      await errPage.goto(base + path);
      await errPage.getByRole('button', { name: button }).click();
      await errPage.waitForSelector('.error-summary');
      failures.push(...(await axe(errPage)).map((v) => `${path} with errors: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    }
    await errCtx.close();
    assert.deepEqual(failures, []);
  });
});
