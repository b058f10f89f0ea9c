/**
 * Scope over HTTP, table-driven, on both databases: a state officer cannot
 * read or change another state's procedures, drafts, state page or reports
 * (404 where its existence is out of sight, 403 where it is readable but not
 * theirs), and can change their own; roles reach only their screens; the API
 * answers 401 without a session and refuses a POST without the CSRF header.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { StaffClient } from '#tests/helpers/staff.ts';
import { person, REASON, type Person } from '#tests/helpers/editorial.ts';
import { createDraft } from './commands/create-draft.ts';
import { createReport } from '../reports/commands/create-report.ts';

type Row = [who: 'cdmx' | 'advisor' | 'editor' | 'anonymous', method: 'GET' | 'POST' | 'API-POST', path: string, expected: number, body?: Record<string, string>];

for (const target of dbTargets()) {
  describe(`state officers and roles are held to their scope (${target.name})`, () => {
    let t: TestApp;
    const clients = new Map<string, StaffClient>();
    let edomexDraft = '';
    let edomexPageDraft = '';
    let federalDraft = '';
    let cdmxReport = '';
    let edomexReport = '';
    let federalReport = '';
    let cdmx: Person;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      cdmx = await person(t.db, 'cdmx@example.org', ['state-officer'], ['09']);
      const edomex = await person(t.db, 'edomex@example.org', ['state-officer'], ['15']);
      await person(t.db, 'advisor@example.org', ['advisor']);
      await person(t.db, 'editor@example.org', ['editor']);
      const view = t.catalogue.current;
      edomexDraft = await createDraft(t.db, edomex.ctx, view, { entityType: 'procedure', entityId: 'edomex-coi', doc: structuredClone(view.procedure('edomex-coi')!), reason: REASON });
      edomexPageDraft = await createDraft(t.db, edomex.ctx, view, { entityType: 'state', entityId: '15', doc: structuredClone(view.states.get('15')!), reason: REASON });
      const federalEditor = await person(t.db, 'federal-editor@example.org', ['editor']);
      federalDraft = await createDraft(t.db, federalEditor.ctx, view, { entityType: 'procedure', entityId: 'sat-csd', doc: structuredClone(view.procedure('sat-csd')!), reason: REASON });
      const base = { stepNumber: null, message: 'Something is out of date.', contactEmail: null, locale: 'es' as const, ip: '192.0.2.9' };
      cdmxReport = (await createReport(t.db, { ...base, procedureId: 'cdmx-laudf' }, { dailyLimit: 100 })).id;
      edomexReport = (await createReport(t.db, { ...base, procedureId: 'edomex-coi' }, { dailyLimit: 100 })).id;
      federalReport = (await createReport(t.db, { ...base, procedureId: 'sat-csd' }, { dailyLimit: 100 })).id;
      for (const who of ['cdmx', 'advisor', 'editor']) {
        const c = new StaffClient(t.app);
        await c.login(`${who}@example.org`);
        clients.set(who, c);
      }
      clients.set('anonymous', new StaffClient(t.app));
    });
    after(() => t?.close());

    test('the scope table: every route × person gives the expected status', async () => {
      const rows: Row[] = [
        // Another state's procedure, draft and reports: out of sight.
        ['cdmx', 'GET', '/staff/procedures/edomex-coi/edit', 404],
        ['cdmx', 'POST', '/staff/procedures/edomex-coi/edit', 404, { 'title.es': 'x' }],
        ['cdmx', 'GET', '/staff/procedures/edomex-coi/edit/json', 404],
        ['cdmx', 'POST', '/staff/procedures/edomex-coi/edit/json', 404, { doc: '{}' }],
        ['cdmx', 'GET', `/staff/drafts/${edomexDraft}`, 404],
        ['cdmx', 'POST', `/staff/drafts/${edomexDraft}/withdraw`, 404],
        ['cdmx', 'POST', `/staff/drafts/${edomexDraft}/submit`, 404],
        ['cdmx', 'GET', `/staff/reports/${edomexReport}`, 404],
        ['cdmx', 'POST', `/staff/reports/${edomexReport}/resolve`, 404, { note: 'x' }],
        ['cdmx', 'GET', `/api/v1/staff/drafts/${edomexDraft}`, 404],
        ['cdmx', 'API-POST', '/api/v1/staff/procedures/edomex-coi/drafts', 404, { doc: '{}' }],
        ['cdmx', 'API-POST', `/api/v1/staff/drafts/${edomexDraft}/withdraw`, 404],
        ['cdmx', 'GET', `/api/v1/staff/reports/${edomexReport}`, 404],
        ['cdmx', 'API-POST', `/api/v1/staff/reports/${edomexReport}/resolve`, 404, { note: 'x' }],
        // By id as in lists (issue 9, finding 7): a federal report carries the reporter's e-mail and is
        // not a state officer's; another state's page draft and a federal draft are not public.
        ['cdmx', 'GET', `/staff/reports/${federalReport}`, 404],
        ['cdmx', 'GET', `/api/v1/staff/reports/${federalReport}`, 404],
        ['cdmx', 'POST', `/staff/reports/${federalReport}/resolve`, 404, { note: 'x' }],
        ['cdmx', 'GET', `/staff/drafts/${edomexPageDraft}`, 404],
        ['cdmx', 'GET', `/api/v1/staff/drafts/${edomexPageDraft}`, 404],
        ['cdmx', 'GET', `/staff/drafts/${federalDraft}`, 404],
        ['cdmx', 'GET', `/api/v1/staff/drafts/${federalDraft}`, 404],
        ['advisor', 'GET', `/api/v1/staff/drafts/${federalDraft}`, 404],
        ['editor', 'GET', `/api/v1/staff/drafts/${federalDraft}`, 200],
        // Readable but not theirs to change: federal content, another state's page.
        ['cdmx', 'GET', '/staff/procedures/sat-csd/edit', 403],
        ['cdmx', 'GET', '/staff/states/15/edit', 403],
        ['cdmx', 'POST', '/staff/states/15/edit', 403, { doc: '{}' }],
        ['cdmx', 'POST', `/staff/drafts/${edomexDraft}/approve`, 403, { revision: '1' }],
        ['cdmx', 'GET', '/staff/reviews', 403],
        // Reference content (authorities, offices, laws) is federal editors': readable, not a state officer's to change.
        ['cdmx', 'GET', '/staff/reference', 200],
        ['cdmx', 'GET', '/staff/reference/authority/sat/edit', 403],
        ['cdmx', 'POST', '/staff/reference/office/sat-adsc/edit', 403, { doc: '{}' }],
        ['cdmx', 'GET', '/staff/reference/law/lie/edit', 403],
        ['advisor', 'GET', '/staff/reference/office/sat-adsc/edit', 403],
        ['editor', 'GET', '/staff/reference/office/sat-adsc/edit', 200],
        ['anonymous', 'GET', '/staff/reference/law/lie/edit', 303],
        // Their own.
        ['cdmx', 'GET', '/staff/procedures/cdmx-laudf/edit', 200],
        ['cdmx', 'GET', '/staff/procedures/cdmx-laudf/edit/json', 200],
        ['cdmx', 'GET', '/staff/states/09/edit', 200],
        ['cdmx', 'GET', `/staff/reports/${cdmxReport}`, 200],
        ['cdmx', 'POST', `/staff/reports/${cdmxReport}/resolve`, 303, { note: 'Corrected.' }],
        // Roles: an advisor reads the catalogue but edits nothing and has no report queue; an editor does not review.
        ['advisor', 'GET', '/staff/procedures', 200],
        ['advisor', 'GET', '/staff/procedures/sat-csd/edit', 403],
        ['advisor', 'GET', '/staff/reports', 403],
        ['advisor', 'GET', '/api/v1/staff/reports', 403],
        ['editor', 'GET', '/staff/reviews', 403],
        ['editor', 'GET', '/api/v1/staff/drafts', 403],
        ['editor', 'GET', `/staff/drafts/${edomexDraft}`, 200],
        ['editor', 'POST', `/staff/procedures/edomex-coi/edit`, 409, { 'title.es': 'x' }],
        // No session: the API says 401, pages send to sign-in.
        ['anonymous', 'GET', '/api/v1/staff/procedures', 401],
        ['anonymous', 'GET', `/api/v1/staff/drafts/${edomexDraft}`, 401],
        ['anonymous', 'GET', '/staff/procedures', 303],
      ];
      const failures: string[] = [];
      for (const [who, method, path, expected, body] of rows) {
        const c = clients.get(who)!;
        if (method === 'GET') {
          const r = await c.get(path);
          if (r.status !== expected) failures.push(`${who} GET ${path}: ${r.status} ≠ ${expected}`);
          continue;
        }
        if (method === 'API-POST') c.csrf = (await c.get('/api/v1/staff/me')).json().csrfToken;
        else await c.get('/staff');
        const r = method === 'API-POST' ? await c.postJson(path, body ?? {}) : await c.post(path, body ?? {});
        if (r.status !== expected) failures.push(`${who} ${method} ${path}: ${r.status} ≠ ${expected} ${r.body.slice(0, 200)}`);
      }
      assert.deepEqual(failures, []);
    });

    test('lists show only what is in scope', async () => {
      const c = clients.get('cdmx')!;
      const list = await c.get('/staff/procedures?level=state');
      assert.match(list.body, /cdmx-laudf/);
      assert.doesNotMatch(list.body, /edomex-coi/);
      const api = (await c.get('/api/v1/staff/procedures?q=coi')).json();
      assert.equal(api.total, 0, 'not even by searching');
      const all = (await clients.get('editor')!.get('/api/v1/staff/procedures?q=coi')).json();
      assert.deepEqual(all.items.map((p: { id: string }) => p.id), ['edomex-coi']);
      const reports = await c.get('/staff/reports');
      assert.doesNotMatch(reports.body, new RegExp(edomexReport));
      const mine = (await c.get('/api/v1/staff/reports')).json();
      assert.deepEqual(mine.items.map((r: { procedureId: string }) => r.procedureId), ['cdmx-laudf']);
      const states = await c.get('/staff/states');
      assert.match(states.body, /href="\/staff\/states\/09\/edit"/);
      assert.doesNotMatch(states.body, /href="\/staff\/states\/15\/edit"/);
    });

    test('the staff API refuses a mutation without the CSRF header', async () => {
      const c = clients.get('editor')!;
      c.csrf = 'not-a-token';
      const r = await c.postJson(`/api/v1/staff/drafts/${edomexDraft}/withdraw`, {});
      assert.equal(r.status, 403);
      assert.equal(r.json().error.code, 'csrf_invalid');
      assert.equal(cdmx.id.length, 36);
    });
  });
}
