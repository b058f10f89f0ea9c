/**
 * The catalogue assistant in a browser (issue 16, "Done when"), against the real server process: a
 * visitor asks three questions (the third a follow-up, "¿y en Jalisco?" / "and in Jalisco?"), reads
 * answers whose citations link to the cited procedure, asks something out of scope and is handed to a
 * person; the advisor then sees the question and the assistant's attempt in the inbox. Spanish with
 * JavaScript off (answer pages), English with it on (inline answers, and the chat panel's box while
 * the chat waits), then the mirror (English off, Spanish on) with the same questions and handoff.
 * axe-core on the answer pages, the inline answers and the panel.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { auditPages, axe, firstAdmin, invitedStaff, useServerAndBrowser } from '#tests/helpers/browser.ts';

const PROCEDURE = 'autorizacion-uso-denominacion-razon-social';

describe('the catalogue assistant in a browser', () => {
  const fx = useServerAndBrowser();

  test('three questions with a follow-up, cited answers, a handoff to a person, the attempt in the inbox; both languages, JS off and on; axe clean', { timeout: 300_000 }, async () => {
    const server = fx.server();
    const base = server.url;
    const failures: string[] = [];
    const audit = async (page: Page, what: string) => failures.push(...(await axe(page)).map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    const folios: { folio: string; question: string; attempt: string }[] = [];

    // ---- Spanish, JavaScript off: forms and answer pages ----
    const offCtx = await fx.browser().newContext({ javaScriptEnabled: false, locale: 'es-MX' });
    const off = await offCtx.newPage();
    const answerPages: string[] = [];
    await off.goto(`${base}/es/`);
    await off.locator('#ask-home-q').fill('¿Cuánto tarda la autorización de denominación?');
    await off.locator('#ask-home-q').press('Enter');
    await off.waitForURL(/\/es\/asistente\?q=/);
    assert.match(await off.locator('h1').textContent() ?? '', /^Respuesta: ¿Cuánto tarda la autorización de denominación\?/);
    const cited = off.locator(`.assistant-facts a[data-procedure="se-company-name"]`);
    assert.ok(await cited.count() > 0, 'facts cite the procedure');
    for (const href of await cited.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) assert.match(href!, new RegExp(`^/es/tramites/${PROCEDURE}(#step-\\d+)?$`));
    assert.match(await off.locator('.assistant-facts').textContent() ?? '', /verificado el \d{4}-\d{2}-\d{2}/);
    answerPages.push(new URL(off.url()).pathname + new URL(off.url()).search);
    // The citation leads to the procedure it names.
    await cited.first().click();
    await off.waitForURL(new RegExp(`/es/tramites/${PROCEDURE}`));
    await off.goBack();

    await off.locator('#ask-page-q').fill('¿Cuánto es el impuesto sobre nóminas en Nuevo León?');
    await off.getByRole('button', { name: 'Preguntar' }).click();
    await off.waitForURL(/Nuevo/);
    assert.match(await off.locator('.assistant-answer .lead').textContent() ?? '', /Nuevo León: 3\s?%/);
    // The follow-up: the form's hidden fields carry what the last question was about.
    assert.equal(await off.getByLabel('Otra pregunta sobre lo mismo').count(), 1);
    await off.getByLabel('Otra pregunta sobre lo mismo').fill('¿y en Jalisco?');
    await off.getByRole('button', { name: 'Preguntar' }).click();
    await off.waitForURL(/ctx_intent=payroll-tax/);
    assert.match(await off.locator('.assistant-answer .lead').textContent() ?? '', /Jalisco: 2\.5\s?%/);
    assert.ok(await off.locator('.assistant-facts a').count() > 0, 'the follow-up cites its facts');
    answerPages.push(new URL(off.url()).pathname + new URL(off.url()).search);

    // Out of scope: a polite handoff, and "Ask a person" with the question kept.
    const esOut = '¿Qué tiempo hará mañana en Monterrey?';
    await off.getByLabel('Otra pregunta sobre lo mismo').fill(esOut);
    await off.getByRole('button', { name: 'Preguntar' }).click();
    await off.getByRole('heading', { name: 'Esto lo responde mejor una persona' }).waitFor();
    answerPages.push(new URL(off.url()).pathname + new URL(off.url()).search);
    assert.equal(await off.getByLabel('Su mensaje').inputValue(), esOut);
    await off.getByRole('button', { name: 'Enviar a la ventanilla' }).click();
    await off.locator('.error-summary').waitFor();
    assert.match(await off.locator('.error-summary').textContent() ?? '', /Su nombre: es obligatorio/);
    await off.getByLabel('Su nombre').fill('Ana Inversora');
    await off.getByLabel('Correo electrónico', { exact: true }).fill('ana@investor.example');
    await off.getByLabel('Acepto el aviso de privacidad').check();
    await off.getByRole('button', { name: 'Enviar a la ventanilla' }).click();
    await off.waitForURL(/\/es\/seguimiento\/VU-/);
    const esFolio = /VU-\d{4}-\d{6}/.exec(off.url())![0];
    assert.match(await off.locator('main').textContent() ?? '', /Intento del asistente/, 'the visitor sees what was sent with the question');
    folios.push({ folio: esFolio, question: esOut, attempt: 'Intento del asistente' });
    await offCtx.close();

    // ---- English, JavaScript on: inline answers with a live region ----
    const onCtx = await fx.browser().newContext({ locale: 'en-GB', bypassCSP: true });
    const on = await onCtx.newPage();
    await on.goto(`${base}/en/`);
    const box = on.locator('form.ask-box');
    const askInline = async (q: string) => {
      await on.locator('#ask-home-q').fill(q);
      await on.locator('#ask-home-q').press('Enter');
      await box.locator('.ask-result .assistant-answer q', { hasText: q }).waitFor();
      assert.equal(new URL(on.url()).pathname, '/en/', 'answered in place');
      return box.locator('.ask-result');
    };
    assert.equal(await box.locator('.ask-result').getAttribute('aria-live'), 'polite');
    let result = await askInline('How long does the company-name authorisation take?');
    const links = await result.locator('a[data-procedure="se-company-name"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length > 0);
    for (const href of links) assert.match(href!, new RegExp(`^/en/procedures/${PROCEDURE}(#step-\\d+)?$`));
    result = await askInline('What is the payroll tax in Nuevo León?');
    assert.match(await result.locator('.ask-answer').textContent() ?? '', /Nuevo León: 3\s?%/);
    assert.equal(await on.locator('label[for="ask-home-q"]').textContent(), 'Another question on the same topic');
    result = await askInline('and in Jalisco?');
    assert.match(await result.locator('.ask-answer').textContent() ?? '', /Jalisco: 2\.5\s?%/);
    await audit(on, 'inline answer (en)');

    const enOut = 'Which law firm do you recommend in Monterrey?';
    result = await askInline(enOut);
    await result.getByRole('link', { name: 'Ask a person' }).click();
    await on.getByRole('heading', { name: 'A person can answer this better' }).waitFor();
    await audit(on, 'answer page with handoff (en)');
    assert.equal(await on.getByLabel('Your message').inputValue(), enOut);
    await on.getByLabel('Your message').fill(`${enOut} We open a plant in 2027.`);
    await on.getByLabel('Your name').fill('Ann Investor');
    await on.getByLabel('E-mail', { exact: true }).fill('ann@investor.example');
    await on.getByLabel('I accept the privacy notice').check();
    await on.getByRole('button', { name: 'Send to the desk' }).click();
    await on.waitForURL(/\/en\/track\/VU-/);
    folios.push({ folio: /VU-\d{4}-\d{6}/.exec(on.url())![0], question: enOut, attempt: 'The assistant’s attempt' });

    // The chat panel: nobody is online, so the chat waits — and the assistant answers meanwhile.
    await on.goto(`${base}/en/`);
    await on.getByRole('link', { name: 'Chat with an advisor' }).click();
    const panel = on.getByRole('dialog', { name: 'Chat with the desk' });
    await panel.getByLabel('I accept the privacy notice').check();
    await panel.getByRole('button', { name: 'Start the chat' }).click();
    const panelBox = panel.locator('.chat-ask');
    await panelBox.waitFor({ state: 'visible', timeout: 10_000 });
    await panelBox.locator('#chat-ask-q').fill('How much does the RNIE registration cost?');
    await panelBox.getByRole('button', { name: 'Ask' }).click();
    await panelBox.locator('.ask-result .assistant-facts a[data-procedure="rnie-registration"]').first().waitFor();
    await audit(on, 'chat panel with an answer (en)');
    await onCtx.close();

    // ---- The mirror: English with JavaScript off, Spanish with it on (same questions, same checks) ----
    const enOffCtx = await fx.browser().newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const enOff = await enOffCtx.newPage();
    await enOff.goto(`${base}/en/`);
    await enOff.locator('#ask-home-q').fill('How long does the company-name authorisation take?');
    await enOff.locator('#ask-home-q').press('Enter');
    await enOff.waitForURL(/\/en\/assistant\?q=/);
    const enCited = await enOff.locator('.assistant-facts a[data-procedure="se-company-name"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(enCited.length > 0, 'facts cite the procedure (en, JS off)');
    for (const href of enCited) assert.match(href!, new RegExp(`^/en/procedures/${PROCEDURE}(#step-\\d+)?$`));
    answerPages.push(new URL(enOff.url()).pathname + new URL(enOff.url()).search);
    await enOff.locator('#ask-page-q').fill('What is the payroll tax in Nuevo León?');
    await enOff.getByRole('button', { name: 'Ask', exact: true }).click();
    await enOff.waitForURL(/Nuevo/);
    assert.match(await enOff.locator('.assistant-answer .lead').textContent() ?? '', /Nuevo León: 3\s?%/);
    await enOff.getByLabel('Another question on the same topic').fill('and in Jalisco?');
    await enOff.getByRole('button', { name: 'Ask', exact: true }).click();
    await enOff.waitForURL(/ctx_intent=payroll-tax/);
    assert.match(await enOff.locator('.assistant-answer .lead').textContent() ?? '', /Jalisco: 2\.5\s?%/);
    answerPages.push(new URL(enOff.url()).pathname + new URL(enOff.url()).search);
    await enOff.getByLabel('Another question on the same topic').fill('Which law firm do you recommend in Monterrey?');
    await enOff.getByRole('button', { name: 'Ask', exact: true }).click();
    await enOff.getByRole('heading', { name: 'A person can answer this better' }).waitFor();
    assert.equal(await enOff.getByRole('button', { name: 'Send to the desk' }).count(), 1, 'the person form works without JavaScript');
    await enOffCtx.close();

    const esOnCtx = await fx.browser().newContext({ locale: 'es-MX', bypassCSP: true });
    const esOn = await esOnCtx.newPage();
    await esOn.goto(`${base}/es/`);
    const esBox = esOn.locator('form.ask-box');
    const askEs = async (q: string) => {
      await esOn.locator('#ask-home-q').fill(q);
      await esOn.locator('#ask-home-q').press('Enter');
      await esBox.locator('.ask-result .assistant-answer q', { hasText: q }).waitFor();
      assert.equal(new URL(esOn.url()).pathname, '/es/', 'answered in place');
      return esBox.locator('.ask-result');
    };
    let esResult = await askEs('¿Cuánto tarda la autorización de denominación?');
    const esLinks = await esResult.locator('a[data-procedure="se-company-name"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(esLinks.length > 0);
    for (const href of esLinks) assert.match(href!, new RegExp(`^/es/tramites/${PROCEDURE}(#step-\\d+)?$`));
    esResult = await askEs('¿Cuánto es el impuesto sobre nóminas en Nuevo León?');
    assert.match(await esResult.locator('.ask-answer').textContent() ?? '', /Nuevo León: 3\s?%/);
    esResult = await askEs('¿y en Jalisco?');
    assert.match(await esResult.locator('.ask-answer').textContent() ?? '', /Jalisco: 2\.5\s?%/);
    esResult = await askEs(esOut);
    await esResult.getByRole('link', { name: 'Preguntar a una persona' }).click();
    await esOn.getByRole('heading', { name: 'Esto lo responde mejor una persona' }).waitFor();
    await audit(esOn, 'answer page with handoff (es, JS on)');
    // Or a chat: the panel says the question goes with it, and the conversation opens with the attempt.
    await esOn.getByRole('link', { name: 'O platique con un asesor' }).click();
    const esPanel = esOn.getByRole('dialog', { name: 'Chat con la ventanilla' });
    assert.match(await esPanel.locator('.chat-carried').textContent() ?? '', new RegExp(esOut.replace(/[?¿]/g, '.')));
    await audit(esOn, 'chat panel carrying the question (es)');
    await esPanel.getByLabel('Acepto el aviso de privacidad').check();
    await esPanel.getByRole('button', { name: 'Iniciar el chat' }).click();
    await esPanel.locator('.chat-log .from-system', { hasText: 'Intento del asistente' }).waitFor();
    const chatFolio = /VU-\d{4}-\d{6}/.exec(await esPanel.locator('.chat-log').textContent() ?? '')![0];
    folios.push({ folio: chatFolio, question: esOut, attempt: 'Intento del asistente' });
    await esOnCtx.close();

    // axe on the answer pages reached without JavaScript (JavaScript on, for axe itself).
    failures.push(...(await auditPages(fx.browser(), base, answerPages)));

    // ---- The advisor sees the question and the attempt in the inbox ----
    const { context: adminCtx, page: admin } = await firstAdmin(fx.browser(), server.dataDir, 'admin@example.org', 'en-GB');
    const { context: staffCtx, page: advisor } = await invitedStaff(fx.browser(), server.dataDir, base, admin, { email: 'ada@example.org', name: 'Ada Asesora', role: 'Asesoría (mesa federal de inversión)' });
    await adminCtx.close();
    for (const f of folios) {
      await advisor.goto(`${base}/staff/desk`);
      await advisor.getByRole('link', { name: f.folio }).click();
      const conversation = await advisor.locator('.conversation').textContent() ?? '';
      assert.ok(conversation.includes(f.question), `${f.folio}: the question`);
      assert.ok(conversation.includes(f.attempt), `${f.folio}: the assistant's attempt`);
    }
    await staffCtx.close();
    assert.deepEqual(failures, []);
  });
});
