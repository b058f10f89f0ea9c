/** The author's side of the workflow: create, update, submit and withdraw a draft, each audited, on both databases. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { auditOf, person, REASON, withFee, type Person } from '#tests/helpers/editorial.ts';
import { HttpError } from '../../http/errors.ts';
import { findDraft, findOpenDraft } from '../queries.ts';
import { EditorialError } from './context.ts';
import { createDraft } from './create-draft.ts';
import { submitDraft } from './submit-draft.ts';
import { updateDraft } from './update-draft.ts';
import { withdrawDraft } from './withdraw-draft.ts';

const refused = (key: string) => (e: unknown) => e instanceof EditorialError && e.key === key;
const status = (code: number) => (e: unknown) => e instanceof HttpError && e.statusCode === code;

for (const target of dbTargets()) {
  describe(`drafts: create, update, submit, withdraw (${target.name})`, () => {
    let t: TestApp;
    let editor: Person;
    let other: Person;
    let cdmx: Person;
    before(async () => {
      t = await buildTestApp(target);
      editor = await person(t.db, 'ed@example.org', ['editor']);
      other = await person(t.db, 'ed2@example.org', ['editor']);
      cdmx = await person(t.db, 'cdmx@example.org', ['state-officer'], ['09']);
    });
    after(() => t?.close());
    const view = () => t.catalogue.current;

    test('create: stores the whole document, its base version and reason, once per document; audited', async () => {
      const doc = withFee(view(), 'semarnat-lau', 3100);
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'semarnat-lau', doc, reason: REASON });
      const d = (await findDraft(t.db, id))!;
      assert.equal(d.status, 'draft');
      assert.equal(d.baseVersion, 1);
      assert.equal(d.authorId, editor.id);
      assert.deepEqual(d.reason, REASON);
      assert.equal((d.doc as typeof doc).steps[0]!.costs[0]!.kind, 'fixed');
      await assert.rejects(createDraft(t.db, other.ctx, view(), { entityType: 'procedure', entityId: 'semarnat-lau', doc, reason: REASON }), refused('openDraftExists'));
      const [e] = await auditOf(t.db, id);
      assert.equal(e!.action, 'draft.created');
      assert.equal(e!.actor_label, 'ed@example.org');
      assert.ok(e!.after.changed.includes('steps.0.costs.0.amountMXN') && e!.after.changed.includes('steps.0.costs.0.year'), 'the audit names what changed');
      await withdrawDraft(t.db, editor.ctx, id);
    });

    test('create: a missing translation may be saved; a schema error or a broken reference may not, and nothing is written', async () => {
      const doc = withFee(view(), 'sat-csd', 500);
      doc.title.en = '';
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'sat-csd', doc, reason: { es: 'Corrección', en: '' } });
      assert.equal(((await findDraft(t.db, id))!.doc as typeof doc).title.en, '');
      await withdrawDraft(t.db, editor.ctx, id);

      const bad = withFee(view(), 'sat-csd', -5);
      await assert.rejects(createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'sat-csd', doc: bad, reason: REASON }), (e) => {
        assert.ok(e instanceof EditorialError && e.key === 'invalidDocument');
        assert.deepEqual(e.data.issues!.map((i) => i.path.join('.')), ['steps.0.costs.0.amountMXN']);
        return true;
      });
      const broken = structuredClone(view().procedure('sat-csd')!);
      broken.prerequisites = ['no-such-procedure'];
      await assert.rejects(createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'sat-csd', doc: broken, reason: REASON }), (e) => e instanceof EditorialError && e.key === 'catalogueProblems' && /unknown prerequisite no-such-procedure/.test(e.data.problems!.join()));
      const renamed = { ...structuredClone(view().procedure('sat-csd')!), id: 'other-id' };
      await assert.rejects(createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'sat-csd', doc: renamed, reason: REASON }), refused('idChanged'));
      assert.equal(await findOpenDraft(t.db, 'procedure', 'sat-csd'), null);
    });

    test('create: a state officer drafts their state’s procedures only, and cannot move one out of their scope', async () => {
      const own = structuredClone(view().procedure('cdmx-laudf')!);
      own.summary.es += ' (actualizado)';
      const id = await createDraft(t.db, cdmx.ctx, view(), { entityType: 'procedure', entityId: 'cdmx-laudf', doc: own, reason: REASON });
      assert.ok(id);
      await withdrawDraft(t.db, cdmx.ctx, id);
      const moved = { ...structuredClone(view().procedure('cdmx-laudf')!), states: ['09', '15'] };
      await assert.rejects(createDraft(t.db, cdmx.ctx, view(), { entityType: 'procedure', entityId: 'cdmx-laudf', doc: moved, reason: REASON }), status(403));
      const theirs = structuredClone(view().procedure('edomex-coi')!);
      await assert.rejects(createDraft(t.db, cdmx.ctx, view(), { entityType: 'procedure', entityId: 'edomex-coi', doc: theirs, reason: REASON }), status(404));
      const federal = structuredClone(view().procedure('sat-csd')!);
      await assert.rejects(createDraft(t.db, cdmx.ctx, view(), { entityType: 'procedure', entityId: 'sat-csd', doc: federal, reason: REASON }), status(403));
      await assert.rejects(createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'no-such', doc: federal, reason: REASON }), status(404));
    });

    test('update: only the author, only while open, only from the revision they saw; editing a submitted draft takes it back to draft', async () => {
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'imss-employer-registration', doc: withFee(view(), 'imss-employer-registration', 10), reason: REASON });
      const r = await updateDraft(t.db, editor.ctx, view(), { draftId: id, doc: withFee(view(), 'imss-employer-registration', 20), reason: REASON, revision: 1 });
      assert.equal(r.revision, 2);
      await assert.rejects(updateDraft(t.db, editor.ctx, view(), { draftId: id, doc: withFee(view(), 'imss-employer-registration', 30), reason: REASON, revision: 1 }), refused('stale'));
      await assert.rejects(updateDraft(t.db, other.ctx, view(), { draftId: id, doc: withFee(view(), 'imss-employer-registration', 30), reason: REASON }), refused('notAuthor'));
      await submitDraft(t.db, editor.ctx, view(), id);
      await updateDraft(t.db, editor.ctx, view(), { draftId: id, doc: withFee(view(), 'imss-employer-registration', 40), reason: REASON });
      const d = (await findDraft(t.db, id))!;
      assert.equal(d.status, 'draft');
      assert.equal(d.revision, 3);
      const events = await auditOf(t.db, id);
      assert.deepEqual(events.map((e) => e.action), ['draft.created', 'draft.updated', 'draft.submitted', 'draft.updated']);
      assert.deepEqual(events[1]!.after.changed, ['steps.0.costs.0.amountMXN']);
      await withdrawDraft(t.db, editor.ctx, id);
      await assert.rejects(updateDraft(t.db, editor.ctx, view(), { draftId: id, doc: withFee(view(), 'imss-employer-registration', 50), reason: REASON }), refused('notEditable'));
    });

    test('submit: refused while any text or the reason lacks a language; by the author only', async () => {
      const doc = withFee(view(), 'sat-rfc-company', 0);
      doc.steps[0]!.title.es = ' ';
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'sat-rfc-company', doc, reason: { es: 'Motivo', en: '' } });
      await assert.rejects(submitDraft(t.db, editor.ctx, view(), id), (e) => e instanceof EditorialError && e.key === 'translationsMissing' && e.data.gaps![0]!.path.join('.') === 'steps.0.title' && e.data.gaps![0]!.missing.join() === 'es');
      doc.steps[0]!.title.es = 'Paso revisado';
      await updateDraft(t.db, editor.ctx, view(), { draftId: id, doc, reason: { es: 'Motivo', en: '' } });
      await assert.rejects(submitDraft(t.db, editor.ctx, view(), id), refused('reasonMissing'));
      await updateDraft(t.db, editor.ctx, view(), { draftId: id, doc, reason: { es: 'Motivo', en: 'Reason' } });
      await assert.rejects(submitDraft(t.db, other.ctx, view(), id), refused('notAuthor'));
      await submitDraft(t.db, editor.ctx, view(), id);
      assert.equal((await findDraft(t.db, id))!.status, 'submitted');
      await assert.rejects(submitDraft(t.db, editor.ctx, view(), id), refused('notEditable'));
      await withdrawDraft(t.db, editor.ctx, id);
    });

    test('withdraw: the author, or another editor of the same document (an abandoned draft must not block it); not an officer of another state', async () => {
      const id = await createDraft(t.db, editor.ctx, view(), { entityType: 'procedure', entityId: 'cdmx-laudf', doc: structuredClone(view().procedure('cdmx-laudf')!), reason: REASON });
      const edomex = await person(t.db, 'edomex@example.org', ['state-officer'], ['15']);
      await assert.rejects(withdrawDraft(t.db, edomex.ctx, id), status(404));
      await withdrawDraft(t.db, cdmx.ctx, id);
      assert.equal((await findDraft(t.db, id))!.status, 'withdrawn');
      await assert.rejects(withdrawDraft(t.db, editor.ctx, id), refused('notEditable'));
      const [, w] = await auditOf(t.db, id);
      assert.equal(w!.action, 'draft.withdrawn');
      assert.equal(w!.actor_label, 'cdmx@example.org');
    });
  });
}
