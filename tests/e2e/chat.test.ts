/**
 * Live chat in several browser contexts (issue 12), against the real server process: without
 * JavaScript the "chat" entry leads to the quick forms. An administrator invites two advisors and
 * puts Beto in the North team. Ana goes online in the console (Spanish); a visitor (English) opens
 * the panel, starts a chat and writes; the dispatcher gives it to Ana, whose console lists it; she
 * answers from the case page (the line reaches the panel without a reload; the visitor's typing and
 * next line reach her page live); she transfers it to the North team and the visitor is told; Beto
 * (console in English) goes online and gets it, answers and closes it with a resolution; the visitor
 * rates the chat and gets the transcript (both advisors' lines) by mail. The Spanish panel opens too.
 * axe-core on the panel in each state and on the console and case pages in both languages.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, firstAdmin, invitedStaff, mailWith, useServerAndBrowser } from '#tests/helpers/browser.ts';

describe('live chat in a browser', () => {
  const fx = useServerAndBrowser();

  test('visitor and advisors chat live; transfer, close, rating, transcript; without JavaScript the entry leads to the forms; axe clean', { timeout: 240_000 }, async () => {
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

    // The administrator invites two advisors and puts Beto in the "North" team.
    const { context: adminCtx, page: admin } = await firstAdmin(fx.browser(), server.dataDir, 'admin@example.org', 'en-GB');
    const ADVISOR = 'Asesoría (mesa federal de inversión)';
    const { context: anaCtx, page: ana } = await invitedStaff(fx.browser(), server.dataDir, base, admin, { email: 'ana@example.org', name: 'Ana Asesora', role: ADVISOR });
    const { context: betoCtx, page: beto } = await invitedStaff(fx.browser(), server.dataDir, base, admin, { email: 'beto@example.org', name: 'Beto Norte', role: ADVISOR });
    await admin.goto(`${base}/staff/desk/routing`);
    await admin.getByLabel('Identificador (minúsculas y guiones)').fill('north');
    await admin.getByLabel('Nombre en español').fill('Norte');
    await admin.getByLabel('Nombre en inglés').fill('North');
    await admin.getByRole('button', { name: 'Crear equipo' }).click();
    await admin.getByLabel('Correo de la persona asesora').fill('beto@example.org');
    await admin.getByRole('button', { name: 'Añadir al equipo' }).click();
    await admin.getByText('Beto Norte').waitFor();
    await adminCtx.close();

    // Ana opens the live-chat console (Spanish) and goes online, in both languages.
    await ana.goto(`${base}/staff/desk/console`);
    await ana.getByLabel('En línea: asígnenme chats').check();
    await ana.getByRole('checkbox', { name: 'English' }).check();
    await ana.getByRole('button', { name: 'Guardar disponibilidad' }).click();
    await ana.getByText('Disponibilidad guardada.').waitFor();
    await ana.getByText('Conectado: los mensajes llegan en vivo.').waitFor();
    await audit(ana, 'console (es)');

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

    // Ana finds it in her console's chats (the list refreshes itself), marked as a chat in the inbox too, and answers.
    await ana.locator('#console-lists').getByRole('link', { name: folio }).waitFor({ timeout: 10_000 });
    await ana.goto(`${base}/staff/desk`);
    assert.match(await ana.locator('tbody').textContent() ?? '', new RegExp(`${folio}\\s*Chat`));
    await ana.getByRole('link', { name: folio }).click();
    assert.match(await ana.locator('.conversation').textContent() ?? '', /payroll tax/);
    await audit(ana, 'chat case (es)');
    await ana.getByLabel('Mensaje', { exact: true }).fill('Sí: consulte el impuesto sobre nóminas en la página de Jalisco.');
    await ana.getByRole('button', { name: 'Enviar respuesta' }).click();

    // It appears in the visitor's panel without a reload; the visitor's next line reaches the officer's page live.
    await panel.locator('.chat-msg.from-staff', { hasText: 'impuesto sobre nóminas' }).waitFor({ timeout: 10_000 });
    // (The officer's page may have just reloaded after the reply: typing is a hint, sent at most every
    // 2 s, so the visitor types until the page, once connected and watching, shows it.)
    await ana.getByText('Conectado: los mensajes llegan en vivo.').waitFor();
    const typingShown = ana.getByText('El visitante está escribiendo…');
    for (let i = 0; i < 5 && !(await typingShown.isVisible()); i++) {
      await panel.getByLabel('Your message').fill(`Thank you${'!'.repeat(i + 1)}`);
      await typingShown.waitFor({ timeout: 2_500 }).catch(() => {});
    }
    assert.ok(await typingShown.isVisible(), 'the advisor sees that the visitor is typing');
    await panel.getByLabel('Your message').fill('Thank you!');
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await ana.locator('.conversation .msg.investor', { hasText: 'Thank you!' }).waitFor({ timeout: 10_000 });
    assert.match(await panel.locator('.chat-msg.from-staff').first().textContent() ?? '', /^Ana Asesora: /);

    // Ana transfers the chat to the North team; the visitor is told. Beto (his console in English) goes online and gets it.
    await ana.getByLabel('Equipo', { exact: true }).selectOption({ label: 'Norte' });
    await ana.getByRole('button', { name: 'Transferir' }).click();
    await ana.getByText('Conversación transferida.').waitFor();
    await panel.locator('.chat-msg.from-system', { hasText: 'transferred to: North' }).waitFor({ timeout: 10_000 });
    await beto.goto(`${base}/staff/desk/console`);
    await beto.getByRole('button', { name: 'English' }).click();
    await beto.getByLabel('Online: give me chats').check();
    await beto.getByRole('checkbox', { name: 'English' }).check();
    await beto.getByRole('button', { name: 'Save availability' }).click();
    await beto.getByText('Availability saved.').waitFor();
    await beto.locator('#console-lists').getByRole('link', { name: folio }).waitFor({ timeout: 10_000 });
    await audit(beto, 'console (en)');
    await beto.locator('#console-lists').getByRole('link', { name: folio }).click();
    await beto.getByText('Connected: messages arrive live.').waitFor();
    await audit(beto, 'chat case (en)');
    await beto.getByLabel('Message', { exact: true }).fill('Hello, I am with the North team: the payroll tax rate is on the state page.');
    await beto.getByRole('button', { name: 'Send reply' }).click();
    await panel.locator('.chat-msg.from-staff', { hasText: 'North team' }).waitFor({ timeout: 10_000 });
    assert.match(await panel.locator('.chat-msg.from-system').allTextContents().then((x) => x.join(' ')), /Beto Norte is now handling your conversation\./);
    // Beto closes it with a resolution; the visitor's panel moves to the rating.
    await beto.getByLabel('Resolution').fill('Pointed to the state payroll tax.');
    await beto.getByRole('button', { name: 'Close request' }).click();
    await panel.getByRole('group', { name: 'Rating (1 = poor, 5 = excellent)' }).waitFor({ timeout: 10_000 });
    await anaCtx.close();
    await betoCtx.close();

    // The visitor rates the chat and asks for the transcript.
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
    assert.match(mail, /Ana Asesora: Sí: consulte el impuesto sobre nóminas/);
    assert.match(mail, /Beto Norte: Hello, I am with the North team/);
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
    // A Spanish chat starts too: Ana, still present (seen within the presence timeout), takes it.
    await esPanel.getByLabel('Acepto el aviso de privacidad').check();
    await esPanel.getByRole('button', { name: 'Iniciar el chat' }).click();
    await esPanel.getByText('Un asesor atiende su conversación.').waitFor({ timeout: 10_000 });
    await esPanel.locator('.chat-msg.from-system', { hasText: 'Ana Asesora atiende ahora su conversación.' }).waitFor({ timeout: 10_000 });
    await audit(es, 'panel (es): conversation');
    await esCtx.close();
    assert.deepEqual(failures, []);
  });
});
