/** Integration: the roadmap API and pages on the real app and real databases. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';

const MEDICAL_BC = { lang: 'en', scian: '339112', state: '02', foreignPct: 100, employees: 300, foreignStaff: 4, imports: true, exports: true, temporaryImports: true, facility: 'build', healthProducts: true, restrictedZone: true };

for (const target of dbTargets()) {
  describe(`roadmap on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());

    test('POST a profile → an ordered, consistent plan; GET it back by id', async () => {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: MEDICAL_BC });
      assert.equal(r.statusCode, 201);
      const plan = r.json();
      assertMatchesSchema('Roadmap', plan);
      assert.ok(plan.id && plan.url.includes(`/en/roadmap/${plan.id}`));
      const pos = new Map(plan.procedures.map((p: { id: string }, i: number) => [p.id, i]));
      for (const p of plan.procedures) {
        for (const a of p.after) assert.ok((pos.get(a) as number) < (pos.get(p.id) as number), `${a} before ${p.id}`);
        for (const a of p.after) assert.ok(p.startDay.max >= plan.procedures[pos.get(a) as number].endDay.max);
        assert.ok(p.title && p.level && p.phase);
      }
      const byId = new Map(plan.procedures.map((p: { id: string }) => [p.id, p]));
      const cp = plan.criticalPath.reduce((n: number, id: string) => n + (byId.get(id) as { durationDays: { max: number } }).durationDays.max, 0);
      assert.ok(Math.abs(cp - plan.totals.durationDays.max) < 1e-6);
      assert.equal(plan.foreignInvestment.status, 'allowed');
      assert.ok(plan.foreignInvestment.articles.every((a: { reformedOn: string }) => /^\d{4}-\d{2}-\d{2}$/.test(a.reformedOn)));
      assert.ok(plan.documents.length > 0);
      const again = await t.app.inject({ url: `/api/v1/roadmaps/${plan.id}?lang=en` });
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), plan);
      const es = (await t.app.inject({ url: `/api/v1/roadmaps/${plan.id}?lang=es` })).json();
      assert.notEqual(es.procedures[0].title, plan.procedures[0].title);
    });

    test('an invalid profile is a 400 listing every bad field; nothing is a 5xx', async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/roadmaps',
        payload: { scian: '12', state: '40', foreignPct: 150, employees: -1, facility: 'castle', imports: 'maybe', colour: 'blue' },
      });
      assert.equal(r.statusCode, 400);
      assertMatchesSchema('Error', r.json());
      const fields = r.json().error.fields.map((f: { field: string }) => f.field).sort();
      assert.deepEqual(fields, ['colour', 'employees', 'facility', 'foreignPct', 'imports', 'scian', 'state']);
      const missing = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: {} });
      assert.deepEqual(missing.json().error.fields.map((f: { field: string }) => f.field).sort(), ['scian', 'state']);
      const notAClass = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: { scian: '999999', state: '01' } });
      assert.equal(notAClass.json().error.fields[0].field, 'scian');
      const staff = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: { scian: '513210', state: '14', employees: 2, foreignStaff: 5 } });
      assert.equal(staff.json().error.fields[0].field, 'foreignStaff');
      for (const payload of ['not json', '[]', 'null', '{"scian":']) {
        const x = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload, headers: { 'content-type': 'application/json' } });
        assert.ok(x.statusCode >= 400 && x.statusCode < 500, `${payload} → ${x.statusCode}`);
      }
      for (const id of ['nope', 'r1', 'r1!!!', 'r1' + 'A'.repeat(700), 'r1q0Ur']) {
        const x = await t.app.inject({ url: `/api/v1/roadmaps/${id}` });
        assert.ok(x.statusCode === 404 || x.statusCode === 414, `${id.slice(0, 20)} → ${x.statusCode}`);
      }
    });

    test('the foreign-investment check alone', async () => {
      const r = (await t.app.inject({ url: '/api/v1/foreign-investment?scian=513112&pct=60&lang=en' })).json();
      assertMatchesSchema('ForeignInvestment', r);
      assert.equal(r.status, 'capped');
      assert.equal(r.maxForeignPct, 49);
      assert.ok(r.articles.some((a: { article: string }) => a.article === '7'));
      const bad = await t.app.inject({ url: '/api/v1/foreign-investment?scian=513112&pct=abc' });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.parameter, 'pct');
      const noClass = await t.app.inject({ url: '/api/v1/foreign-investment?scian=999999&pct=10' });
      assert.equal(noClass.json().error.parameter, 'scian');
    });

    test('questionnaire → plan without JavaScript: errors re-render with answers kept; success redirects to a shareable plan', async () => {
      const bad = await t.app.inject({ url: '/es/plan-de-inversion?scian=&state=02&foreignPct=120&go=1' });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('Revise estos datos'));
      assert.ok(bad.body.includes('Clase SCIAN 2023 (6 dígitos) es obligatorio'));
      assert.ok(bad.body.includes('debe ser como máximo 100'));
      assert.ok(bad.body.includes('value="120"'), 'answer kept');
      const found = await t.app.inject({ url: '/en/roadmap?activity=tequila&find=1' });
      assert.ok(found.body.includes('312142') || found.body.includes('312144'), 'tequila found by words');
      assert.ok(found.body.includes('312144 — Tequila Manufacturing</label>'), 'activity titles in the page language, no lang="es"');
      const ok = await t.app.inject({ url: '/en/roadmap?scian=&scian=339112&state=02&foreignPct=100&facility=build&healthProducts=true&go=1' });
      assert.equal(ok.statusCode, 303);
      const page = await t.app.inject({ url: ok.headers.location as string });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(' · 339112 — Disposable Medical Supplies Manufacturing · '), 'the plan header names the activity');
      for (const s of ['Foreign investment: how much can you own?', 'Timeline', 'Critical path', 'Documents you will need', '<svg class="timeline"']) assert.ok(page.body.includes(s), s);
      const ics = await t.app.inject({ url: `${ok.headers.location}.ics?start=2027-01-04` });
      assert.equal(ics.statusCode, 200);
      assert.match(ics.body, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics.body, /DTSTART;VALUE=DATE:20270104/);
      assert.ok(ics.body.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
      // Sector presets (issue 10 item 4): a fresh form for an auto-parts class pre-checks the federal emission
      // source; "change answers" (answered=1) never overrides what was answered.
      const fresh = await t.app.inject({ url: '/en/roadmap?scian=336390' });
      assert.match(fresh.body, /id="q-federalEmissionSource" type="checkbox" name="federalEmissionSource" value="true" checked aria-describedby="federalEmissionSource-preset"/);
      assert.ok(fresh.body.includes('Pre-answered for the Automotive and auto parts sector'));
      const again = await t.app.inject({ url: '/en/roadmap?scian=336390&answered=1' });
      assert.doesNotMatch(again.body, /name="federalEmissionSource" value="true" checked/);
      const auto = await t.app.inject({ url: '/es/plan-de-inversion?scian=336390&state=19&foreignPct=100&facility=build&go=1' });
      const autoPlan = await t.app.inject({ url: auto.headers.location as string });
      for (const s of ['También en la guía de su sector, fuera de su plan', 'La ley dice esto de su industria:', 'Sus respuestas dejan fuera 2 trámites', 'Responder «sí» y añadirlo', 'answered=1']) assert.ok(autoPlan.body.includes(s), s);
      const addHref = /<a href="([^"]+)">Responder «sí» y añadirlo<\/a>/.exec(autoPlan.body)![1]!;
      const added = await t.app.inject({ url: addHref });
      assert.equal(added.statusCode, 200);
      assert.ok(!added.body.includes('Sus respuestas dejan fuera'), 'with the answer changed nothing required is left out');
      const json = await t.app.inject({ url: `/api/v1/roadmaps/${(auto.headers.location as string).split('/').pop()}?lang=en` });
      const gaps = json.json().sectorGaps as { procedure: string; expected: { reason: string } | null }[];
      assert.ok(gaps.find((g) => g.procedure === 'semarnat-lau')?.expected?.reason.includes('LGEEPA'));
      const fdi = await t.app.inject({ url: '/en/can-i-invest?scian=484129&pct=30&go=1' });
      assert.ok(fdi.body.includes('Reserved to Mexicans'));
      assert.ok(fdi.body.includes('484129 — Other Long-Distance General Freight Trucking · 30 %'));
      assert.ok(fdi.body.includes('English titles: NAICS 2022 where codes correspond; others translated by Ventanilla.'));
      const fdiEs = await t.app.inject({ url: '/es/puedo-invertir?scian=484129&pct=30&go=1' });
      assert.equal(fdiEs.statusCode, 200);
      assert.ok(fdiEs.body.includes('484129 — Otro autotransporte foráneo de carga general · 30 %') && !fdiEs.body.includes('NAICS'));
    });
  });
}
