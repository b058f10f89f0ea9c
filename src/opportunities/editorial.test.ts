/**
 * Opportunities through the editorial workflow, on both databases: an editor drafts a change, a
 * reviewer who is not the author publishes it, the public page and the change log show it, and the
 * seed never overwrites it; a draft without an official source is refused with nothing written;
 * a state officer cannot draft one.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { editorialClients, StaffClient } from '#tests/helpers/staff.ts';
import { auditOf, formFields } from '#tests/helpers/editorial.ts';
import { seed } from '#src/catalogue/seed.ts';
import { seedCatalogue } from '#src/catalogue/content/index.ts';

const ID = 'corredor-interoceanico-istmo-tehuantepec';
const EDIT = `/staff/reference/opportunity/${ID}/edit`;
const NEW_CAVEAT = { es: 'La lista de municipios de la región se publicará cuando se verifique en el DOF.', en: 'The list of the region’s municipalities will be published once verified in the DOF.' };

for (const target of dbTargets()) {
  describe(`opportunities through drafts and review (${target.name})`, () => {
    let t: TestApp;
    let ed: StaffClient;
    let rev: StaffClient;
    let officer: StaffClient;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      ({ ed, rev, officer } = await editorialClients(t.app, t.db, { editorRoles: ['editor', 'reviewer'], officerState: '20' }));
    });
    after(() => t?.close());

    test('the reference list shows opportunities with their edit link', async () => {
      const r = await ed.get('/staff/reference');
      assert.equal(r.status, 200);
      assert.match(r.body, /<h2 id="opportunity-h">Oportunidades<\/h2>/);
      assert.ok(r.body.includes(`href="${EDIT}"`));
    });

    test('draft → review by another person → publish: the page, the change log and the audit show it; the seed keeps it', async () => {
      const fields = formFields((await ed.get(EDIT)).body, EDIT);
      const doc = JSON.parse(fields.doc!);
      assert.equal(doc.id, ID);
      doc.caveats = [...doc.caveats, NEW_CAVEAT];
      const saved = await ed.post(EDIT, { ...fields, doc: JSON.stringify(doc), 'reason.es': 'Nueva advertencia sobre los municipios', 'reason.en': 'New caveat on the municipalities' });
      assert.equal(saved.status, 303);
      const draftUrl = saved.location!.split('?')[0]!;
      assert.equal((await ed.post(`${draftUrl}/submit`)).location, `${draftUrl}?notice=submitted`);
      // Not yet public.
      assert.ok(!(await t.app.inject({ url: `/en/opportunities/${ID}` })).body.includes(NEW_CAVEAT.en));
      // The author, though a reviewer too, cannot approve their own draft.
      const own = await ed.get(draftUrl);
      assert.ok(!own.body.includes(`action="${draftUrl}/approve"`), 'no approve form for the author');
      assert.equal((await ed.post(`${draftUrl}/approve`, { revision: '1' })).status, 403, 'and the server refuses it');
      const review = await rev.get(draftUrl);
      const done = await rev.post(`${draftUrl}/approve`, formFields(review.body, `${draftUrl}/approve`));
      assert.equal(done.location, `${draftUrl}?notice=published`);

      const en = (await t.app.inject({ url: `/en/opportunities/${ID}` })).body;
      assert.ok(en.includes(NEW_CAVEAT.en), 'the English page shows the new caveat');
      assert.ok((await t.app.inject({ url: `/es/oportunidades/${ID}` })).body.includes(NEW_CAVEAT.es));
      const log = (await t.app.inject({ url: '/es/cambios' })).body;
      assert.match(log, /<span class="tag">Oportunidad<\/span>/);
      assert.match(log, /Motivo: Nueva advertencia sobre los municipios/);
      assert.ok(log.includes(`href="/es/oportunidades/${ID}"`));
      assert.deepEqual((await auditOf(t.db, ID)).map((a) => a.action), ['opportunity.published']);
      await seed(t.db, seedCatalogue, 'a newer release');
      await t.catalogue.reload();
      assert.equal(t.catalogue.current.opportunities.get(ID)!.caveats.length, doc.caveats.length, 'the seed does not overwrite an edited row');
    });

    test('a draft without an official source, or linking a procedure that does not exist, is refused naming the problem; nothing is written', async () => {
      const url = '/staff/reference/opportunity/estimulos-polos-desarrollo-economico-bienestar/edit';
      const fields = formFields((await ed.get(url)).body, url);
      const doc = JSON.parse(fields.doc!);
      const before = (await t.db.query('SELECT 1 FROM editorial_draft')).length;
      const blog = await ed.post(url, { ...fields, doc: JSON.stringify({ ...doc, sources: [{ title: 'Blog', url: 'https://example.com/post' }] }) });
      assert.equal(blog.status, 400);
      assert.match(blog.body, /«Fuente»/);
      const none = await ed.post(url, { ...fields, doc: JSON.stringify({ ...doc, sources: [] }) });
      assert.equal(none.status, 400);
      const orphan = await ed.post(url, { ...fields, doc: JSON.stringify({ ...doc, procedures: ['no-such-procedure'] }) });
      assert.equal(orphan.status, 400);
      assert.match(orphan.body, /no-such-procedure/);
      assert.equal((await t.db.query('SELECT 1 FROM editorial_draft')).length, before);
    });

    test('a state officer reads but cannot draft an opportunity', async () => {
      assert.equal((await officer.get(EDIT)).status, 403);
    });
  });
}
