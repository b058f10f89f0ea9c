/** Headless Chromium (found by ./chromium.ts) through playwright-core, and axe-core injected into pages. */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser as launchFirstWorking } from './chromium.ts';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** Setup gets this long before it fails (and disposes of what it started) instead of waiting forever. */
const SETUP_TIMEOUT_MS = 120_000;

export async function launchBrowser(): Promise<Browser> {
  return (await launchFirstWorking()).browser;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page and returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** Visits each path and returns one line per axe violation (empty = accessible). CSP is bypassed so axe can be injected. */
export async function auditPages(browser: Browser, baseUrl: string, paths: string[]): Promise<string[]> {
  const ctx = await browser.newContext({ bypassCSP: true });
  const page = await ctx.newPage();
  const failures: string[] = [];
  try {
    for (const p of paths) {
      await page.goto(baseUrl + p);
      for (const v of await axe(page)) failures.push(`${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  } finally {
    await ctx.close();
  }
  return failures;
}

/** The real server process and a browser for a describe block: started before, closed after. */
export function useServerAndBrowser(env: Record<string, string> = {}): { server: () => import('./server.ts').RunningServer; browser: () => Browser } {
  let server: import('./server.ts').RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    const { startServer } = await import('./server.ts');
    // allSettled, not all: when one fails the other may still be starting, and it must be kept to be disposed
    // (Promise.all dropped a started server child, which kept the test process alive forever).
    const [s, b] = await Promise.allSettled([startServer(env), launchBrowser()]);
    if (s.status === 'fulfilled') server = s.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (s.status === 'rejected' || b.status === 'rejected') {
      await dispose();
      throw s.status === 'rejected' ? s.reason : (b as PromiseRejectedResult).reason;
    }
  }, { timeout: SETUP_TIMEOUT_MS });
  const dispose = async () => {
    const [b, s] = [browser, server];
    browser = undefined;
    server = undefined;
    await Promise.allSettled([b?.close(), s?.dispose()]);
  };
  after(dispose, { timeout: 60_000 });
  return { server: () => server!, browser: () => browser! };
}

/**
 * The first administrator of a fresh server, in a browser: `npm run admin:create` prints an
 * invitation link; the page accepts it, signs in and turns on two-step verification (Spanish screens).
 */
export async function firstAdmin(browser: Browser, dataDir: string, email = 'admin@example.org', locale = 'es-MX'): Promise<{ context: BrowserContext; page: Page }> {
  const { runAdminCreate, invitationLinkIn, PASSWORD } = await import('./staff.ts');
  const { totpNow } = await import('#src/accounts/totp.ts');
  const cli = await runAdminCreate(['--email', email, '--name', 'Ada Admin'], { DATA_DIR: dataDir });
  if (cli.code !== 0) throw new Error(cli.stderr);
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(invitationLinkIn(cli.stdout)!);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Repita la contraseña').fill(PASSWORD);
  await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.waitForURL(/two-factor$/);
  const secret = (await page.locator('code.secret').getAttribute('data-secret'))!;
  await page.getByLabel('Código de verificación').fill(await totpNow(secret));
  await page.getByRole('button', { name: 'Activar' }).click();
  return { context, page };
}

/** The text of the first mail in DATA_DIR/outbox containing `needle` (delivery is asynchronous: waits up to 10 s). */
export async function mailWith(dataDir: string, needle: string): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const dir = join(dataDir, 'outbox');
  for (let i = 0; i < 100; i++) {
    for (const f of await readdir(dir).catch(() => [] as string[])) {
      const text = f.endsWith('.txt') ? await readFile(join(dir, f), 'utf8') : '';
      if (text.includes(needle)) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail with ${needle}`);
}

/**
 * A state officer, invited through the back office by the administrator's page and signed in (Spanish
 * account), from the administrator's page.
 */
export async function invitedOfficer(
  browser: Browser, dataDir: string, base: string, admin: Page,
  o: { email: string; name: string; state: string; javaScriptEnabled?: boolean },
): Promise<{ context: BrowserContext; page: Page }> {
  return invitedStaff(browser, dataDir, base, admin, { ...o, role: 'Enlace estatal' });
}

/** The administrator (Spanish back office) invites someone with one role (and state); they accept and sign in. */
export async function invitedStaff(
  browser: Browser, dataDir: string, base: string, admin: Page,
  o: { email: string; name: string; role: string; state?: string; javaScriptEnabled?: boolean },
): Promise<{ context: BrowserContext; page: Page }> {
  const { invitationLinkIn, PASSWORD } = await import('./staff.ts');
  await admin.goto(`${base}/staff/users/invite`);
  await admin.getByLabel('Correo electrónico').fill(o.email);
  await admin.getByLabel('Nombre').fill(o.name);
  await admin.getByLabel('Idioma de la cuenta').selectOption('es');
  await admin.getByRole('checkbox', { name: o.role }).check();
  if (o.state) await admin.getByRole('checkbox', { name: o.state }).check();
  await admin.getByRole('button', { name: 'Enviar la invitación' }).click();
  const context = await browser.newContext({ javaScriptEnabled: o.javaScriptEnabled ?? true, locale: 'es-MX', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(invitationLinkIn(await mailWith(dataDir, `\nTo: ${o.email}\n`))!);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Repita la contraseña').fill(PASSWORD);
  await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
  await page.getByLabel('Correo electrónico').fill(o.email);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.waitForURL(/\/staff$/);
  return { context, page };
}
