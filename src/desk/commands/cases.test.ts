/** Desk cases through the commands on both databases: folios, idempotency, routing, scope, erasure. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { person, type Person } from '#tests/helpers/editorial.ts';
import { HttpError } from '../../http/errors.ts';
import { CaseInput } from '../schema.ts';
import { findCase, listMessages } from '../queries.ts';
import { createCase, DeskLimitError, type IntakeOptions } from './create-case.ts';
import { assignCase, CaseClosedError, investorClose, investorErase, investorReply, staffClose, staffNote, staffReply } from './conversation.ts';
import { tokenFor, tokenMatches, hashToken } from '../token.ts';

const URL_BASE = 'http://ventanilla.test';
const input = (over: Record<string, unknown> = {}) =>
  CaseInput.parse({ kind: 'question', name: 'Ana Investor', email: 'ana@example.org', message: 'How long does the company-name authorisation take?', locale: 'en', ...over });
let n = 0;
const opts = (over: Partial<IntakeOptions> = {}): IntakeOptions => ({ channel: 'web', ip: `198.51.100.${++n % 250}`, idempotencyKey: null, publicUrl: URL_BASE, dailyLimit: 50, firstResponseHours: 8, capacity: 50, ...over });
const status = (code: number) => (e: unknown) => e instanceof HttpError && e.statusCode === code;

for (const target of dbTargets()) {
  describe(`desk cases (${target.name})`, () => {
    let t: TestApp;
    let advisor: Person;
    let jalisco: Person;
    let nl: Person;
    before(async () => {
      t = await buildTestApp(target);
      advisor = await person(t.db, 'advisor@example.org', ['advisor']);
      jalisco = await person(t.db, 'jal@example.org', ['state-officer'], ['14']);
      nl = await person(t.db, 'nl@example.org', ['state-officer'], ['19']);
    });
    after(() => t?.close());

    test('a case gets a sequential folio of its year, its first message, a queued mail and an audit event without personal data', async () => {
      const a = await createCase(t.db, input(), opts());
      const b = await createCase(t.db, input(), opts());
      assert.match(a.case.folio, /^VU-\d{4}-\d{6}$/);
      const seq = (f: string) => Number(f.slice(8));
      assert.equal(seq(b.case.folio), seq(a.case.folio) + 1);
      assert.equal(a.case.assigneeId, advisor.id, 'a case about no state goes to an advisor');
      assert.equal(a.case.status, 'assigned');
      const msgs = await listMessages(t.db, a.case.id, { includeInternal: true });
      assert.deepEqual(msgs.map((m) => m.authorKind), ['investor']);
      const [mail] = await t.db.query<{ subject: string; body_text: string; to_address: string }>(`SELECT * FROM mail_outbox WHERE subject LIKE $1`, [`%${a.case.folio}%`]);
      assert.ok(mail, 'confirmation mail queued in the same transaction');
      assert.ok(JSON.stringify(mail).includes(`/en/track/${a.case.folio}?token=`));
      const [ev] = await t.db.query<{ action: string; after: unknown }>('SELECT action, after FROM audit_event WHERE entity_id = $1', [a.case.id]);
      assert.equal(ev!.action, 'case.created');
      assert.doesNotMatch(JSON.stringify(ev), /ana@example|Ana Investor|company-name/);
      assert.ok(tokenMatches(a.token, hashToken(await tokenFor(t.db, a.case.id))));
      assert.ok(!tokenMatches(`${a.token}x`, hashToken(a.token)));
    });

    test('the same idempotency key yields the same case, even when sent concurrently', async () => {
      const key = `key-${target.name}-concurrent`;
      const results = await Promise.all(Array.from({ length: 8 }, () => createCase(t.db, input(), opts({ idempotencyKey: key, ip: '203.0.113.9' }))));
      assert.equal(new Set(results.map((r) => r.case.id)).size, 1);
      assert.equal(new Set(results.map((r) => r.token)).size, 1, 'the same tracking token is shown again');
      assert.equal(results.filter((r) => !r.replayed).length, 1);
      const rows = await t.db.query('SELECT 1 FROM desk_case WHERE idempotency_key = $1', [key]);
      assert.equal(rows.length, 1);
    });

    test('concurrent submissions get distinct consecutive folios', async () => {
      const cases = await Promise.all(Array.from({ length: 12 }, () => createCase(t.db, input(), opts())));
      const seqs = cases.map((c) => Number(c.case.folio.slice(8))).sort((a, b) => a - b);
      assert.equal(new Set(seqs).size, 12);
      assert.equal(seqs.at(-1)! - seqs[0]!, 11);
    });

    test('a case about a state goes to that state’s officer; the daily cap per address refuses without a write', async () => {
      const c = await createCase(t.db, input({ kind: 'meeting', state: '14' }), opts());
      assert.equal(c.case.assigneeId, jalisco.id);
      const ip = '192.0.2.77';
      await createCase(t.db, input(), opts({ ip, dailyLimit: 2 }));
      await createCase(t.db, input(), opts({ ip, dailyLimit: 2 }));
      const before = (await t.db.query('SELECT 1 FROM desk_case')).length;
      await assert.rejects(createCase(t.db, input(), opts({ ip, dailyLimit: 2 })), DeskLimitError);
      assert.equal((await t.db.query('SELECT 1 FROM desk_case')).length, before);
    });

    test('conversation: officer of another state sees nothing (404); reply stops the clock and mails; notes stay internal; close', async () => {
      const c = (await createCase(t.db, input({ kind: 'orientation', state: '14', size: 'small' }), opts())).case;
      await assert.rejects(staffReply(t.db, nl.ctx, c.id, 'Hello', URL_BASE), status(404));
      await assert.rejects(assignCase(t.db, jalisco.ctx, c.id, jalisco.id), status(403), 'only advisors transfer');
      await staffNote(t.db, jalisco.ctx, c.id, 'Investor met us in 2025.');
      await staffReply(t.db, jalisco.ctx, c.id, 'Start with the company name: see the procedure.', URL_BASE);
      let now = (await findCase(t.db, c.id))!;
      assert.equal(now.status, 'waiting');
      assert.ok(now.firstResponseAt);
      const visible = await listMessages(t.db, c.id, { includeInternal: false });
      assert.ok(!visible.some((m) => m.internal || m.body.includes('met us')), 'internal note never public');
      const mails = await t.db.query<{ subject: string }>(`SELECT subject FROM mail_outbox WHERE subject = $1`, [`Answer to your request ${c.folio}`]);
      assert.equal(mails.length, 1);
      await investorReply(t.db, c.id, 'Thanks, and the RFC?', null);
      assert.equal((await findCase(t.db, c.id))!.status, 'assigned');
      await assignCase(t.db, advisor.ctx, c.id, advisor.id);
      await assert.rejects(assignCase(t.db, advisor.ctx, c.id, nl.id), status(400), 'an officer of another state cannot take it');
      await staffClose(t.db, advisor.ctx, c.id, 'Answered');
      now = (await findCase(t.db, c.id))!;
      assert.equal(now.status, 'closed');
      await assert.rejects(investorReply(t.db, c.id, 'More?', null), CaseClosedError);
      await investorClose(t.db, c.id, null); // twice: no change, no error
      const actions = (await t.db.query<{ action: string }>('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id', [c.id])).map((r) => r.action);
      for (const a of ['case.created', 'case.noted', 'case.replied', 'case.investor-replied', 'case.assigned', 'case.closed']) assert.ok(actions.includes(a), a);
    });

    test('erasure on request removes name, e-mail and the investor’s texts, keeps the folio and the desk’s answers', async () => {
      const c = (await createCase(t.db, input({ message: 'My phone is 555 000 1111, call me.' }), opts())).case;
      await staffReply(t.db, advisor.ctx, c.id, 'We will write here.', URL_BASE);
      await investorErase(t.db, c.id, null);
      const after = (await findCase(t.db, c.id))!;
      assert.equal(after.name, null);
      assert.equal(after.email, null);
      assert.ok(after.anonymisedAt);
      const texts = (await listMessages(t.db, c.id, { includeInternal: true })).map((m) => m.body).join('|');
      assert.doesNotMatch(texts, /555 000/);
      assert.match(texts, /We will write here/);
    });
  });
}
