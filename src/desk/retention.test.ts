/** The retention run on both databases: what it erases, what it keeps, and one run at a time across processes. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { person, type Person } from '#tests/helpers/editorial.ts';
import { openPostgres } from '../db/postgres.ts';
import { CaseInput } from './schema.ts';
import { createCase } from './commands/create-case.ts';
import { staffClose, staffReply } from './commands/conversation.ts';
import { findCase, listMessages } from './queries.ts';
import { runRetention } from './retention.ts';
import { createReport } from '../reports/commands/create-report.ts';

const input = CaseInput.parse({ kind: 'question', name: 'Old Requester', email: 'old@example.org', message: 'My passport number is X1234567.', locale: 'en' });
const opts = { channel: 'web' as const, ip: '198.51.100.3', idempotencyKey: null, publicUrl: 'http://x', dailyLimit: 1000, firstResponseHours: 8, capacity: 50 };

for (const target of dbTargets()) {
  describe(`retention (${target.name})`, () => {
    let t: TestApp;
    let advisor: Person;
    before(async () => {
      t = await buildTestApp(target);
      advisor = await person(t.db, 'adv@example.org', ['advisor']);
    });
    after(() => t?.close());

    test('closed cases past the period lose personal data; open and recent ones keep it; resolved reports lose the e-mail; a second run does nothing', async () => {
      const old = (await createCase(t.db, input, opts)).case;
      const recent = (await createCase(t.db, input, opts)).case;
      const open = (await createCase(t.db, input, opts)).case;
      for (const c of [old, recent]) {
        await staffReply(t.db, advisor.ctx, c.id, 'Answered: see the RFC procedure.', 'http://x');
        await staffClose(t.db, advisor.ctx, c.id, 'done');
      }
      await t.db.query(`UPDATE desk_case SET closed_at = now() - interval '400 days' WHERE id = $1`, [old.id]);
      await t.db.query(`UPDATE desk_case SET created_at = now() - interval '400 days' WHERE id = $1`, [open.id]);
      const rep = await createReport(t.db, { procedureId: 'sat-csd', stepNumber: null, message: 'Old report text', contactEmail: 'rep@example.org', locale: 'en', ip: '192.0.2.4' }, { dailyLimit: 10 });
      await t.db.query(`UPDATE error_report SET status = 'resolved', resolved_at = now() - interval '400 days', resolution_note = 'x' WHERE id = $1`, [rep.id]);

      const r = await runRetention(t.db, { days: 365 });
      assert.deepEqual(r, { ran: true, cases: 1, reports: 1 });
      const o = (await findCase(t.db, old.id))!;
      assert.equal(o.email, null);
      assert.equal(o.name, null);
      assert.ok(o.anonymisedAt);
      assert.equal(o.folio, old.folio, 'the folio stays');
      const texts = (await listMessages(t.db, old.id, { includeInternal: true })).map((m) => m.body).join('|');
      assert.doesNotMatch(texts, /X1234567/);
      assert.match(texts, /Answered: see the RFC procedure\./, 'the desk’s answer stays');
      assert.equal((await findCase(t.db, recent.id))!.email, 'old@example.org');
      assert.equal((await findCase(t.db, open.id))!.email, 'old@example.org', 'an open case is never erased');
      const [row] = await t.db.query<{ contact_email: string | null }>('SELECT contact_email FROM error_report WHERE id = $1', [rep.id]);
      assert.equal(row!.contact_email, null);
      assert.deepEqual(await runRetention(t.db, { days: 365 }), { ran: true, cases: 0, reports: 0 });
      const [ev] = await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action = 'case.erased' AND entity_id = $1`, [old.id]);
      assert.equal(Number(ev!.n), 1);
    });

    test('a team with its own period: its closed cases are erased after it, the others after the default', async () => {
      await t.db.query(`INSERT INTO desk_team (id, name_es, name_en, retention_days) VALUES ('short-keep', 'Corta', 'Short', 30) ON CONFLICT DO NOTHING`);
      const mine = (await createCase(t.db, input, opts)).case;
      const other = (await createCase(t.db, input, opts)).case;
      for (const c of [mine, other]) await staffClose(t.db, advisor.ctx, c.id, 'done');
      await t.db.query(`UPDATE desk_case SET team_id = 'short-keep' WHERE id = $1`, [mine.id]);
      await t.db.query(`UPDATE desk_case SET closed_at = now() - interval '40 days', rating_comment = NULL WHERE id = ANY($1::uuid[])`, [[mine.id, other.id]]);
      const r = await runRetention(t.db, { days: 365 });
      assert.equal(r.cases, 1);
      assert.equal((await findCase(t.db, mine.id))!.email, null, 'the team’s 30 days have passed');
      assert.equal((await findCase(t.db, other.id))!.email, 'old@example.org', 'the default 365 days have not');
    });

    if (target.name === 'postgres') {
      test('two processes at once: one runs, the other skips; nothing is erased twice', async () => {
        const ids: string[] = [];
        for (let i = 0; i < 30; i++) {
          const c = (await createCase(t.db, input, opts)).case;
          await staffClose(t.db, advisor.ctx, c.id, 'done');
          ids.push(c.id);
        }
        await t.db.query(`UPDATE desk_case SET closed_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])`, [ids]);
        const other = await openPostgres(t.url!);
        try {
          const [a, b] = await Promise.all([runRetention(t.db, { days: 365 }), runRetention(other, { days: 365 })]);
          assert.equal(a.cases + b.cases, 30);
          const [ev] = await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action = 'case.erased' AND entity_id = ANY($1::text[])`, [ids]);
          assert.equal(Number(ev!.n), 30);
        } finally {
          await other.close();
        }
      });
    }
  });
}
