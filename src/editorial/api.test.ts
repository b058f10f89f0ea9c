/** The editorial staff JSON API on both databases: the whole workflow, errors by path, conflicts, and reports. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { REASON, withFee } from '#tests/helpers/editorial.ts';
import { publishProcedure } from '../catalogue/commands/publish-procedure.ts';
import { createReport } from '../reports/commands/create-report.ts';

for (const target of dbTargets()) {
  describe(`editorial staff API (${target.name})`, () => {
    let t: TestApp;
    let ed: StaffClient;
    let rev: StaffClient;
    const api = async (c: StaffClient, path: string, body: object = {}) => {
      c.csrf = (await c.get('/api/v1/staff/me')).json().csrfToken;
      return c.postJson(path, body);
    };
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      await seedAccount(t.db, { email: 'ed@example.org', roles: ['editor'] });
      await seedAccount(t.db, { email: 'rev@example.org', roles: ['reviewer'] });
      ed = new StaffClient(t.app);
      rev = new StaffClient(t.app);
      await ed.login('ed@example.org');
      await rev.login('rev@example.org');
    });
    after(() => t?.close());

    test('draft → submit → approve over the API; the public API shows the new version at once', async () => {
      const doc = withFee(t.catalogue.current, 'se-immex', 1234);
      doc.summary.en = '';
      const created = await api(ed, '/api/v1/staff/procedures/se-immex/drafts', { doc, reason: REASON });
      assert.equal(created.status, 201);
      const d = created.json();
      assert.deepEqual([d.status, d.revision, d.baseVersion, d.conflict], ['draft', 1, 1, false]);
      assert.deepEqual(d.translationGaps, [{ path: 'summary', missing: ['en'] }]);
      assert.ok(d.changes.some((c: { field: string }) => c.field === 'Paso 1 · Costo'), 'changes in the account’s language');
      const refused = await api(ed, `/api/v1/staff/drafts/${d.id}/submit`);
      assert.equal(refused.status, 400);
      assert.deepEqual(refused.json().error.fields, [{ field: 'summary', message: 'missing en' }]);
      doc.summary.en = 'IMMEX programme';
      assert.equal((await api(ed, `/api/v1/staff/drafts/${d.id}`, { doc, reason: REASON, revision: 1 })).json().revision, 2);
      assert.equal((await api(ed, `/api/v1/staff/drafts/${d.id}/submit`)).json().status, 'submitted');
      const queue = (await rev.get('/api/v1/staff/drafts')).json();
      assert.ok(queue.items.some((x: { id: string }) => x.id === d.id));
      assert.equal((await api(ed, `/api/v1/staff/drafts/${d.id}/approve`, { revision: 2 })).status, 403, 'an editor does not approve');
      const ok = await api(rev, `/api/v1/staff/drafts/${d.id}/approve`, { revision: 2 });
      assert.equal(ok.status, 200);
      assert.equal(ok.json().version, 2);
      assert.equal(ok.json().draft.status, 'published');
      const pub = (await t.app.inject({ url: '/api/v1/procedures/se-immex?lang=en' })).json();
      assert.equal(pub.version, 2);
      assert.equal(pub.steps[0].costs[0].amountMXN, 1234);
    });

    test('an invalid document is a 400 listing every field by path; an unknown procedure a 404; a bad body a 400', async () => {
      const doc = withFee(t.catalogue.current, 'se-prosec', -1) as unknown as Record<string, unknown>;
      doc.slug = 'Not A Slug';
      const r = await api(ed, '/api/v1/staff/procedures/se-prosec/drafts', { doc, reason: REASON });
      assert.equal(r.status, 400);
      const e = r.json().error;
      assert.equal(e.code, 'invalid_document');
      assert.deepEqual(e.fields.map((f: { field: string }) => f.field).sort(), ['slug', 'steps.0.costs.0.amountMXN']);
      assert.match(e.fields.find((f: { field: string }) => f.field === 'slug').message, /“Address \(slug\)” is not in the right format/);
      assert.equal((await api(ed, '/api/v1/staff/procedures/no-such/drafts', { doc, reason: REASON })).status, 404);
      assert.equal((await api(ed, '/api/v1/staff/procedures/se-prosec/drafts', { doc: 'nope' })).json().error.parameter, 'doc');
      assert.equal((await ed.get('/api/v1/staff/procedures?level=cosmic')).json().error.parameter, 'level');
    });

    test('a conflict is a 409 naming the current version; request changes sends it back', async () => {
      const d = (await api(ed, '/api/v1/staff/procedures/se-nom-certification/drafts', { doc: withFee(t.catalogue.current, 'se-nom-certification', 10), reason: REASON })).json();
      await api(ed, `/api/v1/staff/drafts/${d.id}/submit`);
      await t.db.transaction((tx) => publishProcedure(tx, t.catalogue.current, { doc: withFee(t.catalogue.current, 'se-nom-certification', 20), reason: REASON }));
      await t.catalogue.reload();
      const c = await api(rev, `/api/v1/staff/drafts/${d.id}/approve`, { revision: 1 });
      assert.equal(c.status, 409);
      assert.match(c.json().error.message, /another version \(2\) was published/);
      const back = await api(rev, `/api/v1/staff/drafts/${d.id}/request-changes`, { comment: 'Rebase on version 2, please.' });
      assert.equal(back.json().status, 'changes-requested');
      assert.equal((await api(rev, `/api/v1/staff/drafts/${d.id}/request-changes`, { comment: '' })).json().error.parameter, 'comment');
      assert.equal((await api(ed, `/api/v1/staff/drafts/${d.id}/withdraw`)).json().status, 'withdrawn');
    });

    test('reports: listed and resolved over the API, with a note required', async () => {
      const r = await createReport(t.db, { procedureId: 'sat-csd', stepNumber: null, message: 'Outdated link.', contactEmail: null, locale: 'en', ip: '192.0.2.50' }, { dailyLimit: 10 });
      const list = (await ed.get('/api/v1/staff/reports?status=open')).json();
      assert.ok(list.items.some((x: { reference: string }) => x.reference === r.reference));
      assert.equal((await api(ed, `/api/v1/staff/reports/${r.id}/resolve`, {})).json().error.parameter, 'note');
      const done = await api(ed, `/api/v1/staff/reports/${r.id}/resolve`, { note: 'Link updated in version 2.' });
      assert.equal(done.json().status, 'resolved');
      assert.equal((await api(ed, `/api/v1/staff/reports/${r.id}/resolve`, { note: 'again' })).status, 409);
    });
  });
}
