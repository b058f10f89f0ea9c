/**
 * Live chat in two browser contexts (issue 12), against the real server process: without
 * JavaScript the "chat" entry leads to the quick forms; with it, a visitor (English) opens the panel
 * on the home page, starts a chat about Jalisco and writes; the Jalisco officer (Spanish, the
 * back office) sees it in the inbox marked as a chat and answers; the answer appears in the
 * visitor's panel without a reload; the visitor ends the chat, rates it and gets the transcript by
 * mail. The Spanish panel opens too. axe-core on the panel in each state and on the console.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, firstAdmin, invitedOfficer, mailWith, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('live chat in a browser', () => {
  const fx = useServerAndBrowser();

  test('visitor and officer chat live; end, rating, transcript; without JavaScript the entry leads to the forms; axe clean', { timeout: 240_000 }, async () => {
    const server = fx.server();
    const base = server.url;
    const failures: string[] = [];
    const audit = async (page: import('playwright-core').Page, what: string) => failures.push(...(await axe(page)).map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));

    // Without JavaScript: the entry is a plain link to the desk's quick forms.
    const noJs = await fx.browser().newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${base}/es/`);
    await plain.getByRole('link', { name: 'Chatear con un asesor' }).click();
    assert.equal(new URL(plain.url()).pathname, '/es/consultas');
    await noJs.close();

    // The administrator invites the Jalisco officer, who signs in.
    const { context: adminCtx, page: admin } = await firstAdmin(fx.browser(), server.dataDir, 'admin@example.org', 'en-GB');
    const { context: offCtx, page: officer } = await invitedOfficer(fx.browser(), server.dataDir, base, admin, { email: 'jal@example.org', name: 'Julia Jalisco', state: 'Jalisco' });
    await adminCtx.close();

    // The officer opens the live-chat console and goes online, in both languages.
    await officer.goto(`${base}/staff/desk/console`);
    await officer.getByLabel('En línea: asígnenme chats').check();
    await officer.getByRole('checkbox', { name: 'English' }).check();
    await officer.getByRole('button', { name: 'Guardar disponibilidad' }).click();
    await officer.getByText('Disponibilidad guardada.').waitFor();
    await officer.getByText('Conectado: los mensajes llegan en vivo.').waitFor();
    await audit(officer, 'console');

    // The visitor, in English with JavaScript, opens the panel from the home page.
    const visCtx = await fx.browser().newContext({ locale: 'en-GB', bypassCSP: true });
    const visitor = await visCtx.newPage();
    await visitor.goto(`${base}/en/`);
    await visitor.getByRole('link', { name: 'Chat with an advisor' }).click();
    const panel = visitor.getByRole('dialog', { name: 'Chat with the desk' });
    await panel.waitFor();
    await panel.getByLabel('State (optional)').locator('option', { hasText: 'Jalisco' }).waitFor({ state: 'attached' });
    await audit(visitor, 'panel: pre-chat form');
    await panel.getByRole('button', { name: 'Start the chat' }).click();
    assert.match(await panel.getByRole('alert').first().textContent() ?? '', /accept the privacy notice/, 'consent is asked for, not assumed');
    await panel.getByLabel('State (optional)').selectOption({ label: 'Jalisco' });
    await panel.getByLabel('I accept the privacy notice').check();
    await panel.getByRole('button', { name: 'Start the chat' }).click();
    await panel.getByText('An advisor is handling your conversation.').waitFor();
    const folio = /VU-\d{4}-\d{6}/.exec(await panel.locator('.chat-log').textContent() ?? '')![0];
    await panel.getByLabel('Your message').fill('Is there a payroll tax in Jalisco?');
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await panel.locator('.chat-msg.from-investor:not(.pending)', { hasText: 'payroll tax' }).waitFor();
    await audit(visitor, 'panel: conversation');

    // The officer finds it in the inbox, marked as a chat, and answers.
    await officer.goto(`${base}/staff/desk`);
    assert.match(await officer.locator('tbody').textContent() ?? '', new RegExp(`${folio}\\s*Chat`));
    await officer.getByRole('link', { name: folio }).click();
    assert.match(await officer.locator('.conversation').textContent() ?? '', /payroll tax/);
    await audit(officer, 'console: chat case');
    await officer.getByLabel('Mensaje', { exact: true }).fill('Sí: consulte el impuesto sobre nóminas en la página de Jalisco.');
    await officer.getByRole('button', { name: 'Enviar respuesta' }).click();

    // It appears in the visitor's panel without a reload; the visitor's next line reaches the officer's page live.
    await panel.locator('.chat-msg.from-staff', { hasText: 'impuesto sobre nóminas' }).waitFor({ timeout: 10_000 });
    // (The officer's page may have just reloaded after the reply: typing is a hint, sent at most every
    // 2 s, so the visitor types until the page, once connected and watching, shows it.)
    await officer.getByText('Conectado: los mensajes llegan en vivo.').waitFor();
    const typingShown = officer.getByText('El visitante está escribiendo…');
    for (let i = 0; i < 5 && !(await typingShown.isVisible()); i++) {
      await panel.getByLabel('Your message').fill(`Thank you${'!'.repeat(i + 1)}`);
      await typingShown.waitFor({ timeout: 2_500 }).catch(() => {});
    }
    assert.ok(await typingShown.isVisible(), 'the officer sees that the visitor is typing');
    await panel.getByLabel('Your message').fill('Thank you!');
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await officer.locator('.conversation .msg.investor', { hasText: 'Thank you!' }).waitFor({ timeout: 10_000 });
    assert.match(await panel.locator('.chat-msg.from-staff').first().textContent() ?? '', /^Julia Jalisco: /);

    // The visitor ends the chat, rates it and asks for the transcript.
    await panel.getByRole('button', { name: 'End the chat' }).click();
    await panel.getByRole('group', { name: 'Rating (1 = poor, 5 = excellent)' }).getByLabel('5').check();
    await panel.getByLabel('Comment (optional)').fill('Quick and clear.');
    await audit(visitor, 'panel: rating');
    await panel.getByRole('button', { name: 'Send rating' }).click();
    await panel.getByText('Thank you. You may close this panel.').waitFor();
    await panel.getByLabel('E-mail to receive the transcript (optional)').last().fill('visitor@example.org');
    await panel.getByRole('button', { name: 'Send me the transcript' }).click();
    await panel.getByText('Transcript sent.').waitFor();
    const mail = await mailWith(server.dataDir, `Your conversation with the desk (${folio})`);
    assert.match(mail, /You: Is there a payroll tax in Jalisco\?/);
    assert.match(mail, /Julia Jalisco: Sí: consulte el impuesto sobre nóminas/);
    await audit(visitor, 'panel: after the chat');
    // Escape hides the panel and gives focus back to the entry.
    await visitor.keyboard.press('Escape');
    assert.equal(await panel.isHidden(), true);
    assert.equal(await visitor.evaluate(() => document.activeElement?.textContent), 'Chat with an advisor');
    await visCtx.close();

    // The Spanish panel opens with its own words.
    const esCtx = await fx.browser().newContext({ locale: 'es-MX', bypassCSP: true });
    const es = await esCtx.newPage();
    await es.goto(`${base}/es/`);
    await es.getByRole('link', { name: 'Chatear con un asesor' }).click();
    const esPanel = es.getByRole('dialog', { name: 'Chat con la ventanilla' });
    await esPanel.getByRole('button', { name: 'Iniciar el chat' }).waitFor();
    await audit(es, 'panel (es)');
    await esCtx.close();
    await offCtx.close();
    assert.deepEqual(failures, []);
  });
});
