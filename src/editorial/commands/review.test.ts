/** The reviewer's side: request changes, approve-and-publish (never one's own draft, never over a newer version), audited. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { auditOf, person, REASON, withFee, type Person } from '#tests/helpers/editorial.ts';
import { HttpError } from '../../http/errors.ts';
import { publishProcedure } from '../../catalogue/commands/publish-procedure.ts';
import { findDraft } from '../queries.ts';
import { approveDraft } from './approve-draft.ts';
import { EditorialError } from './context.ts';
import { createDraft } from './create-draft.ts';
import { requestChanges } from './request-changes.ts';
import { submitDraft } from './submit-draft.ts';
import { updateDraft } from './update-draft.ts';

const refused = (key: string) => (e: unknown) => e instanceof EditorialError && e.key === key;
const forbidden = (e: unknown) => e instanceof HttpError && e.statusCode === 403;

for (const target of dbTargets()) {
  describe(`review: request changes, approve and publish (${target.name})`, () => {
    let t: TestApp;
    let editor: Person;
    let reviewer: Person;
    /** Holds both roles: may draft and may review, but never their own draft. */
    let both: Person;
    before(async () => {
      t = await buildTestApp(target);
      editor = await person(t.db, 'ed@example.org', ['editor']);
      reviewer = await person(t.db, 'rev@example.org', ['reviewer']);
      both = await person(t.db, 'both@example.org', ['editor', 'reviewer']);
    });
    after(() => t?.close());
    const view = () => t.catalogue.current;
    const submitted = async (who: Person, id: string, amount: number) => {
      const draftId = await createDraft(t.db, who.ctx, view(), { entityType: 'procedure', entityId: id, doc: withFee(view(), id, amount), reason: REASON });
      await submitDraft(t.db, who.ctx, view(), draftId);
      return draftId;
    };

    test('request changes: a reviewer sends it back with a comment; the author edits and resubmits', async () => {
      const id = await submitted(editor, 'semarnat-coa', 100);
      await assert.rejects(requestChanges(t.db, editor.ctx, { draftId: id, comment: 'mine' }), forbidden);
      await requestChanges(t.db, reviewer.ctx, { draftId: id, comment: 'Cite the 2027 tariff article, please.' });
      const d = (await findDraft(t.db, id))!;
      assert.equal(d.status, 'changes-requested');
      assert.equal(d.reviewerComment, 'Cite the 2027 tariff article, please.');
      assert.equal(d.reviewerName, 'rev');
      await assert.rejects(requestChanges(t.db, reviewer.ctx, { draftId: id, comment: 'again' }), refused('notSubmitted'));
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: d.revision }), refused('notSubmitted'));
      await submitDraft(t.db, editor.ctx, view(), id);
      assert.equal((await findDraft(t.db, id))!.status, 'submitted');
      const events = await auditOf(t.db, id);
      assert.deepEqual(events.map((e) => e.action), ['draft.created', 'draft.submitted', 'draft.changes_requested', 'draft.submitted']);
      assert.equal(events[2]!.after.comment, 'Cite the 2027 tariff article, please.');
    });

    test('approve: the author may not approve their own draft, even holding the reviewer role', async () => {
      const id = await submitted(both, 'semarnat-mia', 200);
      await assert.rejects(approveDraft(t.db, both.ctx, view(), { draftId: id, revision: 1 }), forbidden);
      await assert.rejects(approveDraft(t.db, editor.ctx, view(), { draftId: id, revision: 1 }), forbidden, 'an editor is no reviewer');
      assert.equal((await findDraft(t.db, id))!.status, 'submitted');
      // Someone else holding both roles may.
      const r = await approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 1 });
      assert.equal(r.version, 2);
    });

    test('approve and publish: one transaction writes the version with its reason, the draft, and both audit events', async () => {
      const id = await submitted(editor, 'semarnat-lau', 3100);
      const r = await approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 1 });
      assert.deepEqual(r, { entityType: 'procedure', entityId: 'semarnat-lau', version: 2, revision: r.revision });
      const d = (await findDraft(t.db, id))!;
      assert.equal(d.status, 'published');
      assert.equal(d.publishedVersion, 2);
      assert.equal(d.reviewerId, reviewer.id);
      const [v] = await t.db.query<{ reason: unknown; doc: { steps: { costs: { amountMXN: number }[] }[] } }>(`SELECT reason, doc FROM procedure_version WHERE procedure_id = 'semarnat-lau' AND version = 2`);
      assert.deepEqual(v!.reason, REASON);
      assert.equal(v!.doc.steps[0]!.costs[0]!.amountMXN, 3100);
      const [row] = await t.db.query<{ edited_at: Date | null }>(`SELECT edited_at FROM procedure WHERE id = 'semarnat-lau'`);
      assert.ok(row!.edited_at, 'the seed will never overwrite it');
      assert.deepEqual((await auditOf(t.db, id)).map((e) => e.action), ['draft.created', 'draft.submitted', 'draft.approved']);
      const [pub] = await auditOf(t.db, 'semarnat-lau');
      assert.equal(pub!.action, 'procedure.published');
      assert.equal(pub!.actor_label, 'rev@example.org');
      assert.deepEqual([pub!.before.version, pub!.after.version, pub!.after.draftId], [1, 2, id]);
      await t.catalogue.reload();
      assert.equal(view().procedure('semarnat-lau')!.steps[0]!.costs[0]!.kind, 'fixed');
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 1 }), refused('notSubmitted'), 'published once');
    });

    test('approve: refused when the draft changed since the reviewer saw it', async () => {
      const id = await submitted(editor, 'conagua-water-concession', 10);
      await updateDraft(t.db, editor.ctx, view(), { draftId: id, doc: withFee(view(), 'conagua-water-concession', 99), reason: REASON });
      await submitDraft(t.db, editor.ctx, view(), id);
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 1 }), refused('stale'));
      assert.equal((await approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 2 })).version, 2);
    });

    test('approve: a base version that is no longer current is a conflict, and nothing is published', async () => {
      const id = await submitted(editor, 'conagua-discharge-permit', 777);
      // Meanwhile another version is published (a seed release, or another process).
      await t.db.transaction((tx) => publishProcedure(tx, view(), { doc: withFee(view(), 'conagua-discharge-permit', 555), reason: { es: 'Otra', en: 'Other' } }));
      await t.catalogue.reload();
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId: id, revision: 1 }), (e) => e instanceof EditorialError && e.key === 'conflict' && e.data.currentVersion === 2);
      const [row] = await t.db.query<{ version: number; amount: number }>(`SELECT version, (doc->'steps'->0->'costs'->0->>'amountMXN')::int AS amount FROM procedure WHERE id = 'conagua-discharge-permit'`);
      assert.deepEqual({ ...row }, { version: 2, amount: 555 });
      assert.equal((await findDraft(t.db, id))!.status, 'submitted');
      assert.deepEqual((await auditOf(t.db, id)).map((e) => e.action), ['draft.created', 'draft.submitted'], 'no event for a refused publication');
    });

    test('the database itself refuses a self-review', async () => {
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'impi-trademark', doc: withFee(view(), 'impi-trademark', 1), reason: REASON });
      await assert.rejects(t.db.query('UPDATE editorial_draft SET reviewer_id = author_id WHERE id = $1', [id]));
    });
  });
}
