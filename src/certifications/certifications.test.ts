/**
 * The US ↔ Mexico certification glossary (issue 14, part 1), on both databases: validation refuses a pair
 * without a source on a side or naming a procedure that does not exist; the pages answer in both
 * languages with their JSON-LD and links (procedures → "US equivalent", glossary → index); the API
 * filters by field and names a bad parameter; the exports carry every pair; search finds a pair by its
 * US and by its Mexican name; an editor's change goes through review to the public page and the change
 * log; the edit screen refuses an unknown procedure id by name without a write.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { seedAccount, StaffClient } from '#tests/helpers/staff.ts';
import { formFields } from '#tests/helpers/editorial.ts';
import { assertMatchesSchema } from '#tests/helpers/openapi.ts';
import { seedCatalogue } from '#src/catalogue/content/index.ts';
import { CatalogueError, validateCatalogue } from '#src/catalogue/validate.ts';
import { glossaryFigures, isAcceptedSource, unacceptedSources } from './official.ts';
import { CertificationPair } from './schema.ts';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('certification pairs: validation', () => {
  const problemsOf = (certifications: unknown[]) => {
    try {
      validateCatalogue({ ...seedCatalogue, certifications: certifications as never });
      return [];
    } catch (e) {
      if (e instanceof CatalogueError) return e.problems;
      throw e;
    }
  };

  test('the seed is valid: ≥ 40 pairs, every side with a source, every source on an accepted host', () => {
    const c = validateCatalogue(seedCatalogue);
    const g = glossaryFigures(c.certifications);
    assert.ok(g.pairs >= 40, `${g.pairs} pairs`);
    for (const p of c.certifications) assert.ok(p.us.sources.length >= 1 && p.mx.sources.length >= 1, p.id);
    assert.deepEqual(unacceptedSources(c.certifications), []);
  });

  test('a side without a source is refused, naming the pair and the field', () => {
    const pairs = clone(seedCatalogue.certifications!);
    pairs[0]!.mx.sources = [];
    const problems = problemsOf(pairs);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, new RegExp(`^certification ${pairs[0]!.id}: mx\\.sources: each side cites at least one official source`));
  });

  test('an agreement said to exist without its name and source is refused', () => {
    const pairs = clone(seedCatalogue.certifications!);
    pairs[1]!.agreement = { status: 'yes' };
    assert.match(problemsOf(pairs).join('\n'), /agreement\.sources: an agreement that exists is named and cites a source/);
  });

  test('an unknown procedure id is refused, and so is a duplicate pair', () => {
    const pairs = clone(seedCatalogue.certifications!);
    pairs[2]!.procedures = ['no-such-procedure'];
    assert.deepEqual(problemsOf(pairs), [`certification ${pairs[2]!.id}: unknown procedure no-such-procedure`]);
    assert.deepEqual(problemsOf([...clone(seedCatalogue.certifications!), clone(seedCatalogue.certifications![0]!)]), [`duplicate certification id ${seedCatalogue.certifications![0]!.id}`]);
  });

  test('only official and issuing-body hosts are accepted as sources', () => {
    assert.ok(isAcceptedSource('https://www.irs.gov/x') && isAcceptedSource('https://www.diputados.gob.mx/LeyesBiblio/pdf/CFF.pdf') && isAcceptedSource('https://www.hcch.net/en/x'));
    assert.ok(!isAcceptedSource('https://www.lexology.com/x') && !isAcceptedSource('https://es.scribd.com/document/1') && !isAcceptedSource('https://gov.example.com/'));
    const p = CertificationPair.parse(clone(seedCatalogue.certifications![0]!));
    p.us.sources = [{ title: 'A law firm', url: 'https://www.example-law.com/cpa' }];
    assert.deepEqual(unacceptedSources([p]), [`certification ${p.id} (US): https://www.example-law.com/cpa`]);
  });
});

for (const target of dbTargets()) {
  describe(`certification glossary (${target.name})`, () => {
    let t: TestApp;
    let ed: StaffClient;
    let rev: StaffClient;
    before(async () => {
      t = await buildTestApp(target, { env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
      const editor = await seedAccount(t.db, { email: 'ed@example.org', roles: ['editor'] });
      const reviewer = await seedAccount(t.db, { email: 'rev@example.org', roles: ['reviewer'], locale: 'en' });
      [ed, rev] = [new StaffClient(t.app), new StaffClient(t.app)];
      await ed.login(editor.email);
      await rev.login(reviewer.email);
    });
    after(() => t?.close());
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    test('the index in both languages, by field, with a DefinedTermSet; each pair page with its DefinedTerms and sources', async () => {
      const n = t.catalogue.current.certifications.size;
      const es = await get('/es/equivalencias');
      assert.equal(es.statusCode, 200);
      assert.match(es.body, /<h1>Equivalencias de certificaciones y licencias: Estados Unidos ↔ México<\/h1>/);
      assert.match(es.body, /<h2 id="field-customs-trade">Aduanas y comercio exterior<\/h2>/);
      assert.match(es.body, /"@type":"DefinedTermSet"/);
      assert.equal([...es.body.matchAll(/"@type":"DefinedTerm"/g)].length, n);
      const en = await get('/en/certifications');
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<a href="#field-health-products">Health products<\/a>/);
      assert.match(en.body, /href="\/en\/certifications\/ctpat-oea">Customs Trade Partnership Against Terrorism \(CTPAT\)<\/a>/);

      const pair = await get('/en/certifications/ctpat-oea');
      assert.equal(pair.statusCode, 200);
      assert.match(pair.body, /<h1>Customs Trade Partnership Against Terrorism \(CTPAT\) ↔ Authorised Economic Operator \(OEA\)<\/h1>/);
      assert.match(pair.body, /An agreement exists<\/strong>: CBP–SAT Mutual Recognition Arrangement \(2014\)/);
      assert.match(pair.body, /href="https:\/\/www\.cbp\.gov\/border-security\/[^"]+" rel="external">CBP: Customs Trade Partnership/);
      assert.match(pair.body, /<a href="https:\/\/www\.diputados\.gob\.mx\/LeyesBiblio\/pdf\/LAdua\.pdf" rel="external" lang="es">/, 'Spanish source titles are marked on English pages');
      assert.match(pair.body, /href="\/en\/procedures\/[^"]+">Authorised Economic Operator \(OEA\) certification<\/a>/);
      assert.match(pair.body, /"@type":"DefinedTerm","@id":"[^"]+\/en\/certifications\/ctpat-oea#us","name":"Customs Trade Partnership Against Terrorism \(CTPAT\)"/);
      assert.match(pair.body, /<meta name="description" content="[^"]{40,}">/);
      const esPair = await get('/es/equivalencias/ctpat-oea');
      assert.match(esPair.body, /<h1>Alianza Aduana-Comercio contra el Terrorismo \(CTPAT\) ↔ Operador Económico Autorizado \(OEA\)<\/h1>/);
      assert.match(esPair.body, /href="\/en\/certifications\/ctpat-oea"/, 'the language toggle');
      assert.equal((await get('/en/certifications/no-such-pair')).statusCode, 404);
      assert.equal((await get('/en/certifications/..%2Fetc')).statusCode, 404);
    });

    test('procedures link to their US equivalent; the terms glossary links to the index; the sitemap lists every pair', async () => {
      const proc = t.catalogue.current.procedure('sat-rfc-company')!;
      const es = (await get(`/es/tramites/${proc.slug}`)).body;
      assert.match(es, /Equivalente en Estados Unidos: <a href="\/es\/equivalencias\/ein-rfc">Número de identificación del empleador \(EIN\)<\/a> \(equivalente\)/);
      const en = (await get(`/en/procedures/${proc.slug}`)).body;
      assert.match(en, /US equivalent: <a href="\/en\/certifications\/ein-rfc">Employer Identification Number \(EIN\)<\/a>/);
      assert.match((await get('/en/glossary')).body, /<a href="\/en\/certifications">US ↔ Mexico certification and licence equivalents<\/a>/);
      const sitemap = (await get('/sitemap.xml')).body;
      for (const id of t.catalogue.current.certifications.keys()) {
        assert.ok(sitemap.includes(`/es/equivalencias/${id}</loc>`), id);
        assert.ok(sitemap.includes(`hreflang="en" href="http://localhost:3000/en/certifications/${id}"`) || sitemap.includes(`/en/certifications/${id}</loc>`), id);
      }
    });

    test('the API lists the pairs, filters by field, names a bad parameter; the exports carry every pair', async () => {
      const all = await get('/api/v1/glossary/certifications?lang=en');
      assert.equal(all.statusCode, 200);
      const body = all.json() as { items: { id: string; field: string; us: { name: string; sources: unknown[] }; mx: { sources: unknown[] }; url: string }[]; total: number };
      assert.equal(body.total, t.catalogue.current.certifications.size);
      for (const item of body.items) assertMatchesSchema('CertificationPair', item);
      assert.ok(body.items.every((i) => i.us.sources.length > 0 && i.mx.sources.length > 0));
      const health = (await get('/api/v1/glossary/certifications?field=health-products')).json() as typeof body;
      assert.ok(health.total > 0 && health.items.every((i) => i.field === 'health-products'));
      assert.ok(health.total < body.total);
      const bad = await get('/api/v1/glossary/certifications?field=astrology');
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { error: { parameter: string } }).error.parameter, 'field');
      assert.equal((await get('/api/v1/glossary/certifications?colour=red')).statusCode, 400);
      const one = (await get('/api/v1/glossary/certifications/ein-rfc?lang=es')).json() as { us: { name: string }; url: string };
      assert.equal(one.us.name, 'Número de identificación del empleador (EIN)');
      assert.match(one.url, /\/es\/equivalencias\/ein-rfc$/);
      assert.equal((await get('/api/v1/glossary/certifications/nope')).statusCode, 404);

      const openapi = (await get('/openapi.json')).json() as { paths: Record<string, unknown> };
      assert.ok(openapi.paths['/api/v1/glossary/certifications'] && openapi.paths['/api/v1/export/certifications.csv']);

      const json = (await get('/api/v1/export/catalogue.json')).json() as { certifications: { id: string; us: { name: { es: string; en: string } }; urls: { es: string; en: string } }[] };
      assert.equal(json.certifications.length, body.total);
      assert.ok(json.certifications.every((c) => c.us.name.es && c.us.name.en && c.urls.en.includes('/en/certifications/')));
      const csv = await get('/api/v1/export/certifications.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /^text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.equal(lines[0]!.split(',')[0], 'id');
      assert.equal(lines.length, body.total + 1);
      assert.ok(lines.some((l) => l.startsWith('ein-rfc,tax,')));
    });

    test('search finds a pair by its US term and by its Mexican term, in both languages', async () => {
      const ids = async (q: string, lang: string) =>
        ((await get(`/api/v1/search?q=${encodeURIComponent(q)}&lang=${lang}&type=certification`)).json() as { items: { id: string }[] }).items.map((i) => i.id);
      assert.ok((await ids('CTPAT', 'en')).includes('ctpat-oea'), 'by the US acronym');
      assert.ok((await ids('Operador Económico Autorizado', 'es')).includes('ctpat-oea'), 'by the Mexican name');
      assert.ok((await ids('Certified Public Accountant', 'en')).includes('cpa-contador-publico-certificado'), 'by the US name');
      assert.ok((await ids('dictamen fiscal', 'es')).includes('cpa-audit-dictamen-fiscal'), 'by the Mexican term');
      const page = await get(`/en/search?q=${encodeURIComponent('Registro Federal de Contribuyentes')}`);
      assert.match(page.body, /href="\/en\/certifications\/ein-rfc"/);
    });

    test('a pair changed by an editor: reviewed by another person, published on its page and in the change log; an unknown procedure is refused first', async () => {
      const url = '/staff/reference/certification/ein-rfc/edit';
      const list = await ed.get('/staff/reference');
      assert.match(list.body, /href="\/staff\/reference\/certification\/ein-rfc\/edit"/);
      const page = await ed.get(url);
      assert.equal(page.status, 200);
      const fields = formFields(page.body, url);
      const doc = JSON.parse(fields.doc!);
      assert.equal(doc.id, 'ein-rfc');
      const before = (await t.db.query('SELECT 1 FROM editorial_draft')).length;
      const bad = await ed.post(url, { ...fields, doc: JSON.stringify({ ...doc, procedures: ['no-such-procedure'] }) });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /unknown procedure no-such-procedure/);
      const noSource = await ed.post(url, { ...fields, doc: JSON.stringify({ ...doc, us: { ...doc.us, sources: [] } }) });
      assert.equal(noSource.status, 400);
      assert.equal((await t.db.query('SELECT 1 FROM editorial_draft')).length, before, 'nothing written');

      doc.equivalence.difference = { es: `${doc.equivalence.difference.es} Revisado con el IRS en 2027.`, en: `${doc.equivalence.difference.en} Checked with the IRS in 2027.` };
      const saved = await ed.post(url, { ...fields, doc: JSON.stringify(doc), 'reason.es': 'Diferencia precisada', 'reason.en': 'Difference made precise' });
      assert.equal(saved.status, 303);
      const draftUrl = saved.location!.split('?')[0]!;
      await ed.get(draftUrl);
      await ed.post(`${draftUrl}/submit`);
      assert.equal((await ed.post(`${draftUrl}/approve`, { revision: '1' })).status, 403, 'the author does not publish');
      assert.doesNotMatch((await get('/en/certifications/ein-rfc')).body, /Checked with the IRS in 2027/, 'not public before review');
      const review = await rev.get(draftUrl);
      assert.match(review.body, /href="\/en\/certifications\/ein-rfc"/, 'the draft links to the public page');
      const done = await rev.post(`${draftUrl}/approve`, formFields(review.body, `${draftUrl}/approve`));
      assert.equal(done.location, `${draftUrl}?notice=published`);

      const en = (await get('/en/certifications/ein-rfc')).body;
      assert.match(en, /Checked with the IRS in 2027\./);
      assert.match(en, /Latest changes<\/h2>[\s\S]*Reason: Difference made precise/);
      assert.match((await get('/es/equivalencias/ein-rfc')).body, /Revisado con el IRS en 2027\./);
      const log = (await get('/es/cambios')).body;
      assert.match(log, /<span class="tag">Equivalencia de certificación<\/span>/);
      assert.match(log, /Motivo: Diferencia precisada/);
      assert.match(log, /href="\/es\/equivalencias\/ein-rfc"/);
      const row = await t.db.query<{ edited_at: Date | null }>('SELECT edited_at FROM certification_pair WHERE id = $1', ['ein-rfc']);
      assert.ok(row[0]?.edited_at, 'marked edited: the seed will not overwrite it');
    });
  });
}
