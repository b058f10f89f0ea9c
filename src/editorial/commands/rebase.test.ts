/**
 * Bringing a draft up to date after another version was published (a seed
 * release, or another process): the draft's changes land on the newer
 * version, parts both changed are refused by name with nothing written, and
 * the merged draft is reviewed again before it can be published.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { auditOf, person, REASON, withFee, type Person } from '#tests/helpers/editorial.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { publishProcedure } from '../../catalogue/commands/publish-procedure.ts';
import type { Procedure } from '../../catalogue/schema.ts';
import { findDraft } from '../queries.ts';
import { approveDraft } from './approve-draft.ts';
import { EditorialError } from './context.ts';
import { createDraft } from './create-draft.ts';
import { rebaseDraft } from './rebase-draft.ts';
import { submitDraft } from './submit-draft.ts';

const refused = (key: string) => (e: unknown) => e instanceof EditorialError && e.key === key;

for (const target of dbTargets()) {
  describe(`bringing a draft up to date with a newer version (${target.name})`, () => {
    let t: TestApp;
    let editor: Person;
    let reviewer: Person;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      editor = await person(t.db, 'ed@example.org', ['editor']);
      reviewer = await person(t.db, 'rev@example.org', ['reviewer']);
    });
    after(() => t?.close());
    const view = () => t.catalogue.current;
    /** Publishes a version outside the draft (as a seed release would), then reloads. */
    const publishElsewhere = async (doc: Procedure) => {
      await t.db.transaction((tx) => publishProcedure(tx, view(), { doc, reason: { es: 'Otra', en: 'Other' } }));
      await t.catalogue.reload();
    };

    test('the draft’s fee lands on the newer version’s new title; it must be reviewed again, then publishes', async () => {
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'conagua-discharge-permit', doc: withFee(view(), 'conagua-discharge-permit', 777), reason: REASON });
      await submitDraft(t.db, editor.ctx, view(), id);
      await assert.rejects(rebaseDraft(t.db, editor.ctx, view(), id), refused('upToDate'));
      const newer = structuredClone(view().procedure('conagua-discharge-permit')!);
      newer.title = { es: `${newer.title.es} (2027)`, en: `${newer.title.en} (2027)` };
      await publishElsewhere(newer);
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 1 }), refused('conflict'));
      await assert.rejects(rebaseDraft(t.db, reviewer.ctx, view(), id), refused('notAuthor'));

      assert.deepEqual(await rebaseDraft(t.db, editor.ctx, view(), id), { revision: 2 });
      const d = (await findDraft(t.db, id))!;
      const doc = d.doc as Procedure;
      assert.equal(doc.title.es, newer.title.es, 'the newer version’s change is kept');
      assert.equal((doc.steps[0]!.costs[0] as { amountMXN: number }).amountMXN, 777, 'the draft’s change is kept');
      assert.deepEqual({ status: d.status, baseVersion: d.baseVersion }, { status: 'draft', baseVersion: 2 });
      assert.deepEqual(d.baseDoc, newer);
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 2 }), refused('notSubmitted'), 'reviewed again first');
      await submitDraft(t.db, editor.ctx, view(), id);
      assert.equal((await approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 2 })).version, 3);
      await t.catalogue.reload();
      const published = view().procedure('conagua-discharge-permit')!;
      assert.equal(published.title.es, newer.title.es);
      assert.equal((published.steps[0]!.costs[0] as { amountMXN: number }).amountMXN, 777);
      assert.deepEqual((await auditOf(t.db, id)).map((e) => e.action), ['draft.created', 'draft.submitted', 'draft.rebased', 'draft.submitted', 'draft.approved']);
    });

    test('a fee changed on both sides is refused by name, and nothing is written', async () => {
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'impi-trademark', doc: withFee(view(), 'impi-trademark', 100), reason: REASON });
      await publishElsewhere(withFee(view(), 'impi-trademark', 200));
      const before = (await findDraft(t.db, id))!;
      await assert.rejects(rebaseDraft(t.db, editor.ctx, view(), id), (e) => refused('rebaseConflicts')(e) && JSON.stringify((e as EditorialError).data.paths) === JSON.stringify([['steps', 0, 'costs', 0, 'amountMXN']]));
      assert.deepEqual(await findDraft(t.db, id), before);
      assert.deepEqual((await auditOf(t.db, id)).map((e) => e.action), ['draft.created']);
    });

    test('on the draft screen: the author gets the button; a conflict names the field in their language', async () => {
      const account = await seedAccount(t.db, { email: 'writer@example.org', roles: ['editor'] });
      const ed = new StaffClient(t.app);
      await ed.login(account.email);
      const id = await createDraft(t.db, { ...editor.ctx, who: { ...editor.ctx.who, id: account.id }, actor: { id: account.id, label: account.email } }, view(), { entityType: 'procedure', entityId: 'semarnat-coa', doc: withFee(view(), 'semarnat-coa', 100), reason: REASON });
      const url = `/staff/drafts/${id}`;
      assert.doesNotMatch((await ed.get(url)).body, /Poner al día/, 'nothing to bring up to date yet');
      await publishElsewhere(withFee(view(), 'semarnat-coa', 300));
      const page = await ed.get(url);
      assert.match(page.body, /Quien lo redactó puede ponerlo al día/);
      assert.match(page.body, new RegExp(`action="${url}/rebase"`));
      const r = await ed.post(`${url}/rebase`);
      assert.equal(r.status, 409);
      assert.match(r.body, /No se pudo poner al día/);
      assert.match(r.body, /<li>Paso 1 · Costo 1 · Importe<\/li>/);
    });
  });
}
