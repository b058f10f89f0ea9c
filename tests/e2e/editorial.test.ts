/**
 * The editorial journey in a browser, against the real server process: the
 * first administrator (from `npm run admin:create`) invites an editor and a
 * reviewer; the editor drafts a fee change with a reason in both languages and
 * submits it; the reviewer approves and publishes; the public procedure page,
 * its change history and /en/changes show the new fee and the reason in both
 * languages. A visitor reports an error (JavaScript off) and the editor
 * resolves it. axe-core on every new page type, in both languages.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, firstAdmin, useServerAndBrowser } from '#tests/helpers/browser.ts';
import { invitationLinkIn, PASSWORD } from '#tests/helpers/staff.ts';

const SLUG = 'licencia-ambiental-unica';

async function mailTo(dataDir: string, to: string): Promise<string> {
  const dir = join(dataDir, 'outbox');
  for (let i = 0; i < 100; i++) {
    for (const f of await readdir(dir).catch(() => [] as string[])) {
      const text = f.endsWith('.txt') ? await readFile(join(dir, f), 'utf8') : '';
      if (text.includes(`\nTo: ${to}\n`)) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

/** Runs axe on the pages at `paths` in a JavaScript context sharing `from`'s cookies (the session). */
async function audit(browser: Browser, base: string, from: BrowserContext | null, label: string, paths: string[]): Promise<string[]> {
  const ctx = await browser.newContext({ bypassCSP: true });
  if (from) await ctx.addCookies(await from.cookies());
  const page = await ctx.newPage();
  const out: string[] = [];
  try {
    for (const p of paths) {
      await page.goto(base + p);
      // A lost session would audit the sign-in page instead: make sure the page asked for is the one audited.
      if (new URL(page.url()).pathname !== p.split('?')[0]) out.push(`${label} ${p}: redirected to ${page.url()}`);
      for (const v of await axe(page)) out.push(`${label} ${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  } finally {
    await ctx.close();
  }
  return out;
}

/** Runs axe after `act` (e.g. a form posted with errors) in a JavaScript context sharing `from`'s session. */
async function auditAfter(browser: Browser, base: string, from: BrowserContext, label: string, path: string, act: (page: Page) => Promise<void>): Promise<string[]> {
  const ctx = await browser.newContext({ bypassCSP: true });
  await ctx.addCookies(await from.cookies());
  const page = await ctx.newPage();
  try {
    await page.goto(base + path);
    await act(page);
    if (new URL(page.url()).pathname !== path) return [`${label} ${path}: ended on ${page.url()}`];
    return (await axe(page)).map((v) => `${label} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  } finally {
    await ctx.close();
  }
}

async function accept(page: Page, link: string, lang: 'es' | 'en', email: string) {
  const t = lang === 'es' ? { pw: 'Contraseña', again: 'Repita la contraseña', create: 'Crear mi cuenta', mail: 'Correo electrónico', signIn: 'Iniciar sesión' } : { pw: 'Password', again: 'Repeat the password', create: 'Create my account', mail: 'Email address', signIn: 'Sign in' };
  await page.goto(link);
  await page.getByLabel(t.pw, { exact: true }).fill(PASSWORD);
  await page.getByLabel(t.again).fill(PASSWORD);
  await page.getByRole('button', { name: t.create }).click();
  await page.getByLabel(t.mail).fill(email);
  await page.getByLabel(t.pw, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t.signIn }).click();
  await page.waitForURL(/\/staff$/);
}

describe('editorial workflow in a browser', () => {
  const fx = useServerAndBrowser();

  test('an editor drafts a fee change, a reviewer publishes it, the public page and history show it in both languages; an office’s phone goes through the same workflow into the change log; a reported error is resolved and the reporter told by e-mail — axe clean', async () => {
    const server = fx.server();
    const base = server.url;
    const failures: string[] = [];
    // The administrator: accepts the CLI's link, turns on TOTP, invites an editor (Spanish) and a reviewer (English).
    const { context: adminCtx, page: admin } = await firstAdmin(fx.browser(), server.dataDir);
    for (const [email, name, locale, role] of [['editor@example.org', 'Eva Editora', 'es', 'Edición'], ['reviewer@example.org', 'Rob Reviewer', 'en', 'Revisión']] as const) {
      await admin.goto(`${base}/staff/users/invite`);
      await admin.getByLabel('Correo electrónico').fill(email);
      await admin.getByLabel('Nombre').fill(name);
      await admin.getByLabel('Idioma de la cuenta').selectOption(locale);
      await admin.getByRole('checkbox', { name: role }).check();
      await admin.getByRole('button', { name: 'Enviar la invitación' }).click();
      assert.match(await admin.locator('.notice').textContent() ?? '', /Invitación enviada/);
    }
    await adminCtx.close();

    // The editor, JavaScript off: drafts the fee change with a reason in both languages, then submits it.
    const edCtx = await fx.browser().newContext({ javaScriptEnabled: false, locale: 'es-MX' });
    const ed = await edCtx.newPage();
    await accept(ed, invitationLinkIn(await mailTo(server.dataDir, 'editor@example.org'))!, 'es', 'editor@example.org');
    await ed.getByRole('link', { name: 'Trámites' }).first().click();
    await ed.getByLabel('Buscar por nombre').fill('licencia ambiental');
    await ed.getByRole('button', { name: 'Filtrar' }).click();
    await ed.getByRole('link', { name: 'Editar «Licencia Ambiental Única (LAU)»' }).click();
    await ed.locator('#f-steps-0-costs-0-amountMXN').fill('tres mil');
    await ed.getByRole('button', { name: 'Guardar el borrador' }).click();
    assert.match(await ed.locator('.error-summary').textContent() ?? '', /«Paso 1 · Costo 1 · Importe» debe ser un número/);
    await ed.locator('#f-steps-0-costs-0-amountMXN').fill('3150');
    await ed.locator('#f-steps-0-costs-0-year').fill('2027');
    await ed.getByLabel('Motivo (español)').fill('Cuota 2027 de la Ley Federal de Derechos');
    await ed.getByLabel('Motivo (inglés)').fill('2027 fee under the Federal Duties Law');
    await ed.getByRole('button', { name: 'Guardar el borrador' }).click();
    assert.match(await ed.locator('.notice').first().textContent() ?? '', /Borrador creado/);
    assert.match(await ed.locator('.changes').textContent() ?? '', /Paso 1 · Costo: antes: .*3,873 \(2026\).*→ ahora: .*3,150 \(2027\)/s);
    const draftPath = new URL(ed.url()).pathname;
    await ed.getByRole('button', { name: 'Enviar a revisión' }).click();
    assert.match(await ed.locator('.notice').first().textContent() ?? '', /Borrador enviado a revisión/);
    assert.equal(await ed.getByRole('button', { name: 'Aprobar y publicar' }).count(), 0, 'the author cannot approve');

    // The reviewer (English): the queue, the diff in their language, approve and publish.
    const revCtx = await fx.browser().newContext({ locale: 'en-GB' });
    const rev = await revCtx.newPage();
    await accept(rev, invitationLinkIn(await mailTo(server.dataDir, 'reviewer@example.org'))!, 'en', 'reviewer@example.org');
    await rev.getByRole('link', { name: 'Review', exact: true }).click();
    failures.push(...(await audit(fx.browser(), base, revCtx, 'reviewer en', ['/staff/reviews', draftPath])));
    await rev.getByRole('link', { name: /Review the draft of/ }).click();
    assert.match(await rev.locator('.changes').textContent() ?? '', /Step 1 · Cost: before: .*MX\$3,873 \(2026\).*→ now: .*MX\$3,150 \(2027\)/s);
    await rev.getByRole('button', { name: 'Approve and publish' }).click();
    assert.match(await rev.locator('.notice').first().textContent() ?? '', /Published: the public site now shows the new version/);

    // Reference content (JavaScript off): the editor gives an office a phone number on the JSON screen, the reviewer publishes it.
    await ed.goto(`${base}/staff/reference`);
    await ed.getByRole('link', { name: /^Editar «Oficinas del SAT/ }).click();
    const office = JSON.parse(await ed.getByLabel('Documento (JSON)').inputValue());
    await ed.getByLabel('Documento (JSON)').fill(JSON.stringify({ ...office, phone: '+52 55 627 22 728' }, null, 2));
    await ed.getByLabel('Motivo (español)').fill('Teléfono de atención publicado por el SAT');
    await ed.getByLabel('Motivo (inglés)').fill('Contact phone published by SAT');
    await ed.getByRole('button', { name: 'Guardar el borrador' }).click();
    const officeDraft = new URL(ed.url()).pathname;
    await ed.getByRole('button', { name: 'Enviar a revisión' }).click();
    await rev.goto(`${base}${officeDraft}`);
    assert.match(await rev.locator('.changes').textContent() ?? '', /Phone: before: \(empty\) → now: \+52 55 627 22 728/);
    await rev.getByRole('button', { name: 'Approve and publish' }).click();
    assert.match(await rev.locator('.notice').first().textContent() ?? '', /Published/);

    // The public site, both languages: the new fee, the reason, the history and /en/changes.
    const pub = await (await fx.browser().newContext({ javaScriptEnabled: false })).newPage();
    await pub.goto(`${base}/es/tramites/${SLUG}`);
    assert.match(await pub.locator('.steps').textContent() ?? '', /\$3,150/);
    assert.match(await pub.locator('.history').textContent() ?? '', /Motivo: Cuota 2027 de la Ley Federal de Derechos/);
    await pub.goto(`${base}/en/procedures/${SLUG}`);
    assert.match(await pub.locator('.steps').textContent() ?? '', /MX\$3,150/);
    assert.match(await pub.locator('.history').textContent() ?? '', /Reason: 2027 fee under the Federal Duties Law/);
    assert.match(await pub.locator('.history').textContent() ?? '', /Step 1 · Cost: before: .*→ now: .*MX\$3,150 \(2027\)/s);
    await pub.goto(`${base}/en/changes`);
    assert.match(await pub.locator('main').textContent() ?? '', /2027 fee under the Federal Duties Law/);
    assert.match(await pub.locator('main').textContent() ?? '', /Contact phone published by SAT\s*Phone: before: \(empty\) → now: \+52 55 627 22 728/);
    await pub.goto(`${base}/en/authorities/sat`);
    assert.match(await pub.locator('#changes-h + ol').textContent() ?? '', /Office\s*Reason: Contact phone published by SAT/);

    // A visitor reports an error on step 1 (JavaScript off); the confirmation gives a reference.
    await pub.goto(`${base}/en/procedures/${SLUG}`);
    await pub.getByRole('link', { name: 'Report an error in step 1' }).click();
    assert.equal(await pub.getByLabel('Part of the procedure').inputValue(), '1');
    await pub.getByLabel('What is wrong?').fill('The office address changed in 2027.');
    await pub.getByLabel('Your email (optional)').fill('reporter@example.org');
    await pub.getByRole('button', { name: 'Send the report' }).click();
    const reference = (await pub.locator('.reference').textContent())!;
    assert.match(reference, /^R-[0-9A-Z]{8}$/);
    const thanks = new URL(pub.url());
    await pub.context().close();

    // The editor resolves it from the queue.
    await ed.goto(`${base}/staff/reports`);
    await ed.getByRole('link', { name: `Ver el reporte ${reference}` }).click();
    const reportPath = new URL(ed.url()).pathname;
    await ed.getByRole('button', { name: 'Resolver' }).click();
    assert.match(await ed.locator('.error-summary').textContent() ?? '', /Escriba la «Nota de resolución»/);
    assert.match(await ed.locator('#f-note-hint').textContent() ?? '', /Quien reportó dejó su correo: recibirá esta nota/);
    await ed.getByLabel('Nota de resolución').fill('Dirección actualizada en la versión 3.');
    await ed.getByRole('button', { name: 'Resolver' }).click();
    assert.match(await ed.locator('.notice').first().textContent() ?? '', /Reporte resuelto/);
    // The reporter, who wrote in English, is sent the note in English.
    const toReporter = await mailTo(server.dataDir, 'reporter@example.org');
    assert.match(toReporter, /Subject: We have dealt with your report on a procedure/);
    assert.ok(toReporter.includes(reference) && toReporter.includes('Dirección actualizada en la versión 3.'));

    // axe on every new page type, in both languages.
    const staffPages = ['/staff', '/staff/procedures', '/staff/procedures?level=galactic', `/staff/procedures/semarnat-lau/edit`, '/staff/procedures/sat-csd/edit/json', draftPath, '/staff/states', '/staff/states/09/edit', '/staff/reference', '/staff/reference/office/sat-adsc/edit', officeDraft, '/staff/reports', reportPath];
    const withErrors = async (lang: string) => [
      ...(await auditAfter(fx.browser(), base, edCtx, `edit with errors ${lang}`, '/staff/procedures/semarnat-lau/edit', async (p) => {
        await p.locator('#f-steps-0-costs-0-amountMXN').fill('x');
        await p.locator('button.button[type="submit"]').last().click();
        await p.waitForSelector('.error-summary');
      })),
      ...(await auditAfter(fx.browser(), base, edCtx, `json with errors ${lang}`, '/staff/procedures/sat-csd/edit/json', async (p) => {
        await p.locator('#f-doc').fill('{"id": "sat-csd", "colour": 1}');
        await p.locator('button.button[type="submit"]').last().click();
        await p.waitForSelector('.error-summary');
      })),
    ];
    failures.push(...(await audit(fx.browser(), base, edCtx, 'editor es', staffPages)), ...(await withErrors('es')));
    await ed.goto(`${base}/staff`);
    await ed.getByRole('button', { name: 'English' }).click();
    failures.push(...(await audit(fx.browser(), base, edCtx, 'editor en', staffPages)), ...(await withErrors('en')));
    await rev.goto(`${base}/staff`);
    await rev.getByRole('button', { name: 'Español' }).click();
    failures.push(...(await audit(fx.browser(), base, revCtx, 'reviewer es', ['/staff/reviews', draftPath])));
    const ref = thanks.search;
    failures.push(...(await audit(fx.browser(), base, null, 'public', [
      `/es/tramites/${SLUG}`, `/en/procedures/${SLUG}`, `/es/tramites/${SLUG}/reportar?paso=1`, `/en/procedures/${SLUG}/report?step=1`,
      `/es/tramites/${SLUG}/reportar?paso=99`, `/es/tramites/${SLUG}/reportar/enviado${ref}`, `/en/procedures/${SLUG}/report/sent${ref}`, '/es/cambios', '/en/changes', '/es/dependencias/sat', '/en/authorities/sat',
    ])));
    await edCtx.close();
    await revCtx.close();
    assert.deepEqual(failures, []);
  });
});
