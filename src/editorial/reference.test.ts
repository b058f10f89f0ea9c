/**
 * Reference content through the editorial workflow, on both databases: an
 * editor changes an office's contact data, a law's reform date and a sector
 * guide as drafts, a
 * reviewer publishes them, the public pages show them and the seed never
 * overwrites them; broken references and id changes are refused without a
 * write; the screens are closed to those without the role.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { editorialClients, StaffClient } from '#tests/helpers/staff.ts';
import { auditOf, formFields } from '#tests/helpers/editorial.ts';
import { seed } from '#src/catalogue/seed.ts';
import { seedCatalogue } from '#src/catalogue/content/index.ts';

const OFFICE = '/staff/reference/office/se-dgnm-insurgentes/edit';
const NEW_ADDRESS = 'Av. Insurgentes Sur 1940, piso 3, Col. Florida, C.P. 01030, Ciudad de México';

for (const target of dbTargets()) {
  describe(`reference content: authorities, offices and laws (${target.name})`, () => {
    let t: TestApp;
    let ed: StaffClient;
    let rev: StaffClient;
    let officer: StaffClient;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      ({ ed, rev, officer } = await editorialClients(t.app, t.db, { editorRoles: ['editor'], officerState: '09' }));
    });
    after(() => t?.close());

    test('the list shows authorities, offices and laws with their edit links', async () => {
      const r = await ed.get('/staff/reference');
      assert.equal(r.status, 200);
      assert.match(r.body, /<h1>Sectores, autoridades, oficinas y leyes<\/h1>/);
      assert.match(r.body, new RegExp(`href="${OFFICE}"`));
      assert.match(r.body, /href="\/staff\/reference\/authority\/sat\/edit"/);
      assert.match(r.body, /href="\/staff\/reference\/law\/lie\/edit"/);
      assert.match(r.body, /href="\/staff\/reference\/sector\/semiconductors\/edit"/);
      assert.match(r.body, /aria-current="page">Contenido de referencia</);
    });

    test('an office’s new address: drafted, submitted, published by a reviewer; the public pages show it and the seed keeps it', async () => {
      const page = await ed.get(OFFICE);
      assert.equal(page.status, 200);
      const fields = formFields(page.body, OFFICE);
      const doc = JSON.parse(fields.doc!);
      assert.equal(doc.id, 'se-dgnm-insurgentes');
      doc.address = NEW_ADDRESS;
      doc.phone = '+52 55 5729 9100';
      const saved = await ed.post(OFFICE, { ...fields, doc: JSON.stringify(doc), 'reason.es': 'La ventanilla cambió de piso', 'reason.en': 'The window moved floors' });
      assert.equal(saved.status, 303);
      const draftUrl = saved.location!.split('?')[0]!;
      const draft = await ed.get(saved.location!);
      assert.match(draft.body, /Borrador creado/);
      assert.match(draft.body, /piso 3/);
      assert.equal((await ed.post(`${draftUrl}/submit`)).location, `${draftUrl}?notice=submitted`);

      const queue = await rev.get('/staff/reviews');
      assert.match(queue.body, /Secretaría de Economía, Insurgentes Sur 1940 \(DGNM and RNIE windows\)/);
      const review = await rev.get(draftUrl);
      assert.match(review.body, /aria-current="page">Reference content</);
      const done = await rev.post(`${draftUrl}/approve`, formFields(review.body, `${draftUrl}/approve`));
      assert.equal(done.location, `${draftUrl}?notice=published`);

      for (const url of ['/es/dependencias/se-dgnm', '/en/authorities/se-dgnm']) {
        const pub = await t.app.inject({ url });
        assert.equal(pub.statusCode, 200);
        assert.ok(pub.body.includes(NEW_ADDRESS), `${url} shows the new address`);
        assert.match(pub.body, /\+52 55 5729 9100/);
      }
      // The authority's page lists the change under its latest changes, with the reason.
      const authorityPage = (await t.app.inject({ url: '/es/dependencias/se-dgnm' })).body;
      assert.match(authorityPage, /<h2 id="changes-h">Últimos cambios<\/h2>/);
      assert.match(authorityPage, /· Oficina<\/p>\s*<p>Motivo: La ventanilla cambió de piso<\/p>/);
      assert.doesNotMatch((await t.app.inject({ url: '/es/dependencias/sat' })).body, /Últimos cambios/, 'other authorities have none');
      // A procedure whose step is at that office shows it too.
      const step = t.catalogue.current.procedures.find((p) => p.steps.some((s) => s.office === 'se-dgnm-insurgentes'))!;
      assert.ok((await t.app.inject({ url: `/es/tramites/${step.slug}` })).body.includes(NEW_ADDRESS));

      // The public change log lists it, in each language, with its reason and its changes.
      const es = (await t.app.inject({ url: '/es/cambios' })).body;
      assert.match(es, /<span class="tag">Oficina<\/span>/);
      assert.match(es, /Motivo: La ventanilla cambió de piso/);
      assert.match(es, /<strong>Domicilio<\/strong>: <del>.*Av\. Insurgentes Sur 1940, Col\. Florida.*<\/del> → <ins>.*piso 3.*<\/ins>/);
      assert.match(es, /<strong>Teléfono<\/strong>: <del><span class="visually-hidden">antes: <\/span>\(vacío\)<\/del>/);
      const en = (await t.app.inject({ url: '/en/changes' })).body;
      assert.match(en, /Reason: The window moved floors/);
      assert.match(en, /<strong>Phone<\/strong>/);
      const atom = (await t.app.inject({ url: '/en/changes.atom' })).body;
      assert.match(atom, /<title>Secretaría de Economía, Insurgentes Sur 1940 \(DGNM and RNIE windows\) — Office<\/title>/);
      assert.match(atom, /<link rel="alternate" href="https?:\/\/[^"]+\/en\/authorities\/se-dgnm"\/>/);

      const actions = (await auditOf(t.db, 'se-dgnm-insurgentes')).map((a) => a.action);
      assert.deepEqual(actions, ['office.published']);
      // Another key: the seed runs in full (the same key would skip it without reading a row).
      await seed(t.db, seedCatalogue, 'a newer release');
      await t.catalogue.reload();
      assert.equal(t.catalogue.current.offices.get('se-dgnm-insurgentes')!.address, NEW_ADDRESS, 'the seed does not overwrite an edited row');
    });

    test('an office moved to an authority that does not exist, or renamed, is refused with the problem named; nothing is written', async () => {
      const page = await ed.get('/staff/reference/office/sat-adsc/edit');
      const fields = formFields(page.body, '/staff/reference/office/sat-adsc/edit');
      const before = (await t.db.query('SELECT 1 FROM editorial_draft')).length;
      const doc = JSON.parse(fields.doc!);
      const orphan = await ed.post('/staff/reference/office/sat-adsc/edit', { ...fields, doc: JSON.stringify({ ...doc, authority: 'no-such-authority' }) });
      assert.equal(orphan.status, 400);
      assert.match(orphan.body, /no-such-authority/);
      const renamed = await ed.post('/staff/reference/office/sat-adsc/edit', { ...fields, doc: JSON.stringify({ ...doc, id: 'sat-renamed' }) });
      assert.equal(renamed.status, 400);
      const badEmail = await ed.post('/staff/reference/office/sat-adsc/edit', { ...fields, doc: JSON.stringify({ ...doc, email: 'not-an-address' }) });
      assert.equal(badEmail.status, 400);
      assert.equal((await t.db.query('SELECT 1 FROM editorial_draft')).length, before);
    });

    test('a law’s last reform: published, and the reviewer cannot approve their own draft', async () => {
      const url = '/staff/reference/law/lie/edit';
      const page = await rev.get(url);
      assert.equal(page.status, 403, 'a reviewer does not draft');
      const fields = formFields((await ed.get(url)).body, url);
      const doc = JSON.parse(fields.doc!);
      doc.lastReformOn = '2026-06-30';
      const saved = await ed.post(url, { ...fields, doc: JSON.stringify(doc), 'reason.es': 'Reforma publicada en el DOF', 'reason.en': 'Reform published in the DOF' });
      const draftUrl = saved.location!.split('?')[0]!;
      await ed.get(draftUrl);
      await ed.post(`${draftUrl}/submit`);
      assert.equal((await ed.post(`${draftUrl}/approve`, { revision: '1' })).status, 403, 'an editor does not publish');
      const review = await rev.get(draftUrl);
      await rev.post(`${draftUrl}/approve`, formFields(review.body, `${draftUrl}/approve`));
      assert.equal(t.catalogue.current.laws.get('lie')!.lastReformOn, '2026-06-30');
    });

    test('a sector guide: a class that is not in SCIAN 2023 is refused by name; a new summary is published on the sector page', async () => {
      const url = '/staff/reference/sector/semiconductors/edit';
      const fields = formFields((await ed.get(url)).body, url);
      const doc = JSON.parse(fields.doc!);
      const bad = await ed.post(url, { ...fields, doc: JSON.stringify({ ...doc, scian: [...doc.scian, '999999'] }) });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /999999 is not a SCIAN 2023 code/);
      doc.summary = { es: `${doc.summary.es} Resumen revisado en 2027.`, en: `${doc.summary.en} Summary reviewed in 2027.` };
      const saved = await ed.post(url, { ...fields, doc: JSON.stringify(doc), 'reason.es': 'Resumen al día', 'reason.en': 'Summary brought up to date' });
      const draftUrl = saved.location!.split('?')[0]!;
      await ed.get(draftUrl);
      await ed.post(`${draftUrl}/submit`);
      const review = await rev.get(draftUrl);
      assert.match(review.body, /href="\/en\/sectors\/semiconductors"/, 'the draft links to the public page');
      await rev.post(`${draftUrl}/approve`, formFields(review.body, `${draftUrl}/approve`));
      assert.match((await t.app.inject({ url: '/en/sectors/semiconductors' })).body, /Summary reviewed in 2027\./);
      assert.match((await t.app.inject({ url: '/es/sectores/semiconductors' })).body, /Resumen revisado en 2027\./);
      assert.match((await t.app.inject({ url: '/en/sectors/semiconductors' })).body, /Latest changes<\/h2>[\s\S]*Reason: Summary brought up to date/);
      const log = (await t.app.inject({ url: '/en/changes' })).body;
      assert.match(log, /<strong>Summary<\/strong>: .*Summary reviewed in 2027\./);
      assert.doesNotMatch(log, /Resumen revisado/, 'the English log shows the English text only');
    });

    test('closed to those without the role, and unknown ids are 404 before any query', async () => {
      assert.equal((await officer.get(OFFICE)).status, 403);
      assert.equal((await officer.post(OFFICE, { doc: '{}' })).status, 403);
      assert.doesNotMatch((await officer.get('/staff')).body, /href="\/staff\/reference"/, 'the menu hides what the server refuses');
      assert.equal((await ed.get('/staff/reference/office/no-such-office/edit')).status, 404);
      assert.equal((await ed.get('/staff/reference/office/..%2Fetc/edit')).status, 404);
      assert.equal((await ed.get('/staff/reference/galaxy/x/edit')).status, 404);
      const anonymous = await t.app.inject({ url: '/staff/reference' });
      assert.equal(anonymous.statusCode, 303);
    });
  });
}
