/** Error reports: created by visitors (capped per address per day), resolved by staff in scope; each audited. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { person, type Person } from '#tests/helpers/editorial.ts';
import { HttpError } from '../../http/errors.ts';
import { findReport } from '../queries.ts';
import { createReport, ReportLimitError } from './create-report.ts';
import { AlreadyResolvedError, resolveReport } from './resolve-report.ts';

const report = (procedureId: string, ip = '203.0.113.7') => ({ procedureId, stepNumber: 1, message: 'The fee changed in 2027.', contactEmail: 'visitor@example.org', locale: 'en' as const, ip });
const URL_BASE = 'https://ventanilla.example.org';
const status = (code: number) => (e: unknown) => e instanceof HttpError && e.statusCode === code;

for (const target of dbTargets()) {
  describe(`error reports: create and resolve (${target.name})`, () => {
    let t: TestApp;
    let editor: Person;
    let cdmx: Person;
    let edomex: Person;
    before(async () => {
      t = await buildTestApp(target);
      editor = await person(t.db, 'ed@example.org', ['editor']);
      cdmx = await person(t.db, 'cdmx@example.org', ['state-officer'], ['09']);
      edomex = await person(t.db, 'edomex@example.org', ['state-officer'], ['15']);
    });
    after(() => t?.close());

    test('create: a row with a reference and an audit event without the contact e-mail or the address', async () => {
      const r = await createReport(t.db, report('sat-csd'), { dailyLimit: 10 });
      assert.match(r.reference, /^R-[0-9A-Z]{8}$/);
      assert.equal(r.status, 'open');
      assert.equal(r.contactEmail, 'visitor@example.org');
      const [e] = await t.db.query<{ action: string; actor_label: string; after: Record<string, unknown> }>('SELECT action, actor_label, after FROM audit_event WHERE entity_id = $1', [r.id]);
      assert.equal(e!.action, 'error-report.created');
      assert.equal(e!.actor_label, 'anonymous');
      assert.equal(e!.after.hasContact, true);
      assert.doesNotMatch(JSON.stringify(e), /visitor@example\.org|203\.0\.113\.7/);
      const [row] = await t.db.query<{ ip_hash: string }>('SELECT ip_hash FROM error_report WHERE id = $1', [r.id]);
      assert.doesNotMatch(row!.ip_hash, /203/);
    });

    test('create: an address gets its daily allowance, then is refused without a write; another address is not affected', async () => {
      for (let i = 0; i < 3; i++) await createReport(t.db, report('sat-csd', '198.51.100.1'), { dailyLimit: 3 });
      const before = await t.db.query('SELECT 1 FROM error_report');
      await assert.rejects(createReport(t.db, report('sat-csd', '198.51.100.1'), { dailyLimit: 3 }), ReportLimitError);
      assert.equal((await t.db.query('SELECT 1 FROM error_report')).length, before.length);
      await createReport(t.db, report('sat-csd', '198.51.100.2'), { dailyLimit: 3 });
    });

    test('resolve: a state officer resolves their state’s reports only; an editor any; audited once', async () => {
      const view = t.catalogue.current;
      const own = await createReport(t.db, report('cdmx-laudf', '192.0.2.1'), { dailyLimit: 10 });
      const federal = await createReport(t.db, report('sat-csd', '192.0.2.1'), { dailyLimit: 10 });
      await assert.rejects(resolveReport(t.db, edomex.ctx, view, { reportId: own.id, note: 'x', publicUrl: URL_BASE }), status(404), 'another state’s report is out of sight');
      await assert.rejects(resolveReport(t.db, cdmx.ctx, view, { reportId: federal.id, note: 'x', publicUrl: URL_BASE }), status(404), 'a federal report (with its reporter’s e-mail) is out of a state officer’s sight');
      await resolveReport(t.db, cdmx.ctx, view, { reportId: own.id, note: 'Fee corrected in version 2.', publicUrl: URL_BASE });
      const r = (await findReport(t.db, own.id))!;
      assert.equal(r.status, 'resolved');
      assert.equal(r.resolutionNote, 'Fee corrected in version 2.');
      assert.equal(r.resolvedByName, 'cdmx');
      await assert.rejects(resolveReport(t.db, editor.ctx, view, { reportId: own.id, note: 'again', publicUrl: URL_BASE }), AlreadyResolvedError);
      await resolveReport(t.db, editor.ctx, view, { reportId: federal.id, note: 'Checked: correct as published.', publicUrl: URL_BASE });
      const events = await t.db.query<{ action: string; actor_label: string }>(`SELECT action, actor_label FROM audit_event WHERE entity_id = $1 ORDER BY id`, [own.id]);
      assert.deepEqual(events.map((e) => `${e.action} ${e.actor_label}`), ['error-report.created anonymous', 'error-report.resolved cdmx@example.org']);
      await assert.rejects(resolveReport(t.db, editor.ctx, view, { reportId: 'not-a-uuid', note: 'x', publicUrl: URL_BASE }), status(404));
    });

    test('resolve: a reporter who left an address is sent the note in the language they reported in; one who did not, nothing', async () => {
      const view = t.catalogue.current;
      const mails = (to: string) =>
        t.db.query<{ locale: string; template: string; subject: string; body_text: string }>('SELECT locale, template, subject, body_text FROM mail_outbox WHERE to_address = $1', [to]);
      const es = await createReport(t.db, { ...report('sat-csd', '192.0.2.9'), locale: 'es', contactEmail: 'lectora@example.org' }, { dailyLimit: 10 });
      await resolveReport(t.db, editor.ctx, view, { reportId: es.id, note: 'Corregimos el costo en la versión 3.', publicUrl: URL_BASE });
      const [mail, ...more] = await mails('lectora@example.org');
      assert.equal(more.length, 0);
      assert.equal(mail!.template, 'reportResolved');
      assert.equal(mail!.locale, 'es');
      assert.match(mail!.subject, /Atendimos su reporte/);
      const slug = view.procedure('sat-csd')!.slug;
      for (const part of [es.reference, 'Corregimos el costo en la versión 3.', view.procedure('sat-csd')!.title.es, `${URL_BASE}/es/tramites/${slug}#history-h`]) {
        assert.ok(mail!.body_text.includes(part), `the e-mail names ${part}`);
      }
      const [e] = await t.db.query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_event WHERE entity_id = $1 AND action = 'error-report.resolved'`, [es.id]);
      assert.equal(e!.after.reporterNotified, true);
      assert.doesNotMatch(JSON.stringify(e), /lectora@/, 'the append-only trail keeps no address');

      const before = (await t.db.query('SELECT 1 FROM mail_outbox')).length;
      const anonymous = await createReport(t.db, { ...report('sat-csd', '192.0.2.9'), contactEmail: null }, { dailyLimit: 10 });
      await resolveReport(t.db, editor.ctx, view, { reportId: anonymous.id, note: 'Checked.', publicUrl: URL_BASE });
      await assert.rejects(resolveReport(t.db, editor.ctx, view, { reportId: es.id, note: 'again', publicUrl: URL_BASE }), AlreadyResolvedError);
      assert.equal((await t.db.query('SELECT 1 FROM mail_outbox')).length, before, 'no address, or a refused resolution: no mail');
    });
  });
}
