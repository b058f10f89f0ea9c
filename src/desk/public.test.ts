/** The desk's public side through the real app: quick forms → case → tracking, without JavaScript. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { formFields } from '#tests/helpers/editorial.ts';
import { encodeRoadmapId } from '#src/roadmap/roadmap-id.ts';
import { Profile } from '#src/roadmap/profile.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
});
after(() => t.close());

const cookieOf = (r: { headers: Record<string, unknown> }) => String(r.headers['set-cookie'] ?? '').split(';')[0]!;
async function open(url: string) {
  const page = await t.app.inject({ url });
  assert.equal(page.statusCode, 200, url);
  return { page: page.body, cookie: cookieOf(page) };
}
const post = (url: string, cookie: string, fields: Record<string, string>) =>
  t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });

test('a question from the hub: errors named in Spanish and nothing written; then a folio, the tracking page and the mail', async () => {
  const hub = await t.app.inject({ url: '/es/consultas' });
  assert.ok(hub.body.includes('href="/es/consultas/pregunta"'));
  const { page, cookie } = await open('/es/consultas/pregunta');
  for (const s of ['autocomplete="name"', 'autocomplete="email"', 'Aviso de privacidad', 'name="consent"', 'name="website"', '<div class="hp" aria-hidden="true">']) assert.ok(page.includes(s), s);
  const fields = formFields(page, '/es/consultas/pregunta');
  const before = (await t.db.query('SELECT 1 FROM desk_case')).length;
  const bad = await post('/es/consultas/pregunta', cookie, { ...fields, name: '', email: 'nope', message: 'short' });
  assert.equal(bad.statusCode, 400);
  for (const s of ['Su nombre: es obligatorio.', 'Correo electrónico: escriba una dirección válida', 'Su mensaje: escriba al menos 10 caracteres.', 'Aviso de privacidad: marque la casilla']) assert.ok(bad.body.includes(s), s);
  assert.equal((await t.db.query('SELECT 1 FROM desk_case')).length, before, 'nothing written');
  const nul = await post('/es/consultas/pregunta', cookie, { ...fields, name: 'Ana\u0000', email: 'ana@example.org', message: 'Una pregunta sobre el RFC.', consent: 'yes' });
  assert.equal(nul.statusCode, 400);
  assert.ok(nul.body.includes('Su nombre: contiene caracteres de control'));

  const good = { ...fields, name: 'Ana Inversora', email: 'ana@example.org', message: '¿Cuánto tarda la autorización de denominación?', consent: 'yes' };
  const ok = await post('/es/consultas/pregunta', cookie, good);
  assert.equal(ok.statusCode, 303, ok.body);
  const loc = String(ok.headers.location);
  assert.match(loc, /^\/es\/seguimiento\/VU-\d{4}-\d{6}\?token=[A-Za-z0-9_-]+&new=1$/);
  // A double click (same one-time key) lands on the same case.
  const again = await post('/es/consultas/pregunta', cookie, good);
  assert.equal(String(again.headers.location), loc);
  const folio = /VU-\d{4}-\d{6}/.exec(loc)![0];
  assert.equal((await t.db.query('SELECT 1 FROM desk_case WHERE folio = $1', [folio])).length, 1);
  const tracking = await t.app.inject({ url: loc });
  assert.equal(tracking.statusCode, 200);
  for (const s of [`Solicitud ${folio}`, 'Recibimos su solicitud. Guarde este enlace', '¿Cuánto tarda la autorización de denominación?', 'Recibida', 'noindex']) assert.ok(tracking.body.includes(s), s);
  assert.equal(tracking.headers['cache-control'], 'no-store');
  const [mail] = await t.db.query<{ subject: string; body_text: string }>('SELECT subject, body_text FROM mail_outbox WHERE subject = $1', [`Recibimos su solicitud ${folio}`]);
  assert.ok(mail?.body_text.includes(loc.replace('&new=1', '')), 'the mail carries the tracking link');
  // A wrong token and an unknown folio look the same.
  assert.equal((await t.app.inject({ url: `/es/seguimiento/${folio}?token=wrong` })).statusCode, 404);
  assert.equal((await t.app.inject({ url: `/es/seguimiento/VU-1999-000001?token=wrong` })).statusCode, 404);
  // The honeypot: a bot is sent to the hub, nothing is written.
  const n = (await t.db.query('SELECT 1 FROM desk_case')).length;
  const bot = await post('/es/consultas/pregunta', cookie, { ...good, key: 'another-key-123', website: 'http://spam.example' });
  assert.equal(bot.statusCode, 303);
  assert.equal((await t.db.query('SELECT 1 FROM desk_case')).length, n);
});

test('from a plan: the orientation form does not ask again for state and activity; reply, export, close and erase from the tracking page', async () => {
  const id = encodeRoadmapId(Profile.parse({ scian: '336390', state: '19', foreignPct: 100 }));
  const planPage = await t.app.inject({ url: `/en/roadmap/${id}` });
  assert.ok(planPage.body.includes(`href="/en/ask/orientation?plan=${id}"`), 'Ask about this plan');
  const { page, cookie } = await open(`/en/ask/orientation?plan=${id}`);
  assert.ok(page.includes('About your investment roadmap'));
  assert.ok(page.includes('Nuevo León · 336390 — Other Motor Vehicle Parts Manufacturing</a>'), 'the plan named by state and activity, in English');
  assert.ok(!page.includes('name="scian"') && !page.includes('name="state"'), 'not re-asked');
  const fields = formFields(page, '/en/ask/orientation');
  const ok = await post('/en/ask/orientation', cookie, { ...fields, name: 'Bo Investor', email: 'bo@example.org', message: 'Where do we start for a plant in Apodaca?', size: 'large', consent: 'yes' });
  assert.equal(ok.statusCode, 303, ok.body);
  const loc = String(ok.headers.location);
  const folio = /VU-\d{4}-\d{6}/.exec(loc)![0];
  const [row] = await t.db.query<{ state_code: string; scian: string; roadmap_id: string; details: Record<string, string> }>('SELECT state_code, scian, roadmap_id, details FROM desk_case WHERE folio = $1', [folio]);
  assert.deepEqual([row!.state_code, row!.scian, row!.roadmap_id, row!.details.size], ['19', '336390', id, 'large']);
  const track = await t.app.inject({ url: loc });
  const reply = formFields(track.body, `/en/track/${folio}/reply`);
  const trackCookie = cookieOf(track) || cookie;
  const r = await post(`/en/track/${folio}/reply`, trackCookie, { ...reply, message: 'We also import machinery.' });
  assert.equal(r.statusCode, 303);
  assert.match(String(r.headers.location), /notice=replied/);
  const data = await t.app.inject({ url: `/en/track/${folio}/data.json?token=${encodeURIComponent(reply.token!)}` });
  assert.equal(data.statusCode, 200);
  assert.deepEqual(data.json().messages.map((m: { text: string }) => m.text), ['Where do we start for a plant in Apodaca?', 'We also import machinery.']);
  const forged = await post(`/en/track/${folio}/close`, trackCookie, { ...reply, token: 'forged' });
  assert.equal(forged.statusCode, 404);
  const erase = await post(`/en/track/${folio}/erase`, trackCookie, reply);
  assert.equal(erase.statusCode, 303);
  const [gone] = await t.db.query<{ email: string | null }>('SELECT email FROM desk_case WHERE folio = $1', [folio]);
  assert.equal(gone!.email, null);
  const closed = await post(`/en/track/${folio}/close`, trackCookie, reply);
  assert.equal(closed.statusCode, 303);
  const final = await t.app.inject({ url: String(closed.headers.location) });
  assert.ok(final.body.includes('This request is closed.') && final.body.includes('You closed the request.'));
  const late = await post(`/en/track/${folio}/reply`, trackCookie, { ...reply, message: 'One more thing' });
  assert.equal(late.statusCode, 409);
});

test('a meeting needs a state; an obstacle needs a real procedure; a missing CSRF token keeps what was typed', async () => {
  const { page, cookie } = await open('/en/ask/meeting');
  const f = formFields(page, '/en/ask/meeting');
  const r = await post('/en/ask/meeting', cookie, { ...f, name: 'Cy', email: 'cy@example.org', message: 'We would like to meet the Jalisco desk.', consent: 'yes' });
  assert.equal(r.statusCode, 400);
  assert.ok(r.body.includes('State: choose the state whose desk you want to meet.'));
  const o = await open('/en/ask/obstacle');
  const of = formFields(o.page, '/en/ask/obstacle');
  const bad = await post('/en/ask/obstacle', o.cookie, { ...of, procedureId: 'no-such-procedure', obstacle: 'late', name: 'Di', email: 'di@example.org', message: 'The licence takes months.', consent: 'yes' });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Procedure: choose a procedure from the list.'));
  const noCsrf = await post('/en/ask/meeting', '', { ...f, _csrf: '', name: 'Kept Name', email: 'cy@example.org', message: 'Hello there desk', state: '14', consent: 'yes' });
  assert.equal(noCsrf.statusCode, 403);
  assert.ok(noCsrf.body.includes('The form expired') && noCsrf.body.includes('value="Kept Name"'));
});
