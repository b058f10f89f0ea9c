/**
 * "Was this page useful?" over HTTP on both databases: the question on the cached pages (no token,
 * no cookie), the feedback page with its cookie-bound token, answers stored without personal data
 * and normalised, bad input refused with 400 naming the field in the page's language and nothing
 * stored, CSRF refused, the honeypot, the per-minute and per-day limits, the JSON path the in-page
 * script uses, and the back office's view for editors only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { Visitor } from '#tests/helpers/visitor.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { encodeRoadmapId } from '#src/roadmap/roadmap-id.ts';
import { Profile } from '#src/roadmap/profile.ts';
import { countsBySection } from './queries.ts';

const PROC = '/es/tramites/licencia-ambiental-unica';
const PLAN_ID = encodeRoadmapId(Profile.parse({ scian: '336390', state: '19', foreignPct: 100 }));

for (const target of dbTargets()) {
  describe(`page feedback (${target.name})`, () => {
    let t: TestApp;
    let n = 0;
    const visitor = () => new Visitor(t, `198.51.100.${++n}`);
    const rows = async () => t.db.query<{ path: string; section: string; locale: string; useful: boolean; comment: string | null; day: unknown }>('SELECT path, section, locale, useful, comment, day FROM page_feedback ORDER BY id');
    const count = async () => (await rows()).length;
    /** A visitor who opened the feedback page for a page (as the no-script button does). */
    const opened = async (page: string, locale: 'es' | 'en' = 'es') => {
      const v = visitor();
      const r = await v.get(`/${locale}/${locale === 'es' ? 'opinion' : 'feedback'}?page=${encodeURIComponent(page)}&useful=no`);
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      return v;
    };
    before(async () => {
      t = await buildTestApp(target, { env: { FEEDBACK_RATE_LIMIT_PER_MINUTE: '4', FEEDBACK_DAILY_LIMIT_PER_ADDRESS: '3' } });
    });
    after(() => t?.close());

    test('every kind of content page asks the question, in its language, without a token or a cookie', async () => {
      const pages = [
        ['/es/', 'es'], ['/en/', 'en'], [PROC, 'es'], ['/en/procedures/licencia-ambiental-unica', 'en'], ['/es/sectores', 'es'],
        ['/en/states/nuevo-leon', 'en'], ['/es/glosario', 'es'], ['/en/search?q=tax+id', 'en'], [`/es/plan-de-inversion/${PLAN_ID}`, 'es'],
        ['/en/roadmap', 'en'], ['/es/acerca', 'es'], ['/en/changes', 'en'], ['/es/puedo-invertir', 'es'],
      ] as const;
      for (const [url, locale] of pages) {
        const r = await t.app.inject({ url });
        assert.equal(r.statusCode, 200, url);
        assert.match(r.body, locale === 'es' ? /¿Le fue útil esta página\?/ : /Was this page useful\?/, url);
        assert.ok(r.body.includes(`action="/${locale}/${locale === 'es' ? 'opinion' : 'feedback'}"`), url);
        assert.ok(r.body.includes(`name="page" value="${url.split('?')[0]}"`), url);
        assert.doesNotMatch(r.body, /_csrf/, url);
        assert.equal(r.headers['set-cookie'], undefined, url);
      }
      // The error-report form is a form, not content: no question there.
      assert.doesNotMatch((await t.app.inject({ url: `${PROC}/reportar` })).body, /¿Le fue útil esta página\?/);
    });

    test('the feedback page is uncached, sets an HttpOnly SameSite cookie, keeps the answer chosen, and refuses a page not ours', async () => {
      const v = visitor();
      const r = await v.get(`/en/feedback?page=${encodeURIComponent('/en/glossary')}&useful=no`);
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['cache-control'], 'no-store');
      assert.match(String(r.headers['set-cookie']), /vt_feedback_csrf=.*HttpOnly.*SameSite=Lax/i);
      assert.match(r.body, /value="no" checked/);
      assert.match(r.body, /<meta name="robots" content="noindex">/);
      assert.doesNotMatch(r.body, /data-module="feedback"/, 'the feedback page does not ask about itself');
      for (const [url, text] of [['/es/opinion?page=/es/tramites/no-existe&useful=si', '«Página» no es una página de este sitio.'], ['/en/feedback?page=https://evil.example/&useful=yes', '“Page” is not a page of this site.']] as const) {
        const bad = await v.get(url);
        assert.equal(bad.statusCode, 400, url);
        assert.ok(bad.body.includes(text), url);
        assert.doesNotMatch(bad.body, /method="post"/);
      }
    });

    test('answers are stored normalised, without the address or the time; a comment is kept after "no" only', async () => {
      const before = await count();
      const plan = await opened(`/es/plan-de-inversion/${PLAN_ID}`);
      const r = await plan.post('/es/opinion', { page: `/es/plan-de-inversion/${PLAN_ID}?x=1`, useful: 'no', comment: '  Faltó el costo en dólares.  ' });
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, `/es/opinion/gracias?page=${encodeURIComponent(`/es/plan-de-inversion/${PLAN_ID}?x=1`)}`);
      const thanks = await plan.get(r.headers.location as string);
      assert.match(thanks.body, /Gracias por su respuesta/);
      assert.ok(thanks.body.includes(`href="/es/plan-de-inversion/${PLAN_ID}?x=1"`), 'the link back is the page the visitor came from');
      const en = await opened('/en/search?q=rfc', 'en');
      assert.equal((await en.post('/en/feedback', { page: '/en/search?q=rfc', useful: 'yes', comment: 'kept? no' })).statusCode, 303);
      const home = await opened('/es');
      assert.equal((await home.post('/es/opinion', { page: '/es', useful: 'yes' })).statusCode, 303);
      const got = (await rows()).slice(before);
      assert.deepEqual(got.map(({ day: _d, ...r }) => r), [
        { path: '/es/plan-de-inversion/_', section: 'roadmap', locale: 'es', useful: false, comment: 'Faltó el costo en dólares.' },
        { path: '/en/search', section: 'search', locale: 'en', useful: true, comment: null },
        { path: '/es/', section: 'home', locale: 'es', useful: true, comment: null },
      ]);
      assert.equal(new Date(got[0]!.day as string).toISOString().slice(0, 10), new Date().toISOString().slice(0, 10));
      const columns = (await t.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'page_feedback' ORDER BY column_name`)).map((c) => c.column_name);
      assert.deepEqual(columns, ['comment', 'day', 'id', 'locale', 'path', 'section', 'useful'], 'no address, no time of day');
    });

    test('bad input: 400 naming the field in the page’s language, the form kept, nothing stored', async () => {
      const before = await count();
      const es = await opened(PROC);
      const long = await es.post('/es/opinion', { page: PROC, useful: 'no', comment: 'x'.repeat(1001) });
      assert.equal(long.statusCode, 400);
      assert.ok(long.body.includes('«¿Qué faltó o qué está mal?» debe tener como máximo 1000 caracteres.'));
      assert.match(long.body, /aria-invalid="true"/);
      const ctl = await es.post('/es/opinion', { page: PROC, useful: 'no', comment: 'mal\u0000dato' });
      assert.equal(ctl.statusCode, 400);
      assert.ok(ctl.body.includes('«¿Qué faltó o qué está mal? (opcional)» contiene un carácter de control'), ctl.body.slice(0, 200));
      assert.ok(ctl.body.includes('>maldato</textarea>'), 'what was typed comes back, the character removed');
      const en = await opened('/en/glossary', 'en');
      const noAnswer = await en.post('/en/feedback', { page: '/en/glossary', useful: 'maybe' });
      assert.equal(noAnswer.statusCode, 400);
      assert.ok(noAnswer.body.includes('Choose “Yes” or “No” under “Your answer”.'));
      const unknown = await en.post('/en/feedback', { page: '/en/procedures/not-a-procedure', useful: 'yes' });
      assert.equal(unknown.statusCode, 400);
      assert.ok(unknown.body.includes('“Page” is not a page of this site.'));
      const json = await en.post('/en/feedback', { page: '/en/glossary', useful: 'no', comment: 'bad\u0007bell' }, { json: true });
      assert.equal(json.statusCode, 400);
      assert.deepEqual(json.json(), { error: { code: 'invalid_parameter', message: '“What was missing or wrong? (optional)” contains a control character (such as U+0000) that is not allowed. Delete it and send again.', parameter: 'comment' } });
      assert.equal(await count(), before);
    });

    test('CSRF: no token, a token without its cookie, or a cookie without a token is refused and nothing stored', async () => {
      const before = await count();
      const fresh = visitor();
      const none = await fresh.post('/es/opinion', { page: PROC, useful: 'yes' });
      assert.equal(none.statusCode, 403);
      assert.match(none.body, /Por seguridad, el formulario ya no es válido/);
      assert.match(none.body, /value="yes" checked/, 'the answer comes back with a fresh token');
      const v = await opened('/en/glossary', 'en');
      assert.equal((await v.post('/en/feedback', { page: '/en/glossary', useful: 'yes' }, { cookies: false })).statusCode, 403);
      assert.equal((await v.post('/en/feedback', { page: '/en/glossary', useful: 'yes' }, { token: '' })).statusCode, 403);
      const json = await v.post('/en/feedback', { page: '/en/glossary', useful: 'yes' }, { token: 'forged', json: true });
      assert.equal(json.statusCode, 403);
      assert.equal(json.json().error.code, 'csrf_invalid');
      assert.equal(await count(), before);
    });

    test('the honeypot: a bot is thanked and nothing is stored', async () => {
      const before = await count();
      const v = await opened(PROC);
      const r = await v.post('/es/opinion', { page: PROC, useful: 'yes', website: 'http://spam.example' });
      assert.equal(r.statusCode, 303);
      assert.equal(await count(), before);
    });

    test('the in-page path: a token as JSON, then the answer as JSON (201)', async () => {
      const before = await count();
      const v = visitor();
      const tok = await v.get('/en/feedback/token', { accept: 'application/json' });
      assert.equal(tok.statusCode, 200);
      assert.equal(tok.headers['cache-control'], 'no-store');
      const { token } = tok.json() as { token: string };
      const r = await v.post('/en/feedback', { page: '/en/states/nuevo-leon', useful: 'no', comment: 'The desk’s phone is missing.' }, { token, json: true });
      assert.equal(r.statusCode, 201);
      assert.deepEqual(r.json(), { stored: true });
      assert.equal((await rows()).slice(before).map((x) => x.path).join(), '/en/states/nuevo-leon');
    });

    test('limits: the daily allowance per address (in the database), then the per-minute limit; another address is not affected', async () => {
      const v = await opened(PROC);
      const before = await count();
      for (let i = 0; i < 3; i++) assert.equal((await v.post('/es/opinion', { page: PROC, useful: 'yes' })).statusCode, 303);
      const daily = await v.post('/es/opinion', { page: PROC, useful: 'yes' });
      assert.equal(daily.statusCode, 429);
      assert.match(daily.body, /Demasiadas respuestas/);
      assert.equal(await count(), before + 3);
      const minute = await v.post('/es/opinion', { page: PROC, useful: 'yes' }, { json: true });
      assert.equal(minute.statusCode, 429);
      assert.equal(minute.json().error.code, 'rate_limited');
      const other = await opened(PROC);
      assert.equal((await other.post('/es/opinion', { page: PROC, useful: 'no' })).statusCode, 303);
      assert.equal(await count(), before + 4);
    });

    test('the back office: editors see counts by page and the comments, newest first and escaped; an advisor is refused', async () => {
      const v = await opened('/en/glossary', 'en');
      await v.post('/en/feedback', { page: '/en/glossary', useful: 'no', comment: '<script>alert(1)</script> missing RFC' });
      const editor = await seedAccount(t.db, { email: 'fb-editor@example.org', roles: ['editor'] });
      const c = new StaffClient(t.app);
      await c.login(editor.email);
      const r = await c.get('/staff/feedback');
      assert.equal(r.status, 200);
      assert.equal(r.headers['cache-control'], 'no-store');
      assert.ok(r.body.includes('&lt;script&gt;alert(1)&lt;/script&gt; missing RFC'));
      assert.doesNotMatch(r.body, /<script>alert/);
      const first = r.body.indexOf('missing RFC');
      const older = r.body.indexOf('Faltó el costo en dólares.');
      assert.ok(first > 0 && older > first, 'newest comment first');
      assert.match(r.body, /<th scope="row">\/es\/tramites\/licencia-ambiental-unica<\/th><td>procedures<\/td><td class="num">\d+<\/td>/);
      assert.match(r.body, /href="\/staff\/feedback" aria-current="page"/);

      const advisor = await seedAccount(t.db, { email: 'fb-advisor@example.org', roles: ['advisor'] });
      const a = new StaffClient(t.app);
      await a.login(advisor.email);
      const refused = await a.get('/staff/feedback');
      assert.equal(refused.status, 403);
      assert.doesNotMatch(refused.body, /missing RFC/);
      assert.doesNotMatch((await a.get('/staff')).body, /href="\/staff\/feedback"/);
      const anonymous = await new StaffClient(t.app).get('/staff/feedback');
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.location!, /^\/staff\/login/);
    });

    test('any page value, however malformed: never a 5xx, and nothing stored unless it is one of our pages', async () => {
      const before = await count();
      let i = 0;
      const nasty = fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('/es/%', '/es/tramites/%E0%A4%A', '/en/procedures/..%2F..%2Fetc', '/es//x', '//evil.example', '/es/\\evil', '/xx/', '/es/tramites/a/b',
          '/en/roadmap/not-a-plan', `/es/plan-de-inversion/${PLAN_ID.slice(0, 20)}`, '/es/🙂', `/es/${'a'.repeat(800)}`, '/es/tramites/__proto__', '/en/states/constructor'),
      );
      await fc.assert(
        fc.asyncProperty(nasty, fc.constantFrom('GET', 'POST'), async (page, method) => {
          // A visitor (address) of its own each time: the per-minute limit is not what is tested here.
          const v = new Visitor(t, `10.9.${Math.floor(++i / 250)}.${i % 250}`);
          await v.get('/es/opinion?page=/es/&useful=no');
          const r = method === 'GET'
            ? await v.get(`/es/opinion?page=${encodeURIComponent(page)}&useful=no`)
            : await v.post('/es/opinion', { page, useful: 'no' }, { json: true });
          assert.ok(r.statusCode < 500, `${method} ${JSON.stringify(page)} → ${r.statusCode}`);
          assert.ok(method === 'GET' ? [200, 400].includes(r.statusCode) : r.statusCode === 400, `${method} ${JSON.stringify(page)} → ${r.statusCode}`);
        }),
        { numRuns: 150 },
      );
      assert.equal(await count(), before, 'none of them is one of our pages');
    });

    test('the dashboard’s aggregate: answers by section over a range of days', async () => {
      const all = await countsBySection(t.db);
      const procedures = all.find((s) => s.section === 'procedures')!;
      assert.ok(procedures.yes >= 3 && procedures.no >= 1, JSON.stringify(all));
      const today = new Date().toISOString().slice(0, 10);
      assert.deepEqual(await countsBySection(t.db, { from: today, to: today }), all);
      assert.deepEqual(await countsBySection(t.db, { to: '2000-01-01' }), []);
    });
  });
}
