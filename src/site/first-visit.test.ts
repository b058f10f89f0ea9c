/**
 * Integration (issue 13, items 1, 6, 7, 8): the home page's way in, a procedure reached from a plan
 * leading back to it, "Start now" and the office on steps, the printed plan's date and profile, the
 * grouped first publication in the change log, and the header menu, in both languages on both databases.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';
import { encodeRoadmapId } from '#src/roadmap/roadmap-id.ts';
import { Profile } from '#src/roadmap/profile.ts';
import { todayInMexicoCity } from '#src/calendar/business-days.ts';
import { formatDate } from '#src/i18n/messages.ts';

const hrefs = (body: string) => [...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const main = (body: string) => body.slice(body.indexOf('<main'), body.indexOf('</main>'));

for (const target of dbTargets()) {
  describe(`a first visit on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());
    const get = (url: string) => t.app.inject({ method: 'GET', url });
    // An auto-parts plant in Nuevo León: the plan holds the company-name authorisation, not the COFEPRIS notice.
    const planId = encodeRoadmapId(Profile.parse({ scian: '336390', state: '19', foreignPct: 100, facility: 'build' }));

    test('home: the plan first, then "Can I invest", sectors, states and the desk, as plain links', async () => {
      for (const [locale, start, can, desk] of [
        ['es', 'Empezar mi plan', '¿Puedo invertir en…?', 'Hacer una pregunta'],
        ['en', 'Start your plan', 'Can I invest in…?', 'Ask a question'],
      ] as const) {
        const res = await get(`/${locale}/`);
        assert.equal(res.statusCode, 200);
        const body = main(res.body);
        const button = body.match(/<a class="button start" href="([^"]+)">([^<]+)<\/a>/);
        assert.ok(button, 'a start button');
        assert.equal(button[1], locale === 'es' ? '/es/plan-de-inversion' : '/en/roadmap');
        assert.equal(button[2], start);
        // The start button comes before every other way in.
        const order = [button.index!, body.indexOf(can), body.indexOf(locale === 'es' ? 'Trámites por sector' : 'Procedures by sector'), body.indexOf(locale === 'es' ? 'Trámites por estado' : 'Procedures by state'), body.indexOf(desk)];
        assert.ok(order.every((x) => x > 0) && order.every((x, i) => i === 0 || x > order[i - 1]!), `order ${order}`);
        const links = hrefs(body);
        for (const path of locale === 'es'
          ? ['/es/puedo-invertir', '/es/sectores', '/es/estados', '/es/consultas', '/es/consultas/pregunta', '/es/consultas/orientacion', '/es/consultas/reunion', '/es/consultas/obstaculo', '/es/tramites']
          : ['/en/can-i-invest', '/en/sectors', '/en/states', '/en/ask', '/en/ask/question', '/en/ask/orientation', '/en/ask/meeting', '/en/ask/obstacle', '/en/procedures']) {
          assert.ok(links.includes(path), `${locale} home links to ${path}`);
          assert.equal((await get(path)).statusCode, 200, path);
        }
        // Nothing to fill in to get started: the only forms are the assistant's ask box (issue 16), after the
        // start button, and "Was this page useful?" at the foot (src/feedback), after every way in.
        const forms = body.match(/<form [^>]*class="([^"]+)"/g) ?? [];
        assert.ok(forms.every((f) => /class="(feedback-|ask-box)/.test(f)), forms.join(' '));
        assert.ok(body.indexOf('<form') > button.index!, 'the ask box comes after the start button');
        assert.ok(body.indexOf('class="feedback-') > body.indexOf(desk), 'the feedback form comes after every way in');
      }
    });

    test('the header menu is a disclosure (works without JavaScript) holding search, chat and navigation', async () => {
      for (const locale of ['es', 'en'] as const) {
        const body = (await get(`/${locale}/`)).body;
        const header = body.slice(body.indexOf('<header'), body.indexOf('</header>'));
        const menu = header.match(/<details class="site-menu"[^>]*>\s*<summary class="menu-toggle">([^<]+)<\/summary>([\s\S]*)<\/details>/);
        assert.ok(menu, 'a details disclosure');
        assert.equal(menu[1], locale === 'es' ? 'Menú' : 'Menu');
        assert.match(menu[2]!, /role="search"/);
        assert.match(menu[2]!, /class="chat-open"/);
        assert.match(menu[2]!, /<nav class="site-nav"/);
        assert.ok(!/<details[^>]* open/.test(header), 'closed unless opened');
        // The language toggle stays outside, one tap away.
        assert.ok(header.indexOf('lang-toggle') > header.indexOf('</details>'));
      }
    });

    test('a plan links to its procedures with ?plan=, and each leads back to the plan', async () => {
      const plan = await get(`/en/roadmap/${planId}`);
      assert.equal(plan.statusCode, 200);
      const fromPlan = hrefs(plan.body).filter((h) => h.startsWith('/en/procedures/') && h.includes('?plan='));
      assert.ok(fromPlan.length >= 10, `${fromPlan.length} links carry the plan`);
      assert.ok(fromPlan.every((h) => h.endsWith(`?plan=${planId}`)));
      const nameAuth = '/en/procedures/autorizacion-uso-denominacion-razon-social';
      assert.ok(fromPlan.includes(`${nameAuth}?plan=${planId}`));
      assert.match(plan.body, /<tr id="p-se-company-name"/);

      for (const [locale, path, part, back] of [
        ['en', nameAuth, 'Part of your plan', 'Back to your plan'],
        ['es', '/es/tramites/autorizacion-uso-denominacion-razon-social', 'Parte de su plan', 'Volver a su plan'],
      ] as const) {
        const res = await get(`${path}?plan=${planId}`);
        assert.equal(res.statusCode, 200);
        assert.ok(res.body.includes(`<p class="plan-back"><strong>${part}</strong> · <a href="/${locale}/${locale === 'es' ? 'plan-de-inversion' : 'roadmap'}/${planId}#p-se-company-name">${back}</a></p>`));
        assert.equal(res.headers['cache-control'], 'no-cache');
        // The canonical address is the procedure's own; the language toggle keeps the plan.
        assert.ok(res.body.includes(`<link rel="canonical" href="${TEST_PUBLIC_URL}${path}">`));
        const toggle = res.body.match(/<a class="lang-toggle" href="([^"]+)"/)![1]!;
        assert.ok(toggle.endsWith(`?plan=${planId}`), toggle);
        assert.ok((await get(toggle)).body.includes('class="plan-back"'), 'still part of the plan in the other language');
      }
      // Step by step through the plan: the next procedure, and from there the one before, keep the plan.
      const first = (await get(`${nameAuth}?plan=${planId}`)).body;
      assert.ok(!first.includes('Before this in your plan:'), 'the plan starts here');
      const next = first.match(/<li class="next"><span class="small">Next in your plan:<\/span> <a href="([^"]+)">/)![1]!.replace(/&amp;/g, '&');
      assert.ok(next.startsWith('/en/procedures/') && next.endsWith(`?plan=${planId}`) && !next.startsWith(nameAuth), next);
      const second = (await get(next)).body;
      assert.ok(second.includes(`<li class="previous"><span class="small">Before this in your plan:</span> <a href="${nameAuth}?plan=${planId}">`));
      // Without the parameter, the shared page has no link (and the plan visit did not leak into its cache).
      assert.ok(!(await get(nameAuth)).body.includes('plan-back'));
    });

    test('a bad or foreign plan id gives the procedure without a link, never an error', async () => {
      const other = encodeRoadmapId(Profile.parse({ scian: '541510', state: '09' }));
      const unknownClass = encodeRoadmapId(Profile.parse({ scian: '999999', state: '09' }));
      for (const q of [
        'plan=', 'plan=nonsense', 'plan=r1AAAA', `plan=${'r1' + 'A'.repeat(700)}`, 'plan=%3Cscript%3E', `plan=${planId}&plan=${planId}`,
        `plan=${unknownClass}`,
        // A real plan that does not hold this procedure (a software firm needs no COFEPRIS notice).
        `plan=${other}`, `plan=${planId}`,
      ]) {
        const res = await get(`/en/procedures/aviso-funcionamiento-cofepris?${q}`);
        assert.equal(res.statusCode, 200, q);
        assert.ok(!res.body.includes('plan-back'), q);
        assert.ok(!res.body.includes('<script>'), q);
      }
    });

    test('"Start now" to the online service where a step has one; the office where the catalogue knows it', async () => {
      const en = await get('/en/procedures/autorizacion-uso-denominacion-razon-social');
      assert.match(en.body, /<a class="button start" href="https:\/\/mua\.economia\.gob\.mx\/mua-web\/muaHome" rel="external">Start now<span class="visually-hidden"> \(step 1\)<\/span><\/a>/);
      assert.ok(en.body.includes('on the official service, mua.economia.gob.mx'));
      const es = await get('/es/tramites/autorizacion-uso-denominacion-razon-social');
      assert.match(es.body, /<a class="button start" href="https:\/\/mua\.economia\.gob\.mx\/mua-web\/muaHome" rel="external">Iniciar en línea<span class="visually-hidden"> \(paso 1\)<\/span><\/a>/);
      // A step done before a notary has no online service: no button.
      assert.ok(!(await get('/en/procedures/inscripcion-rfc-persona-moral')).body.includes('button start'));
      // The office with an address and hours on record shows them; one without says they are to be confirmed.
      const office = await get('/en/procedures/aviso-uso-denominacion-razon-social');
      assert.ok(office.body.includes('Address: Av. Insurgentes Sur 1940, Col. Florida, Alcaldía Álvaro Obregón, C.P. 01030, Ciudad de México'));
      assert.ok(office.body.includes('Opening hours: RNIE window (ground floor): 09:00–14:00'));
      assert.ok(!office.body.includes('to be confirmed with the authority (our sources do not give them)'));
      const unknown = await get('/es/tramites/inscripcion-rfc-persona-moral');
      assert.ok(unknown.body.includes('Domicilio, horario y teléfono: por confirmar con la autoridad'));
    });

    test('the Print button is rendered hidden (shown by the script) and hidden means hidden in the stylesheet', async () => {
      const page = await get('/en/procedures/autorizacion-uso-denominacion-razon-social');
      assert.match(page.body, /<button type="button" class="button secondary" data-module="print" hidden>Print<\/button>/);
      const css = await get(page.body.match(/<link rel="stylesheet" href="([^"]+)">/)![1]!);
      assert.match(css.body, /\[hidden\] \{ display: none !important; \}/);
    });

    test('the plan states the day it was worked out and the answers, and prints with margins', async () => {
      const today = todayInMexicoCity();
      for (const [locale, said, answers, state] of [
        ['en', `Worked out on ${formatDate(today, 'en')}`, 'Your answers', 'Nuevo León'],
        ['es', `Plan elaborado el ${formatDate(today, 'es')}`, 'Sus respuestas', 'Nuevo León'],
      ] as const) {
        const res = await get(`/${locale}/${locale === 'es' ? 'plan-de-inversion' : 'roadmap'}/${planId}`);
        assert.ok(res.body.includes(said), said);
        const profile = res.body.slice(res.body.indexOf('<section aria-labelledby="profile-h"'), res.body.indexOf('</section>', res.body.indexOf('profile-h')));
        assert.ok(profile.includes(`<h2 id="profile-h">${answers}</h2>`));
        assert.ok(profile.includes('336390'));
        assert.ok(profile.includes(state));
        assert.ok(profile.includes('100%'));
        assert.ok(profile.includes(locale === 'es' ? 'Construiré una instalación' : 'I will build a facility'));
        assert.ok(!/opcional|optional/.test(profile), 'answers, not questions');
        // Every procedure row is a card on phones: each value carries its column's name.
        assert.match(res.body, new RegExp(`<td role="cell" data-label="${locale === 'es' ? 'Fin' : 'End'}"><span><time`));
        assert.match(res.body, /<ol class="timeline-list"/);
      }
      const plan = await get(`/en/roadmap/${planId}`);
      const print = await get(plan.body.match(/<link rel="stylesheet" href="([^"]+)" media="print">/)![1]!);
      assert.match(print.body, /@page \{ size: A4; margin: [^}]+\}/);
      assert.match(print.body, /\.no-print/);
    });

    test('the change log shows the initial publication as one entry, in both languages', async () => {
      const n = t.catalogue.current.procedures.length;
      const en = main((await get('/en/changes')).body);
      assert.equal(en.match(/procedures first published/g)?.length, 1);
      assert.ok(en.includes(`<strong>${n} procedures first published</strong>`));
      assert.ok(!en.includes('First published'), 'no line per procedure');
      // Every procedure is still reachable from the entry.
      assert.equal(hrefs(en).filter((h) => h.startsWith('/en/procedures/')).length, n);
      const es = main((await get('/es/cambios')).body);
      assert.ok(es.includes(`<strong>${n} trámites publicados por primera vez</strong>`));
      assert.ok(!es.includes('Primera publicación'));
      // The feed says it once too.
      const atom = (await get('/en/changes.atom')).body;
      assert.equal(atom.match(/<entry>/g)?.length, 1);
      assert.match(atom, new RegExp(`<id>${TEST_PUBLIC_URL}/en/changes#first-published-\\d{4}-\\d{2}-\\d{2}</id><title>${n} procedures first published</title>`));
    });
  });
}
