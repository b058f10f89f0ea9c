/**
 * The assistant's pages through the real app and engine, without JavaScript: answer pages with cited
 * facts in both languages, a follow-up that keeps the context through the form's hidden fields,
 * bad input named in the visitor's language, and "Ask a person": one case through the desk's intake
 * with the question and the assistant's attempt, idempotent, CSRF-protected, nothing written on error.
 */
import { investorErase } from '#src/desk/commands/conversation.ts';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { Visitor } from '#tests/helpers/visitor.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
});
after(() => t.close());

// The page's own box (the chat panel's template further down has one too, empty).
const hidden = (body: string) => Object.fromEntries([...body.split('<template')[0]!.matchAll(/<input type="hidden" name="(ctx_[A-Za-z]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
const ask = (v: Visitor, path: string, q: string, ctx: Record<string, string> = {}) => v.get(`${path}?${new URLSearchParams({ q, ...ctx })}`);
const cases = async () => (await t.db.query('SELECT 1 FROM desk_case')).length;

test('Spanish: a cited answer, a follow-up "¿y en Jalisco?" that keeps the topic, canonical and description', async () => {
  const v = new Visitor(t, '10.16.0.1');
  const r = await ask(v, '/es/asistente', '¿Cuánto tarda la autorización de denominación?');
  assert.equal(r.status, 200);
  assert.match(r.body, /<html lang="es-MX">/);
  assert.ok(r.body.includes(`<link rel="canonical" href="${TEST_PUBLIC_URL}/es/asistente?q=`), 'canonical with the question');
  assert.ok(r.body.includes('<meta name="robots" content="noindex, follow">'), 'it echoes typed words: not indexed (ADR 031)');
  assert.match(r.body, /<meta name="description" content="Autorización de uso de denominación[^"]*días hábiles/);
  // Every fact links to the cited procedure; step citations to the step.
  assert.ok(r.body.includes('href="/es/tramites/autorizacion-uso-denominacion-razon-social" data-procedure="se-company-name"'));
  assert.ok(r.body.includes('href="/es/tramites/autorizacion-uso-denominacion-razon-social#step-1"'));
  assert.ok(r.body.includes('verificado el 20'));
  assert.ok(r.body.includes('<span class="tag">Por confirmar</span>'), 'an unconfirmed fact is marked');
  assert.equal(r.body.match(/name="_csrf"/g), null, 'no handoff form on an answered question');

  const nl = await ask(v, '/es/asistente', '¿Cuánto es el impuesto sobre nóminas en Nuevo León?');
  assert.equal(nl.status, 200);
  assert.match(nl.body, /Nuevo León: 3\s?%/);
  const ctx = hidden(nl.body);
  assert.equal(ctx.ctx_intent, 'payroll-tax');
  const jal = await ask(v, '/es/asistente', '¿y en Jalisco?', ctx);
  assert.equal(jal.status, 200);
  assert.match(jal.body, /<p class="lead">[^<]*Jalisco: 2\.5\s?%/, 'the follow-up answered about payroll tax in Jalisco');
  // Without the context the same words are not understood as payroll tax.
  const bare = await ask(v, '/es/asistente', '¿y en Jalisco?');
  assert.doesNotMatch(bare.body, /<p class="lead">[^<]*2\.5\s?%/);
});

test('English: the answer page at /en/assistant, law citations named, the language toggle keeps the question', async () => {
  const v = new Visitor(t, '10.16.0.2');
  const r = await ask(v, '/en/assistant', 'How long does the company-name authorisation take?');
  assert.equal(r.status, 200);
  assert.match(r.body, /<html lang="en">/);
  assert.match(r.body, /<title>Answer: How long does the company-name authorisation take\? · /);
  assert.ok(r.body.includes('href="/en/procedures/'), 'English procedure links');
  assert.ok(r.body.includes('LIE, article 16-A'), 'the law by its acronym, with the article');
  assert.ok(r.body.includes('href="/es/asistente?q=How+long'), 'the toggle asks again in Spanish');
});

test('bad input: 400 naming the field in the visitor\'s language, on the page; the bare page is the form', async () => {
  const v = new Visitor(t, '10.16.0.3');
  const empty = await ask(v, '/es/asistente', '   ');
  assert.equal(empty.status, 400);
  assert.ok(empty.body.includes('«Su pregunta» es obligatoria y debe tener como máximo 500 caracteres.'));
  assert.ok(empty.body.includes('aria-invalid="true"'));
  const long = await ask(v, '/en/assistant', 'x'.repeat(501));
  assert.equal(long.status, 400);
  assert.ok(long.body.includes('“Your question” is required and must be at most 500 characters.'));
  const ctx = await ask(v, '/en/assistant', 'and in Jalisco?', { ctx_state: 'y'.repeat(61) });
  assert.equal(ctx.status, 400);
  assert.ok(ctx.body.includes('The context of the previous question is not valid'));
  const nul = await v.get('/es/asistente?q=hola%00');
  assert.equal(nul.status, 400);
  const form = await v.get('/es/asistente');
  assert.equal(form.status, 200);
  assert.ok(form.body.includes(`<link rel="canonical" href="${TEST_PUBLIC_URL}/es/asistente">`));
  assert.ok(!/name="robots"/.test(form.body), 'the ask form is an ordinary, indexable page');
  assert.ok(form.body.includes('<meta name="description"'));
});

test('out of scope: a polite handoff; "Ask a person" makes one case with the question and the attempt, idempotent and CSRF-protected', async () => {
  const v = new Visitor(t, '10.16.0.4');
  const q = '¿Qué tiempo hará mañana en Monterrey?';
  const r = await ask(v, '/es/asistente', q);
  assert.equal(r.status, 200);
  assert.ok(r.body.includes('Esto lo responde mejor una persona'));
  assert.ok(r.body.includes(`<link rel="canonical" href="${TEST_PUBLIC_URL}/es/asistente">`), 'refused questions are not pages of their own');
  assert.ok(r.body.includes('action="/es/asistente/persona"'));
  const key = /name="key" value="([^"]+)"/.exec(r.body)![1]!;
  const base = { key, asked: q, message: q, name: 'Ana Inversora', email: 'ana@example.org', consent: 'yes' };
  const n0 = await cases();

  const bad = await v.post('/es/asistente/persona', { ...base, name: '', email: 'nope', consent: '' });
  assert.equal(bad.status, 400);
  for (const s of ['Su nombre: es obligatorio.', 'Correo electrónico: escriba una dirección válida', 'Aviso de privacidad: marque la casilla']) assert.ok(bad.body.includes(s), s);
  assert.ok(bad.body.includes(`value="${q}"`) || bad.body.includes(q), 'the question kept');
  const forged = await v.post('/es/asistente/persona', base, { token: 'forged' });
  assert.equal(forged.status, 403);
  assert.ok(forged.body.includes('Por seguridad, el formulario ya no es válido'));
  const nocookie = await v.post('/es/asistente/persona', base, { cookies: false });
  assert.equal(nocookie.status, 403);
  assert.equal(await cases(), n0, 'nothing written');

  await ask(v, '/es/asistente', q); // a fresh token for this browser's cookie (the cookie-less post was given another)
  const ok = await v.post('/es/asistente/persona', base);
  assert.equal(ok.status, 303, ok.body);
  const loc = String(ok.headers.location);
  assert.match(loc, /^\/es\/seguimiento\/VU-\d{4}-\d{6}\?token=[A-Za-z0-9_-]+&new=1$/);
  const again = await v.post('/es/asistente/persona', base);
  assert.equal(String(again.headers.location), loc, 'a double click lands on the same case');
  assert.equal(await cases(), n0 + 1);

  const folio = /VU-\d{4}-\d{6}/.exec(loc)![0];
  const msgs = await t.db.query<{ seq: number; author_kind: string; internal: boolean; body: string }>(
    'SELECT m.seq, m.author_kind, m.internal, m.body FROM desk_message m JOIN desk_case c ON c.id = m.case_id WHERE c.folio = $1 ORDER BY m.seq', [folio]);
  assert.deepEqual(msgs.map((m) => [m.seq, m.author_kind]), [[1, 'investor'], [2, 'system']]);
  assert.equal(msgs[0]!.body, q);
  assert.ok(msgs[1]!.body.startsWith('Intento del asistente\nPregunta: ¿Qué tiempo hará mañana en Monterrey?\nRespuesta: '), msgs[1]!.body);
  assert.ok(msgs[1]!.body.includes('Motivo del traspaso'));
  const [c] = await t.db.query<{ last_seq: number; kind: string }>('SELECT last_seq, kind FROM desk_case WHERE folio = $1', [folio]);
  assert.deepEqual(c, { last_seq: 2, kind: 'question' });
  // Erasure on request takes the attempt too: it quotes the question.
  const id = (await t.db.query<{ id: string }>('SELECT id FROM desk_case WHERE folio = $1', [folio]))[0]!.id;
  await investorErase(t.db, id, null);
  const erased = await t.db.query<{ body: string }>('SELECT body FROM desk_message WHERE case_id = $1 ORDER BY seq', [id]);
  assert.deepEqual(erased.slice(0, 2).map((m) => m.body), ['—', '—']);
  assert.ok(!erased.some((m) => m.body.includes('Monterrey')), 'the question is gone from every line');

  // The honeypot: nothing written.
  const bot = await v.post('/es/asistente/persona', { ...base, key: 'another-key-123', website: 'spam' });
  assert.equal(bot.status, 303);
  assert.equal(await cases(), n0 + 1);
});

test('English handoff form: errors in English; the attempt comes from the engine, not from the form', async () => {
  const v = new Visitor(t, '10.16.0.5');
  const q = 'Which law firm do you recommend in Monterrey?';
  const r = await ask(v, '/en/assistant', q);
  assert.ok(r.body.includes('A person can answer this better'));
  const key = /name="key" value="([^"]+)"/.exec(r.body)![1]!;
  const short = await v.post('/en/assistant/person', { key, asked: q, message: 'help', name: 'Bo', email: 'bo@example.org', consent: 'yes' });
  assert.equal(short.status, 400);
  assert.ok(short.body.includes('Your message: write at least 10 characters.'), short.body.slice(0, 200));
  const ok = await v.post('/en/assistant/person', { key, asked: q, message: `${q} We open in 2027.`, name: 'Bo', email: 'bo@example.org', consent: 'yes', attempt: 'forged words' });
  assert.equal(ok.status, 303);
  const folio = /VU-\d{4}-\d{6}/.exec(String(ok.headers.location))![0];
  const [note] = await t.db.query<{ body: string }>("SELECT m.body FROM desk_message m JOIN desk_case c ON c.id = m.case_id WHERE c.folio = $1 AND m.author_kind = 'system'", [folio]);
  assert.ok(note!.body.startsWith('The assistant’s attempt\nQuestion: Which law firm'), note!.body);
  assert.ok(!note!.body.includes('forged'));
});
