/**
 * The editorial screens over HTTP with real sessions, on both databases: the
 * list and its filters, the fields and JSON edit screens (errors named and
 * kept), the draft screen with its diff and translation status, review, and
 * the public page after publication.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient, type TestAccount } from '#tests/helpers/staff.ts';
import { formFields } from '#tests/helpers/editorial.ts';
import { seedCatalogue } from '../catalogue/content/index.ts';

for (const target of dbTargets()) {
  describe(`editorial screens (${target.name})`, () => {
    let t: TestApp;
    let ed: StaffClient;
    let rev: StaffClient;
    let editor: TestAccount;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      editor = await seedAccount(t.db, { email: 'ed@example.org', roles: ['editor'] });
      const reviewer = await seedAccount(t.db, { email: 'rev@example.org', roles: ['reviewer'], locale: 'en' });
      ed = new StaffClient(t.app);
      rev = new StaffClient(t.app);
      await ed.login(editor.email);
      await rev.login(reviewer.email);
    });
    after(() => t?.close());

    test('the list filters by level, authority, state, open draft and words, and pages', async () => {
      const all = await ed.get('/staff/procedures');
      assert.equal(all.status, 200);
      assert.match(all.body, new RegExp(`${seedCatalogue.procedures.length} trámites`));
      assert.match(all.body, /rel="next"/);
      assert.match((await ed.get('/staff/procedures?page=3')).body, /rel="prev"/);
      const local = await ed.get('/staff/procedures?state=09');
      assert.match(local.body, /cdmx-laudf/);
      assert.doesNotMatch(local.body, /edomex-coi|sat-csd/);
      assert.match((await ed.get('/staff/procedures?level=federal&authority=semarnat')).body, /semarnat-lau/);
      assert.match((await ed.get('/staff/procedures?q=licencia%20ambiental')).body, /semarnat-lau/);
      const bad = await ed.get('/staff/procedures?level=galactic&state=99');
      assert.equal(bad.status, 400);
      assert.match(bad.body, /Elija un valor válido para «Orden de gobierno»/);
      assert.match(bad.body, /href="#f-state"/);
    });

    test('a number error re-renders the form with the field named and every value kept; nothing is written', async () => {
      const page = await ed.get('/staff/procedures/semarnat-lau/edit');
      const fields = formFields(page.body, '/staff/procedures/semarnat-lau/edit');
      const r = await ed.post('/staff/procedures/semarnat-lau/edit', { ...fields, 'steps.0.costs.0.amountMXN': 'tres mil', 'title.es': 'Título cambiado' });
      assert.equal(r.status, 400);
      assert.match(r.body, /<a href="#f-steps-0-costs-0-amountMXN">«Paso 1 · Costo 1 · Importe» debe ser un número/);
      assert.match(r.body, /value="tres mil"/);
      assert.match(r.body, /value="Título cambiado"/);
      assert.equal((await t.db.query('SELECT 1 FROM editorial_draft')).length, 0);
    });

    test('a schema error from the catalogue’s own zod schema lands on its field', async () => {
      const page = await ed.get('/staff/procedures/semarnat-lau/edit');
      const fields = formFields(page.body, '/staff/procedures/semarnat-lau/edit');
      const r = await ed.post('/staff/procedures/semarnat-lau/edit', { ...fields, 'steps.0.timeframe.waiting.min': '50', 'steps.0.timeframe.waiting.max': '10' });
      assert.equal(r.status, 400);
      assert.match(r.body, /id="f-steps-0-timeframe-waiting-max-error">En «Paso 1 · Plazo · Respuesta», el máximo debe ser igual o mayor que el mínimo/);
    });

    test('editor drafts a fee change (missing English is saved, shown, and blocks submission), then completes and submits it', async () => {
      const page = await ed.get('/staff/procedures/semarnat-lau/edit');
      const fields = formFields(page.body, '/staff/procedures/semarnat-lau/edit');
      const posted = { ...fields, 'steps.0.costs.0.amountMXN': '3,150', 'steps.0.costs.0.year': '2027', 'steps.0.costs.0.concept.en': '', 'reason.es': 'Cuota 2027 de la Ley Federal de Derechos', 'reason.en': '' };
      const saved = await ed.post('/staff/procedures/semarnat-lau/edit', posted);
      assert.equal(saved.status, 303);
      const draftUrl = saved.location!.split('?')[0]!;
      const draft = await ed.get(saved.location!);
      assert.match(draft.body, /Borrador creado/);
      assert.match(draft.body, /Paso 1 · Costo<\/strong>: <del>.*?3,873 \(2026\).*?<\/del> → <ins>.*?3,150 \(2027\)<\/ins>/s);
      assert.match(draft.body, /1 de 13 textos no tienen los dos idiomas/);
      assert.match(draft.body, /<th scope="row">Paso 1 · Costo 1 · Concepto<\/th><td>inglés<\/td>/);
      const inEnglish = await ed.get(`${draftUrl}?diff=en`);
      assert.match(inEnglish.body, /Cambios respecto a la versión publicada \(inglés\)/);
      assert.match(inEnglish.body, /<ul class="changes" lang="en"><li><strong>Step 1 · Cost<\/strong>/);
      const refused = await ed.post(`${draftUrl}/submit`);
      assert.equal(refused.status, 400);
      assert.match(refused.body, /Faltan traducciones/);
      // The edit screen tags the empty English field.
      const again = await ed.get('/staff/procedures/semarnat-lau/edit');
      assert.match(again.body, /Concepto \(inglés\) <span class="tag-missing">Falta inglés<\/span>/);
      const f2 = formFields(again.body, '/staff/procedures/semarnat-lau/edit');
      assert.equal(f2.revision, '1');
      const done = await ed.post('/staff/procedures/semarnat-lau/edit', { ...f2, 'steps.0.costs.0.concept.en': 'Fee for assessing a new LAU', 'reason.en': '2027 fee from the Federal Duties Law' });
      assert.equal(done.location, `${draftUrl}?notice=saved`);
      await ed.get(draftUrl);
      assert.equal((await ed.post(`${draftUrl}/submit`)).location, `${draftUrl}?notice=submitted`);
      // A stale form (revision 1) is refused after the draft moved on.
      const stale = await ed.post('/staff/procedures/semarnat-lau/edit', f2);
      assert.equal(stale.status, 409);
      assert.match(stale.body, /El borrador cambió desde que abrió esta página/);
    });

    test('the reviewer sees the queue and the diff in their language, the author cannot approve, the reviewer publishes; the public page and history show it in both languages', async () => {
      const queue = await rev.get('/staff/reviews');
      assert.match(queue.body, /Single Environmental Licence/);
      const id = /href="\/staff\/drafts\/([0-9a-f-]{36})"/.exec(queue.body)![1]!;
      const page = await rev.get(`/staff/drafts/${id}`);
      assert.match(page.body, /Step 1 · Cost<\/strong>: <del>.*?MX\$3,873 \(2026\).*?<\/del> → <ins>.*?Fee for assessing a new LAU: MX\$3,150 \(2027\)<\/ins>/s);
      assert.match(page.body, /All 13 texts are in Spanish and in English/);
      // The author sees no approve button and is refused anyway.
      const own = await ed.get(`/staff/drafts/${id}`);
      assert.doesNotMatch(own.body, /Aprobar y publicar/);
      assert.equal((await ed.post(`/staff/drafts/${id}/approve`, { revision: '2' })).status, 403);
      await rev.get(`/staff/drafts/${id}`);
      const done = await rev.post(`/staff/drafts/${id}/approve`, formFields(page.body, `/staff/drafts/${id}/approve`));
      assert.equal(done.location, `/staff/drafts/${id}?notice=published`);
      assert.match((await rev.get(done.location!)).body, /Published: the public site now shows the new version/);
      const es = await t.app.inject({ url: '/es/tramites/semarnat-lau' });
      assert.match(es.body, /Derechos por la recepción y evaluación de la solicitud de LAU: <strong>\$3,150<\/strong>/);
      assert.match(es.body, /Motivo: Cuota 2027 de la Ley Federal de Derechos/);
      const en = await t.app.inject({ url: '/en/procedures/semarnat-lau' });
      assert.match(en.body, /Reason: 2027 fee from the Federal Duties Law/);
      assert.match(en.body, /<ins><span class="visually-hidden">now: <\/span>Fee for assessing a new LAU: MX\$3,150 \(2027\)<\/ins>/);
      assert.match((await t.app.inject({ url: '/en/changes' })).body, /2027 fee from the Federal Duties Law/);
      const actions = await t.db.query<{ action: string }>(`SELECT action FROM audit_event WHERE entity_id IN ($1, 'semarnat-lau') ORDER BY id`, [id]);
      assert.deepEqual(actions.map((a) => a.action), ['draft.created', 'draft.updated', 'draft.submitted', 'draft.approved', 'procedure.published']);
    });

    test('the JSON screen: invalid JSON and schema errors are listed by path, the text kept; a valid document saves', async () => {
      const page = await ed.get('/staff/procedures/sat-csd/edit/json');
      const fields = formFields(page.body, '/staff/procedures/sat-csd/edit/json');
      const broken = await ed.post('/staff/procedures/sat-csd/edit/json', { ...fields, doc: '{"id": ' });
      assert.equal(broken.status, 400);
      assert.match(broken.body, /El documento no es JSON válido/);
      assert.match(broken.body, /\{&quot;id&quot;: <\/textarea>/);
      const doc = JSON.parse(fields.doc!);
      doc.officialUrl = 'not a url';
      doc.steps[0].costs[0].kind = 'expensive';
      doc.colour = 'blue';
      const invalid = await ed.post('/staff/procedures/sat-csd/edit/json', { ...fields, doc: JSON.stringify(doc) });
      assert.equal(invalid.status, 400);
      assert.match(invalid.body, /«Sitio oficial» no tiene el formato correcto/);
      assert.match(invalid.body, /Elija un valor válido para «Paso 1 · Costo 1 · Tipo»/);
      assert.match(invalid.body, /campos desconocidos: colour/);
      doc.officialUrl = 'https://www.sat.gob.mx/';
      doc.steps[0].costs[0].kind = 'free';
      delete doc.colour;
      const ok = await ed.post('/staff/procedures/sat-csd/edit/json', { ...fields, doc: JSON.stringify(doc), 'reason.es': 'Enlace', 'reason.en': 'Link' });
      assert.equal(ok.status, 303);
    });
  });
}
