/**
 * The public dashboard on both databases and in both languages: figures computed by the job from
 * cases, chats, ratings, error reports and searches created here, checked against values this test
 * computes on its own (business hours by brute force, minute by minute, with its own list of rest
 * days); counts of 1–4 shown as "< 5"; the page, the JSON (against the OpenAPI schema) and the CSV
 * agree; the page comes from the response cache until the figures change.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';
import { recordFeedback } from '#src/feedback/record.ts';

const H = 3_600_000;
const TARGET = 8;

/** Mexico's official rest days (LFT art. 74) of a year, written out here independently of src/calendar. */
function restDays(year: number): Set<string> {
  const nthMonday = (month: number, n: number) => {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return new Date(Date.UTC(year, month, 1 + ((8 - first) % 7) + 7 * (n - 1))).toISOString().slice(0, 10);
  };
  const days = [`${year}-01-01`, nthMonday(1, 1), nthMonday(2, 3), `${year}-05-01`, `${year}-09-16`, nthMonday(10, 3), `${year}-12-25`];
  if ((year - 2024) % 6 === 0) days.push(`${year}-10-01`);
  return new Set(days);
}
/** Business hours between two instants, counted minute by minute (Mexico City = UTC−6). */
function bruteHours(from: Date, to: Date): number {
  let minutes = 0;
  for (let t = from.getTime(); t < to.getTime(); t += 60_000) {
    const local = new Date(t - 6 * H);
    const day = local.getUTCDay();
    const hour = local.getUTCHours();
    if (day === 0 || day === 6 || hour < 9 || hour >= 18) continue;
    if (restDays(local.getUTCFullYear()).has(local.toISOString().slice(0, 10))) continue;
    minutes++;
  }
  return minutes / 60;
}
const nearestRank = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil(p * xs.length) - 1]!;
const r1 = (x: number) => Math.round(x * 10) / 10;
const shown = (n: number) => (n >= 1 && n <= 4 ? null : n);

/** The first instant of the month `back` months before now's month, in Mexico City. */
function monthStart(back: number): Date {
  const local = new Date(Date.now() - 6 * H);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - back, 1) + 6 * H);
}

/** The n-th Monday-to-Friday day from `start` (a local midnight), at local midnight. */
function weekday(start: Date, n: number): Date {
  let d = start.getTime();
  for (let seen = -1; ; d += 24 * H) {
    const day = new Date(d - 6 * H).getUTCDay();
    if (day !== 0 && day !== 6 && ++seen === n) return new Date(d);
  }
}

for (const target of dbTargets()) {
  describe(`public dashboard (${target.name})`, () => {
    let t: TestApp;
    const expected = {
      api: 0, chat: 0, olderChat: 0,
      first: [] as number[], resolution: [] as number[], within: 0, due: 0,
      ratings: new Map<number, number>(),
    };
    before(async () => {
      t = await buildTestApp(target, { env: { DESK_RATE_LIMIT_PER_MINUTE: '1000', DESK_DAILY_LIMIT_PER_ADDRESS: '1000', DESK_FIRST_RESPONSE_HOURS: String(TARGET) } });
      const folios: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/v1/requests', payload: { service_code: 'question', consent: true, name: 'Ana', email: `ana${i}@example.org`, message: `Pregunta número ${i} sobre el RFC`, locale: 'es', state: '02' } });
        assert.equal(r.statusCode, 201, r.body);
        folios.push(r.json().service_request_id ?? r.json().id ?? r.json().folio);
      }
      for (let i = 0; i < 9; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'question', locale: i % 2 ? 'en' : 'es', consent: true } });
        assert.equal(r.statusCode, 201, r.body);
        folios.push(r.json().id);
      }
      // Times set by hand (a desk cannot be made to wait days in a test): last month's cases, and two chats
      // two months back. Answered after varied delays; some closed; one never answered (past its target).
      const base = monthStart(1);
      const rows = await t.db.query<{ folio: string; channel: string }>('SELECT folio, channel FROM desk_case ORDER BY folio');
      assert.equal(rows.length, 15);
      // Chats 0–7 are rated (five 5s, two 4s, one 3); chats 7 and 8 came two months back.
      const scores = [5, 5, 5, 5, 5, 4, 4, 3];
      let chat = 0;
      for (const [i, row] of rows.entries()) {
        const j = row.channel === 'chat' ? chat++ : -1;
        const older = j >= 7;
        const created = new Date(weekday(older ? monthStart(2) : base, i).getTime() + (10 * 60 + i * 13) * 60_000);
        const answered = i === 3 ? null : new Date(created.getTime() + ((i * 5) % 23) * H + 20 * 60_000);
        const closed = answered && i % 2 === 0 ? new Date(answered.getTime() + (i + 2) * 9 * H) : null;
        const rating = j >= 0 ? scores[j] ?? null : null;
        await t.db.query(
          `UPDATE desk_case SET created_at = $2, first_response_at = $3, closed_at = $4, status = CASE WHEN $4::timestamptz IS NULL THEN status ELSE 'closed' END,
             rating = $5, rated_at = CASE WHEN $5::smallint IS NULL THEN NULL ELSE $2::timestamptz END WHERE folio = $1`,
          [row.folio, created.toISOString(), answered?.toISOString() ?? null, closed?.toISOString() ?? null, rating],
        );
        if (row.channel === 'api') expected.api++;
        else if (older) expected.olderChat++;
        else expected.chat++;
        if (answered) {
          const h = bruteHours(created, answered);
          expected.first.push(h);
          expected.due++;
          if (h <= TARGET) expected.within++;
        } else if (bruteHours(created, new Date()) > TARGET) expected.due++;
        if (closed) expected.resolution.push(bruteHours(created, closed));
        if (rating) expected.ratings.set(rating, (expected.ratings.get(rating) ?? 0) + 1);
      }
      // Five open error reports 1, 2, 3, 10 and 20 days old, one resolved (not counted).
      const proc = t.catalogue.current.procedures[0]!.id;
      for (const [i, days] of [1, 2, 3, 10, 20].entries()) {
        await t.db.query(`INSERT INTO error_report (reference, procedure_id, message, locale, ip_hash, created_at) VALUES ($1, $2, 'dato', 'es', 'x', now() - make_interval(days => $3))`, [`R-TESTOPN${i}`, proc, days]);
      }
      await t.db.query(`INSERT INTO error_report (reference, procedure_id, message, locale, ip_hash, status, resolution_note, resolved_at) VALUES ('R-TESTRSLV', $1, 'dato', 'es', 'x', 'resolved', 'ok', now())`, [proc]);
      // Searches that find nothing: one six times (shown), one twice (under 5: not shown), personal-looking ones never kept.
      for (let i = 0; i < 6; i++) assert.equal((await t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent(i % 2 ? 'Qwxzyk Plorf' : 'qwxzyk  plorf')}` })).json().total, 0);
      for (let i = 0; i < 2; i++) await t.app.inject({ url: '/api/v1/search?q=vbnmrt' });
      for (let i = 0; i < 6; i++) await t.app.inject({ url: `/es/buscar?q=${encodeURIComponent('zzkq@example.org')}` });
      for (let i = 0; i < 6; i++) await t.app.inject({ url: '/api/v1/search?q=55512345678' });
      // "Was this page useful?": procedure pages 6 yes and 2 no; one yes on a plan.
      const answers = [...Array(6).fill(['procedures', true]), ...Array(2).fill(['procedures', false]), ['roadmap', true]] as [string, boolean][];
      for (const [i, [section, useful]] of answers.entries()) {
        await recordFeedback(t.db, { path: section === 'roadmap' ? '/es/plan-de-inversion/:id' : '/es/tramites/inscripcion-rfc-persona-moral', section, locale: 'es', useful, comment: null }, { ip: `10.9.0.${i}`, dailyLimit: 100 });
      }
      await t.app.dashboard.refresh();
    });
    after(() => t.close());

    test('the JSON figures are those computed independently, small counts suppressed', async () => {
      const r = await t.app.inject({ url: '/api/v1/stats' });
      assert.equal(r.statusCode, 200);
      const s = r.json();
      assertMatchesSchema('Stats', s);
      const month = (back: number) => new Date(monthStart(back).getTime() - 6 * H).toISOString().slice(0, 7);
      const last = s.receivedByMonth.find((m: { month: string }) => m.month === month(1));
      assert.deepEqual(last, { month: month(1), web: 0, api: shown(expected.api), chat: shown(expected.chat), total: expected.api + expected.chat });
      const older = s.receivedByMonth.find((m: { month: string }) => m.month === month(2));
      assert.equal(older.chat, null, `${expected.olderChat} chats two months back: "< 5"`);
      assert.equal(s.receivedByMonth.length, 12);
      assert.deepEqual(s.receivedByTopic, [{ topic: 'question', count: 15 }, { topic: 'orientation', count: 0 }, { topic: 'meeting', count: 0 }, { topic: 'obstacle', count: 0 }]);
      assert.deepEqual(s.receivedByState.find((x: { state: string | null }) => x.state === '02'), { state: '02', count: 6 });
      assert.deepEqual(s.firstResponse, {
        cases: expected.first.length,
        medianHours: r1(nearestRank(expected.first, 0.5)),
        p90Hours: r1(nearestRank(expected.first, 0.9)),
        withinTarget: shown(expected.within),
        due: expected.due,
        shareWithinTarget: Math.round((expected.within / expected.due) * 1000) / 1000,
      });
      assert.ok(s.firstResponse.medianHours > 0 && expected.first.some((h) => h !== Math.round(h)), 'the data exercise partial business hours');
      assert.ok(expected.resolution.length >= 5, 'enough closed cases to publish resolution times');
      assert.deepEqual(s.resolution, { cases: expected.resolution.length, medianHours: r1(nearestRank(expected.resolution, 0.5)), p90Hours: r1(nearestRank(expected.resolution, 0.9)) });
      const rated = [...expected.ratings.values()].reduce((a, b) => a + b, 0);
      const avg = [...expected.ratings].reduce((a, [score, n]) => a + score * n, 0) / rated;
      assert.deepEqual(s.satisfaction, { ratings: rated, average: Math.round(avg * 100) / 100, byScore: [5, 4, 3, 2, 1].map((score) => ({ score, count: shown(expected.ratings.get(score) ?? 0) })) });
      assert.deepEqual(s.satisfaction.byScore.slice(0, 3), [{ score: 5, count: 5 }, { score: 4, count: null }, { score: 3, count: null }]);
      // Catalogue freshness from the published catalogue, with this test's own date arithmetic.
      const today = new Date(Date.now() - 6 * H);
      const cutoff = (m: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m, today.getUTCDate())).toISOString().slice(0, 10);
      const verified = t.catalogue.current.procedures.map((p) => p.verifiedOn);
      assert.equal(s.catalogue.procedures, verified.length);
      assert.equal(s.catalogue.verifiedLast6Months, verified.filter((d) => d >= cutoff(6)).length);
      assert.equal(s.catalogue.verifiedLast12Months, verified.filter((d) => d >= cutoff(12)).length);
      assert.equal(s.catalogue.openErrorReports, 5);
      assert.ok(Math.abs(s.catalogue.openErrorReportsMedianAgeDays - 3) < 0.1, `median age ${s.catalogue.openErrorReportsMedianAgeDays}`);
      assert.deepEqual(s.searchesWithoutResults, [{ query: 'qwxzyk plorf', count: 6 }]);
      assert.deepEqual(s.pageFeedback, [
        { section: 'procedures', yes: 6, no: null, answers: 8, shareUseful: 0.75 },
        { section: 'roadmap', yes: null, no: 0, answers: null, shareUseful: null },
      ]);
      const stored = await t.db.query<{ query: string }>('SELECT DISTINCT query FROM search_miss ORDER BY 1');
      assert.deepEqual(stored.map((x) => x.query), ['qwxzyk plorf', 'vbnmrt'], 'nothing that looks like an address or a number is kept');
    });

    for (const [locale, path, fewer, stars5] of [['es', '/es/tablero', '< 5', '5 estrellas'], ['en', '/en/dashboard', '< 5', '5 stars']] as const) {
      test(`the page in ${locale}: the same figures, charts with text alternatives, served from the cache`, async () => {
        const s = (await t.app.inject({ url: '/api/v1/stats' })).json();
        const r = await t.app.inject({ url: path });
        assert.equal(r.statusCode, 200);
        assert.match(r.body, new RegExp(`<html lang="${locale}`));
        assert.equal((r.body.match(/<svg class="chart"[^>]*role="img"/g) ?? []).length, 3);
        assert.match(r.body, /<title id="chart-received-title">/);
        assert.match(r.body, /<desc id="chart-times-desc">/);
        assert.ok(r.body.includes(`<tr><th scope="row">${stars5}</th><td>5</td></tr>`), 'five 5-star ratings');
        assert.ok(r.body.includes(`<td>${fewer.replace('<', '&lt;')}</td>`), 'a small count shown as "< 5"');
        assert.ok(r.body.includes('<td>qwxzyk plorf</td><td>6</td>'));
        const useful = locale === 'es' ? '<tr><th scope="row">Trámites</th><td>6</td><td>&lt; 5</td><td>75%</td></tr>' : '<tr><th scope="row">Procedures</th><td>6</td><td>&lt; 5</td><td>75%</td></tr>';
        assert.ok(r.body.includes(useful), 'page feedback by section');
        assert.ok(!r.body.includes('vbnmrt') && !r.body.includes('example.org'));
        const median = new Intl.NumberFormat(locale === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 }).format(s.firstResponse.medianHours);
        assert.ok(r.body.includes(`${median} h`), `median ${median} h`);
        const again = await t.app.inject({ url: path, headers: { 'if-none-match': String(r.headers.etag) } });
        assert.equal(again.statusCode, 304, 'served from the response cache');
      });
    }

    test('CSV per table agrees with the JSON; unknown tables are 404', async () => {
      const csv = await t.app.inject({ url: '/api/v1/stats/satisfaction.csv' });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.equal(csv.body, 'score,count\r\n5,5\r\n4,<5\r\n3,<5\r\n2,0\r\n1,0\r\n');
      const times = (await t.app.inject({ url: '/api/v1/stats/service-times.csv' })).body.split('\r\n');
      const s = (await t.app.inject({ url: '/api/v1/stats' })).json();
      assert.equal(times[1], `first_response,${s.firstResponse.cases},${s.firstResponse.medianHours},${s.firstResponse.p90Hours},${TARGET},${s.firstResponse.shareWithinTarget}`);
      for (const table of ['received-by-month', 'received-by-state', 'received-by-topic', 'catalogue', 'searches-without-results', 'page-feedback']) {
        assert.equal((await t.app.inject({ url: `/api/v1/stats/${table}.csv` })).statusCode, 200, table);
      }
      assert.equal((await t.app.inject({ url: '/api/v1/stats/page-feedback.csv' })).body, 'section,yes,no,answers,share_useful\r\nprocedures,6,<5,8,0.75\r\nroadmap,<5,0,<5,\r\n');
      assert.equal((await t.app.inject({ url: '/api/v1/stats/nope.csv' })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/api/v1/stats/satisfaction.json' })).statusCode, 404);
      const doc = (await t.app.inject({ url: '/openapi.json' })).json();
      assert.ok(doc.paths['/api/v1/stats'] && doc.paths['/api/v1/stats/{table}']);
    });

    test('new figures replace the cached page only when the job runs again', async () => {
      const before = await t.app.inject({ url: '/en/dashboard' });
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'orientation', locale: 'en', consent: true } });
      assert.equal(r.statusCode, 201);
      const same = await t.app.inject({ url: '/en/dashboard' });
      assert.equal(same.headers.etag, before.headers.etag, 'a page view does not recompute');
      await t.app.dashboard.refresh();
      const after = await t.app.inject({ url: '/en/dashboard' });
      assert.notEqual(after.headers.etag, before.headers.etag);
      const s = (await t.app.inject({ url: '/api/v1/stats' })).json();
      assert.deepEqual(s.receivedByTopic.find((x: { topic: string }) => x.topic === 'orientation'), { topic: 'orientation', count: null });
    });
  });
}
