/**
 * "Report an error" over HTTP on both databases: the links on the cached
 * procedure page, the uncached form with its cookie-bound CSRF token, the
 * honeypot, validation named in the visitor's language, the per-minute rate
 * limit and the per-address daily cap, and no partial writes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { Visitor } from '#tests/helpers/visitor.ts';

const FORM_ES = '/es/tramites/licencia-ambiental-unica/reportar';
const FORM_EN = '/en/procedures/licencia-ambiental-unica/report';
const GOOD = { message: 'El costo cambió en 2027: ahora son 3,150 pesos.', step: '1', email: 'ana@example.org' };

for (const target of dbTargets()) {
  describe(`report an error (${target.name})`, () => {
    let t: TestApp;
    let n = 0;
    const visitor = () => new Visitor(t, `192.0.2.${++n}`);
    const rows = async () => (await t.db.query<{ n: string }>('SELECT count(*) AS n FROM error_report'))[0]!.n;
    before(async () => {
      t = await buildTestApp(target, { env: { REPORT_RATE_LIMIT_PER_MINUTE: '3', REPORT_DAILY_LIMIT_PER_ADDRESS: '2' } });
    });
    after(() => t?.close());

    test('the cached procedure page links to the form, and to it per step, without a token or a cookie', async () => {
      for (const [url, link, step] of [['/es/tramites/licencia-ambiental-unica', FORM_ES, `${FORM_ES}?paso=1`], ['/en/procedures/licencia-ambiental-unica', FORM_EN, `${FORM_EN}?step=1`]] as const) {
        const r = await t.app.inject({ url });
        assert.ok(r.body.includes(`href="${link}"`), url);
        assert.ok(r.body.includes(`href="${step}"`), url);
        assert.doesNotMatch(r.body, /_csrf/);
        assert.equal(r.headers['set-cookie'], undefined);
        assert.match(String(r.headers['cache-control']), /public/);
      }
    });

    test('the form is uncached, sets an HttpOnly SameSite cookie, preselects the step, and names a bad step', async () => {
      const v = visitor();
      const r = await v.get(`${FORM_ES}?paso=1`);
      assert.equal(r.status, 200);
      assert.equal(r.headers['cache-control'], 'no-store');
      assert.match(String(r.headers['set-cookie']), /vt_report_csrf=.*HttpOnly.*SameSite=Lax/i);
      assert.match(r.body, /<option value="1" selected>Paso 1:/);
      assert.match(r.body, /hreflang="en" href="http:\/\/ventanilla\.test\/en\/procedures\/licencia-ambiental-unica\/report\?step=1"/);
      const bad = await v.get(`${FORM_EN}?step=99`);
      assert.equal(bad.status, 400);
      assert.match(bad.body, /“Part of the procedure” is not a step of this procedure/);
      assert.equal((await v.get('/es/tramites/no-such/reportar')).status, 404);
    });

    test('a valid report: one row, one audit event, a confirmation with its reference in the visitor’s language', async () => {
      const v = visitor();
      await v.get(FORM_EN);
      const r = await v.post(FORM_EN, GOOD);
      assert.equal(r.status, 303);
      const ref = /\?ref=(R-[0-9A-Z]{8})$/.exec(r.headers.location as string)![1]!;
      assert.match(r.headers.location as string, /^\/en\/procedures\/licencia-ambiental-unica\/report\/sent\?ref=/);
      const thanks = await v.get(r.headers.location as string);
      assert.match(thanks.body, new RegExp(`Reference number: <strong class="reference">${ref}</strong>`));
      const [row] = await t.db.query<{ id: string; step_number: number; locale: string; contact_email: string; message: string }>('SELECT id, step_number, locale, contact_email, message FROM error_report WHERE reference = $1', [ref]);
      assert.deepEqual({ ...row, id: undefined }, { id: undefined, step_number: 1, locale: 'en', contact_email: 'ana@example.org', message: GOOD.message });
      const audit = await t.db.query<{ action: string }>('SELECT action FROM audit_event WHERE entity_id = $1', [row!.id]);
      assert.deepEqual(audit.map((a) => a.action), ['error-report.created']);
      const es = await v.get(`/es/tramites/licencia-ambiental-unica/reportar/enviado?ref=${ref}`);
      assert.match(es.body, /Número de referencia/);
    });

    test('CSRF: no cookie, or a token from another visitor, is refused with the text kept and nothing written', async () => {
      const before = await rows();
      const v = visitor();
      await v.get(FORM_ES);
      const noCookie = await v.post(FORM_ES, GOOD, { cookies: false });
      assert.equal(noCookie.status, 403);
      assert.match(noCookie.body, /El formulario caducó|el formulario ya no es válido/);
      assert.match(noCookie.body, /El costo cambió en 2027/);
      const other = visitor();
      await other.get(FORM_ES);
      assert.equal((await v.post(FORM_ES, GOOD, { token: other.token })).status, 403);
      assert.equal((await other.post(FORM_ES, GOOD, { token: '' })).status, 403);
      assert.equal(await rows(), before);
      // The re-rendered form carries a fresh token that works.
      assert.equal((await v.post(FORM_ES, GOOD)).status, 303);
    });

    test('validation: 400, the field named in the visitor’s language, values kept; nothing written', async () => {
      const before = await rows();
      const v = visitor();
      await v.get(FORM_ES);
      const short = await v.post(FORM_ES, { message: 'mal', email: 'no-es-correo', step: '7' });
      assert.equal(short.status, 400);
      assert.match(short.body, /«¿Qué está mal\?» debe tener al menos 10 caracteres/);
      assert.match(short.body, /«Su correo \(opcional\)» debe ser una dirección válida/);
      assert.match(short.body, /href="#r-message"/);
      assert.match(short.body, /value="no-es-correo"/);
      const w = visitor();
      await w.get(FORM_EN);
      const long = await w.post(FORM_EN, { message: 'x'.repeat(2001) });
      assert.equal(long.status, 400);
      assert.match(long.body, /“What is wrong\?” must be at most 2000 characters/);
      assert.equal(await rows(), before);
    });

    test('honeypot: a filled trap gets a thank-you page and writes nothing', async () => {
      const before = await rows();
      const v = visitor();
      await v.get(FORM_ES);
      const r = await v.post(FORM_ES, { ...GOOD, website: 'http://spam.example' });
      assert.equal(r.status, 303);
      assert.equal(r.headers.location, '/es/tramites/licencia-ambiental-unica/reportar/enviado');
      assert.equal(await rows(), before);
    });

    test('rate limit: the fourth post in a minute from one address is refused (429, a page in its language)', async () => {
      const v = visitor();
      await v.get(FORM_EN);
      for (let i = 0; i < 3; i++) assert.equal((await v.post(FORM_EN, { message: 'short' })).status, 400);
      const r = await v.post(FORM_EN, GOOD);
      assert.equal(r.status, 429);
      assert.match(r.body, /Too many reports/);
      assert.equal((await visitor().post(FORM_EN, { message: 'short' })).status, 403, 'another address is not limited (it has no token)');
    });

    test('daily cap per address: counted in the database, refused without a write', async () => {
      const v = visitor();
      await v.get(FORM_ES);
      assert.equal((await v.post(FORM_ES, GOOD)).status, 303);
      assert.equal((await v.post(FORM_ES, GOOD)).status, 303);
      const before = await rows();
      const r = await v.post(FORM_ES, GOOD);
      assert.equal(r.status, 429);
      assert.match(r.body, /Demasiados reportes/);
      assert.equal(await rows(), before);
    });
  });
}
