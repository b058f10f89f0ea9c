/**
 * Issue 9, findings 3 and 4: a NUL byte (or another control character) and an impossible date are
 * refused with 400 naming the field, at every entry point the probe found giving 500, in the
 * visitor's language on HTML forms, and nothing is written.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { person, REASON } from '#tests/helpers/editorial.ts';
import { createDraft } from '#src/editorial/commands/create-draft.ts';
import { createReport } from '#src/reports/commands/create-report.ts';
import { findControlCharacter } from './text-guard.ts';
import { isCalendarDate } from './calendar-date.ts';

const NUL = '\u0000';

test('findControlCharacter names the first field at any depth, keys included; tab and newlines pass', () => {
  assert.equal(findControlCharacter({ a: 'ok', b: { c: ['x', `y${NUL}`] } }, ''), 'b.c.1');
  assert.equal(findControlCharacter({ [`k${NUL}`]: 'v' }, ''), '(field name)');
  assert.equal(findControlCharacter({ note: 'line 1\r\nline 2\tend' }, ''), null);
  assert.equal(findControlCharacter({ x: '\u001b[31m' }, ''), 'x');
});

test('isCalendarDate accepts only dates that exist', () => {
  for (const ok of ['2026-02-28', '2024-02-29', '1917-02-05', '2026-12-31']) assert.ok(isCalendarDate(ok), ok);
  for (const bad of ['2026-02-31', '2025-02-29', '0000-01-01', '2026-13-01', '2026-00-10', '2026-1-1', '20260101', '2026-02-28T00:00']) assert.ok(!isCalendarDate(bad), bad);
});

for (const target of dbTargets()) {
  describe(`control characters and impossible dates are refused (${target.name})`, () => {
    let t: TestApp;
    let c: StaffClient;
    let draftId = '';
    let reportId = '';
    const count = async (table: string) => Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '10000', REPORT_RATE_LIMIT_PER_MINUTE: '10000' } });
      const a = await seedAccount(t.db, { email: 'nul-admin@example.org', roles: ['admin', 'editor', 'reviewer'] });
      const other = await person(t.db, 'nul-other@example.org', ['editor']);
      draftId = await createDraft(t.db, other.ctx, t.catalogue.current, { entityType: 'procedure', entityId: 'sat-csd', doc: structuredClone(t.catalogue.current.procedure('sat-csd')!), reason: REASON });
      reportId = (await createReport(t.db, { procedureId: 'sat-csd', stepNumber: null, message: 'The fee shown is out of date.', contactEmail: 'r@example.org', locale: 'en', ip: '127.0.0.1' }, { dailyLimit: 100 })).id;
      c = new StaffClient(t.app);
      assert.equal((await c.login(a.email, undefined, a.totpSecret!)).location, '/staff');
      await c.get('/staff');
      // The session really is signed in: the same requests without the character succeed.
      for (const ok of ['/staff/audit?actor=ab', '/api/v1/staff/audit?entityId=x', '/staff/users?q=a', '/staff/procedures/sat-csd/edit']) assert.equal((await c.get(ok)).status, 200, ok);
    });
    after(() => t?.close());

    test('the anonymous report form comes back with the field named in the visitor’s language, and no report is stored', async () => {
      for (const [path, label] of [['/es/tramites/sat-csd/reportar', '«¿Qué está mal?» contiene un carácter de control'], ['/en/procedures/sat-csd/report', '“What is wrong?” contains a control character']] as const) {
        const form = await t.app.inject({ method: 'GET', url: path });
        const cookie = String([form.headers['set-cookie']].flat()[0]).split(';')[0]!;
        const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
        const before = await count('error_report');
        const r = await t.app.inject({
          method: 'POST',
          url: path,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: token, message: `The fee is wrong${NUL} here, please check`, email: '' }).toString(),
        });
        assert.equal(r.statusCode, 400, path);
        assert.ok(r.body.includes(label), `${path}: ${r.body.slice(0, 200)}`);
        assert.ok(r.body.includes('The fee is wrong here, please check'), 'what was typed comes back, without the character');
        assert.equal(await count('error_report'), before);
      }
    });

    test('staff pages and the staff API: 400 naming the field, nothing changed', async () => {
      const draftBefore = JSON.stringify(await t.db.query('SELECT * FROM editorial_draft WHERE id = $1', [draftId]));
      const invitations = await count('staff_invitation');
      const cases: { label: string; send: () => Promise<{ status: number; body: string }>; field: string }[] = [
        { label: 'audit filter (page)', send: () => c.get(`/staff/audit?actor=a${encodeURIComponent(NUL)}b`), field: 'actor' },
        { label: 'audit filter (API)', send: () => c.get(`/api/v1/staff/audit?entityId=${encodeURIComponent(NUL)}`), field: 'entityId' },
        { label: 'user search', send: () => c.get(`/staff/users?q=${encodeURIComponent(NUL)}`), field: 'q' },
        { label: 'procedure id in the path', send: () => c.get('/staff/procedures/%00/edit'), field: 'id' },
        { label: 'draft field (API)', send: () => c.postJson(`/api/v1/staff/drafts/${draftId}`, { doc: { title: { es: `x${NUL}`, en: 'x' } }, reason: REASON }), field: 'doc.title.es' },
        { label: 'resolve note (API)', send: () => c.postJson(`/api/v1/staff/reports/${reportId}/resolve`, { note: `done${NUL}` }), field: 'note' },
        { label: 'resolve note (page)', send: () => c.post(`/staff/reports/${reportId}/resolve`, { note: `done${NUL}` }), field: 'note' },
        { label: 'invitation name', send: () => c.post('/staff/users/invite', { email: 'new@example.org', displayName: `New${NUL}Person`, locale: 'en', roles: 'editor' }), field: 'displayName' },
      ];
      for (const k of cases) {
        const r = await k.send();
        assert.equal(r.status, 400, `${k.label}: ${r.body.slice(0, 200)}`);
        if (r.body.startsWith('{')) assert.equal(JSON.parse(r.body).error.parameter, k.field, k.label);
      }
      assert.equal(JSON.stringify(await t.db.query('SELECT * FROM editorial_draft WHERE id = $1', [draftId])), draftBefore, 'the draft is unchanged');
      const [report] = await t.db.query<{ status: string }>('SELECT status FROM error_report WHERE id = $1', [reportId]);
      assert.equal(report!.status, 'open', 'the report is still open');
      assert.equal(await count('staff_invitation'), invitations, 'no invitation');
    });

    test('public pages and the open API: 400 naming the field', async () => {
      for (const [url, field] of [['/es/tramites?sector=%00', 'sector'], ['/api/v1/search?q=a%00', 'q'], ['/api/v1/procedures/%00', 'id'], ['/en/search?q=%01', 'q']] as const) {
        const r = await t.app.inject({ method: 'GET', url });
        assert.equal(r.statusCode, 400, url);
        if (url.startsWith('/api/')) assert.equal(r.json().error.parameter, field);
      }
    });

    test('impossible dates in the audit filters: 400 naming the field, never 500', async () => {
      for (const q of ['from=2026-02-31', 'from=0000-01-01', 'to=2025-02-29', 'from=2026-13-01']) {
        const api = await c.get(`/api/v1/staff/audit?${q}`);
        assert.equal(api.status, 400, q);
        assert.equal(api.json().error.parameter, q.split('=')[0], q);
        assert.equal((await c.get(`/staff/audit?${q}`)).status, 400, q);
      }
      assert.equal((await c.get('/api/v1/staff/audit?from=2024-02-29&to=2026-02-28')).status, 200);
    });
  });
}
