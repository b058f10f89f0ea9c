/**
 * Integration: the site's own resources. Every page in the sitemap answers 200 in its language
 * with a meta description, a canonical link, the icons and the footer links to About, privacy and
 * accessibility; robots.txt points at the sitemap and keeps plans and the back office out; the
 * ICO is a well-formed 32×32 icon drawn in the brand colour.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '#tests/helpers/app.ts';

// The pages are rendered from the catalogue in memory: one database target is enough here.
const target = dbTargets()[0]!;

describe('site resources', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(target, { env: { OPERATOR_NAME: 'Unidad de Prueba', CONTACT_EMAIL: 'desk@example.org' } });
  });
  after(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  test('the sitemap lists every public page in both languages with its alternates, and every one answers 200 with a description', async () => {
    const r = await get('/sitemap.xml');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^application\/xml/);
    const entries = [...r.body.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    const view = t.catalogue.current;
    // Every Spanish text of the catalogue that has a different English text: none may show on an
    // English page outside an element marked lang="es" (issue 13, item 3).
    const spanishOnly = new Set<string>();
    const collect = (x: unknown, depth = 0): void => {
      if (!x || typeof x !== 'object' || depth > 12) return;
      const o = x as Record<string, unknown>;
      if (typeof o.es === 'string' && typeof o.en === 'string' && o.es.trim() !== o.en.trim() && o.es.trim().length >= 12) spanishOnly.add(o.es.trim());
      for (const v of Array.isArray(x) ? x : Object.values(o)) collect(v, depth + 1);
    };
    collect([view.procedures, [...view.sectors.values()], [...view.states.values()], [...view.authorities.values()], [...view.laws.values()], [...view.certifications.values()], [...view.opportunities.values()]]);
    const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    const englishLeaks: string[] = [];
    // home + 18 sections (the desk, the dashboard, the search form, the certification glossary, opportunities, the
    // directory and the assistant among them) + procedures + sectors + states + authorities + certification pairs +
    // opportunities, each in es and en, + the directory's supplier mapping and its published entries
    const expected = 2 * (19 + view.procedures.length + view.sectors.size + view.states.size + view.authorities.size + view.certifications.size + view.opportunities.size + 1 + view.directory.length);
    assert.equal(entries.length, expected);
    const locs = new Set(entries.map((e) => e[1]!));
    assert.equal(locs.size, expected, 'no URL listed twice');
    for (const p of view.procedures) {
      assert.ok(locs.has(`${TEST_PUBLIC_URL}/es/tramites/${p.slug}`), p.slug);
      assert.ok(locs.has(`${TEST_PUBLIC_URL}/en/procedures/${p.slug}`), p.slug);
    }
    for (const [, loc, rest] of entries) {
      // each entry names itself among its alternates, plus the other language and x-default
      const alternates = [...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      assert.deepEqual(alternates.map((a) => a[0]), ['es', 'en', 'x-default'], loc);
      assert.ok(alternates.some((a) => a[1] === loc), `${loc} is among its own alternates`);
      const path = loc!.slice(TEST_PUBLIC_URL.length);
      const page = await get(path);
      assert.equal(page.statusCode, 200, path);
      assert.match(page.body, /<meta name="description" content="[^"]{20,}">/, `${path}: meta description`);
      assert.ok(page.body.includes(`<link rel="canonical" href="${loc}">`), `${path}: canonical`);
      assert.ok(page.body.includes('<link rel="icon" href="/favicon.ico"'), `${path}: icon`);
      // An acronym is never doubled ("Tax Administration Service (SAT) (SAT)", issue 13 item 3).
      assert.doesNotMatch(page.body.replace(/<[^>]+>/g, ' '), /\(([A-Z][A-Za-z]{1,9})\)\s*\(\1\)/, `${path}: doubled acronym`);
      const lang = path.startsWith('/en/') ? 'en' : 'es';
      if (lang === 'en') {
        const visible = page.body.replace(/<template[\s\S]*?<\/template>/g, '').replace(/<(\w+)[^>]*\blang="es[^"]*"[^>]*>[\s\S]*?<\/\1>/g, '');
        for (const m of visible.matchAll(/>([^<]{12,})</g)) {
          const text = decode(m[1]!.trim());
          if (spanishOnly.has(text)) englishLeaks.push(`${path}: ${text.slice(0, 80)}`);
        }
      }
      for (const link of lang === 'en' ? ['/en/about', '/en/privacy', '/en/accessibility'] : ['/es/acerca', '/es/privacidad', '/es/accesibilidad']) {
        assert.ok(page.body.includes(`href="${link}"`), `${path}: footer link ${link}`);
      }
    }
    assert.deepEqual(englishLeaks.slice(0, 20), [], `${englishLeaks.length} Spanish-only catalogue texts on English pages`);
  });

  test('robots.txt keeps the back office and the feedback forms out, lets plans and search be read, and names the sitemap', async () => {
    const r = await get('/robots.txt');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^text\/plain/);
    const lines = r.body.split('\n');
    for (const line of ['Disallow: /staff/', 'Disallow: /api/v1/staff/', 'Disallow: /es/opinion', 'Disallow: /en/feedback', `Sitemap: ${TEST_PUBLIC_URL}/sitemap.xml`]) {
      assert.ok(lines.includes(line), line);
    }
    // a crawler must be able to read plans and result pages to see the noindex some of them carry (ADR 031)
    assert.deepEqual(lines.filter((l) => /roadmap|plan-de-inversion|search|buscar/.test(l)), []);
  });

  test('/favicon.ico is a 32×32, 32-bit icon whose centre is white and whose tile is the brand green', async () => {
    const r = await get('/favicon.ico');
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['content-type'], 'image/x-icon');
    const b = r.rawPayload;
    assert.deepEqual([b.readUInt16LE(0), b.readUInt16LE(2), b.readUInt16LE(4)], [0, 1, 1], 'ICONDIR: reserved, icon, one image');
    assert.deepEqual([b[6], b[7], b.readUInt16LE(12)], [32, 32, 32]);
    const size = b.readUInt32LE(14);
    const offset = b.readUInt32LE(18);
    assert.equal(offset + size, b.length, 'the directory points at the whole image');
    assert.equal(b.readUInt32LE(offset), 40, 'BITMAPINFOHEADER');
    assert.equal(b.readInt32LE(offset + 8), 64, 'height counts colour and mask');
    const px = (x: number, y: number) => {
      const o = offset + 40 + ((31 - y) * 32 + x) * 4; // bottom-up BGRA
      return [b[o + 2], b[o + 1], b[o], b[o + 3]];
    };
    assert.deepEqual(px(16, 16), [255, 255, 255, 255], 'the mullions cross at the centre');
    assert.deepEqual(px(2, 16), [0x0b, 0x5d, 0x3b, 255], 'the tile');
    assert.equal(px(0, 0)[3], 0, 'rounded corner is transparent');
    const svg = await get('/favicon.svg');
    assert.equal(svg.headers['content-type'], 'image/svg+xml');
    assert.match(svg.body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  test('the About page names the operator and the contact address given by the environment; privacy and accessibility pages are bilingual', async () => {
    const es = await get('/es/acerca');
    assert.ok(es.body.includes('Esta instalación la opera Unidad de Prueba.'));
    assert.ok(es.body.includes('<a href="mailto:desk@example.org">desk@example.org</a>'));
    assert.match(es.body, new RegExp(`${t.catalogue.current.procedures.length} trámites`));
    const en = await get('/en/privacy');
    assert.ok(en.body.includes('ARCO rights'));
    assert.ok(en.body.includes('<html lang="en"'));
    const acc = await get('/es/accesibilidad');
    assert.ok(acc.body.includes('WCAG) 2.2, nivel AA'));
    assert.ok(acc.body.includes('class="lang-toggle" href="/en/accessibility"'));
  });

  test('a plan page has a description and may be indexed unless it echoes a typed municipality', async () => {
    const profile = { lang: 'en', scian: '541510', state: '09', foreignPct: 100, employees: 10 };
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: profile });
    assert.equal(r.statusCode, 201, r.body);
    const page = await get(`/en/roadmap/${r.json().id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<meta name="description" content="[^"]+">/);
    assert.ok(!page.body.includes('name="robots"'), 'closed-list answers only: indexable');
    assert.match(page.body, new RegExp(`<link rel="canonical" href="${TEST_PUBLIC_URL}/en/roadmap/${r.json().id}">`));
    const typed = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: { ...profile, municipality: 'Buy cheap pills' } });
    assert.equal(typed.statusCode, 201, typed.body);
    const echoed = await get(`/en/roadmap/${typed.json().id}`);
    assert.ok(echoed.body.includes('Buy cheap pills'));
    assert.ok(echoed.body.includes('<meta name="robots" content="noindex">'));
  });

  test('the search form is indexable and in the sitemap; a result page asks not to be indexed', async () => {
    const form = await get('/en/search');
    assert.equal(form.statusCode, 200);
    assert.ok(!form.body.includes('name="robots"'));
    const results = await get('/en/search?q=tax+id');
    assert.equal(results.statusCode, 200);
    assert.ok(results.body.includes('<meta name="robots" content="noindex, follow">'));
    const map = await get('/sitemap.xml');
    assert.ok(map.body.includes(`<loc>${TEST_PUBLIC_URL}/es/buscar</loc>`));
    assert.ok(map.body.includes(`<loc>${TEST_PUBLIC_URL}/en/search</loc>`));
  });
});

describe('site resources without an operator configured', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(target);
  });
  after(() => t.close());

  test('the About page says the operator has not published its name, and that it is not an official site unless stated', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/en/about' });
    assert.ok(r.body.includes('has not published its name'));
    assert.ok(r.body.includes('has not published a contact address'));
    assert.ok(!r.body.includes('mailto:'));
  });
});
