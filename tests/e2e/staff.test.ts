/**
 * The back office in a browser, against the real server process: the first
 * administrator is created by `npm run admin:create` while the server runs,
 * accepts the link, signs in with the keyboard, turns on TOTP, invites an
 * editor; the editor accepts through the local outbox (JavaScript off) and
 * signs in. axe-core on every staff page type, in both languages.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, useServerAndBrowser } from '#tests/helpers/browser.ts';
import { invitationLinkIn, PASSWORD, runAdminCreate } from '#tests/helpers/staff.ts';
import { totpNow } from '#src/accounts/totp.ts';

/** Waits for the outbox file addressed to `to` (the worker delivers after commit). */
async function mailTo(dataDir: string, to: string): Promise<string> {
  const dir = join(dataDir, 'outbox');
  for (let i = 0; i < 100; i++) {
    for (const f of await readdir(dir).catch(() => [] as string[])) {
      if (!f.endsWith('.txt')) continue;
      const text = await readFile(join(dir, f), 'utf8');
      if (text.includes(`\nTo: ${to}\n`)) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} in ${dir}`);
}

async function violations(page: Page, label: string): Promise<string[]> {
  return (await axe(page)).map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('staff back office in a browser', () => {
  const fx = useServerAndBrowser();

  test('admin from the CLI signs in, turns on TOTP, invites an editor; the editor accepts from the outbox and signs in — axe clean throughout', async () => {
    const server = fx.server();
    const failures: string[] = [];
    const cli = await runAdminCreate(['--email', 'admin@example.org', '--name', 'Ada Admin'], { DATA_DIR: server.dataDir });
    assert.equal(cli.code, 0, cli.stderr);
    const adminLink = invitationLinkIn(cli.stdout)!;

    const ctx = await fx.browser().newContext({ bypassCSP: true, locale: 'es-MX' });
    const page = await ctx.newPage();
    const check = async (label: string) => failures.push(...(await violations(page, label)));
    try {
      // Control: axe does report a real violation.
      await page.setContent('<!doctype html><html lang="en"><title>x</title><body><main><img src="data:,"></main></body></html>');
      assert.ok((await axe(page)).some((v) => v.id === 'image-alt'));

      await page.goto(adminLink);
      await check('invitation');
      await page.getByLabel('Contraseña', { exact: true }).fill('short');
      await page.getByLabel('Repita la contraseña').fill('different');
      await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
      assert.match(await page.locator('.error-summary').textContent() ?? '', /«Contraseña» debe tener al menos 12 caracteres/);
      assert.equal(await page.getByLabel('Nombre').inputValue(), 'Ada Admin', 'kept');
      await check('invitation with errors');
      await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Repita la contraseña').fill(PASSWORD);
      await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
      assert.match(await page.locator('.notice').textContent() ?? '', /Su cuenta está lista/);
      await check('sign-in');

      // Sign in with the keyboard only.
      for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.id === 'f-email')); i++) await page.keyboard.press('Tab');
      await page.keyboard.type('admin@example.org');
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/staff\/account\/two-factor$/);
      assert.match(await page.locator('.notice').textContent() ?? '', /deben activar la verificación en dos pasos/);
      await check('TOTP enrolment');
      const secret = (await page.locator('code.secret').getAttribute('data-secret'))!;
      await page.getByLabel('Código de verificación').fill('000000' === (await totpNow(secret)) ? '111111' : '000000');
      await page.getByRole('button', { name: 'Activar' }).click();
      await check('TOTP enrolment with error');
      await page.getByLabel('Código de verificación').fill(await totpNow(secret));
      await page.getByRole('button', { name: 'Activar' }).click();
      assert.match(await page.locator('h1').textContent() ?? '', /Verificación en dos pasos activa/);
      await check('TOTP on');

      await page.getByRole('link', { name: 'Inicio' }).click();
      await check('dashboard');
      await page.getByRole('link', { name: 'Usuarios' }).click();
      await page.getByRole('link', { name: 'Invitar a una persona' }).click();
      await page.getByRole('button', { name: 'Enviar la invitación' }).click();
      assert.match(await page.locator('.error-summary').textContent() ?? '', /Escriba «Correo electrónico»/);
      await check('invite with errors');
      await page.getByLabel('Correo electrónico').fill('editor@example.org');
      await page.getByLabel('Nombre').fill('Ed Editor');
      await page.getByLabel('Idioma de la cuenta').selectOption('en');
      await page.getByRole('checkbox', { name: 'Edición' }).check();
      await page.getByRole('button', { name: 'Enviar la invitación' }).click();
      assert.match(await page.locator('.notice').textContent() ?? '', /Invitación enviada/);
      await check('users');
      await page.getByRole('link', { name: 'Editar Ada Admin' }).click();
      await check('user');
      await page.getByRole('link', { name: 'Bitácora' }).first().click();
      await page.locator('details summary').first().click();
      await check('audit');
      assert.match(await page.content(), /invitation\.created/);
      await page.goto(`${server.url}/staff/audit?from=nope`);
      await check('audit with errors');
      await page.goto(`${server.url}/staff/nothing-here`);
      await check('not found');

      // The language switch stores English on the account; pages follow.
      await page.goto(`${server.url}/staff`);
      await page.getByRole('button', { name: 'English' }).click();
      assert.match(await page.locator('h1').textContent() ?? '', /Hello, Ada Admin/);
      await check('dashboard en');
      await page.goto(`${server.url}/staff/users/invite`);
      await check('invite en');

      // Sign out, then in again: this time a code is asked for (the next step: the enrolment code may not be replayed).
      await page.goto(`${server.url}/staff`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      assert.match(await page.locator('.notice').textContent() ?? '', /You have signed out/);
      await page.getByLabel('Email address').fill('admin@example.org');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/two-factor$/);
      await check('second factor');
      await page.getByLabel('Verification code').fill(await totpNow(secret, Math.floor(Date.now() / 1000) + 30));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForURL(/\/staff$/);
    } finally {
      await ctx.close();
    }

    // The editor: link from the local outbox, JavaScript off, English as invited.
    const mail = await mailTo(server.dataDir, 'editor@example.org');
    assert.match(mail, /Subject: Invitation to the Ventanilla back office/);
    assert.match(mail, /Ada Admin invited you/);
    const ed = await fx.browser().newContext({ bypassCSP: true, javaScriptEnabled: false, locale: 'es-MX' });
    const ep = await ed.newPage();
    try {
      await ep.goto(invitationLinkIn(mail)!);
      assert.equal(await ep.getAttribute('html', 'lang'), 'en', 'in the language they were invited in');
      await ep.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await ep.getByLabel('Repeat the password').fill(PASSWORD);
      await ep.getByRole('button', { name: 'Create my account' }).click();
      await ep.getByLabel('Email address').fill('editor@example.org');
      await ep.getByLabel('Password').fill(PASSWORD);
      await ep.getByRole('button', { name: 'Sign in' }).click();
      assert.match(await ep.locator('h1').textContent() ?? '', /Hello, Ed Editor/);
      assert.equal(await ep.getByRole('link', { name: 'Users' }).count(), 0, 'an editor sees no user management');
      await ep.goto(`${server.url}/staff/users`);
      assert.match(await ep.locator('h1').textContent() ?? '', /Not allowed/);
      // axe needs JavaScript: audit the same session's pages in a context with it on.
      const withJs = await fx.browser().newContext({ bypassCSP: true });
      await withJs.addCookies(await ed.cookies());
      const jp = await withJs.newPage();
      for (const p of ['/staff/users', '/staff']) {
        await jp.goto(server.url + p);
        failures.push(...(await violations(jp, `editor ${p}`)));
      }
      await withJs.close();
    } finally {
      await ed.close();
    }

    // Anonymous pages, both languages.
    const anon = await fx.browser().newContext({ bypassCSP: true });
    const ap = await anon.newPage();
    try {
      for (const p of ['/staff/login?lang=es', '/staff/login?lang=en', '/staff/password/forgot?lang=es', '/staff/password/forgot?lang=en', '/staff/password/reset/not-a-valid-token-000000', '/staff/invitations/not-a-valid-token-000000']) {
        await ap.goto(server.url + p);
        failures.push(...(await violations(ap, p)));
      }
      await ap.goto(`${server.url}/staff/password/forgot?lang=en`);
      await ap.getByLabel('Email address').fill('editor@example.org');
      await ap.getByRole('button', { name: 'Send the link' }).click();
      failures.push(...(await violations(ap, 'reset sent')));
      const reset = await mailTo(server.dataDir, 'editor@example.org').then(async () => {
        for (let i = 0; i < 100; i++) {
          const dir = join(server.dataDir, 'outbox');
          for (const f of await readdir(dir)) if (f.includes('passwordReset')) return readFile(join(dir, f), 'utf8');
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('no reset mail');
      });
      await ap.goto(/https?:\/\/\S+\/staff\/password\/reset\/\S+/.exec(reset)![0]);
      failures.push(...(await violations(ap, 'reset form')));
    } finally {
      await anon.close();
    }
    assert.deepEqual(failures, []);
  });
});
