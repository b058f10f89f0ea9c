/**
 * The directory over HTTP on both databases: the seeded entries on the page, entry page (JSON-LD),
 * API, export, search and sitemap; filters (bad value → 400 naming it); the self-registration form
 * (400 naming the field in the visitor's language and nothing written, CSRF, daily cap per address);
 * and the rule that nothing unverified is ever public: a registration is absent from page, API,
 * search, export and sitemap until its e-mail is confirmed AND an editor's draft, verified, is
 * published by another person — publication is refused otherwise.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { Visitor } from '#tests/helpers/visitor.ts';
import { outbox, linkIn } from '#tests/helpers/staff.ts';
import { person, type Person } from '#tests/helpers/editorial.ts';
import { createDraft } from '#src/editorial/commands/create-draft.ts';
import { submitDraft } from '#src/editorial/commands/submit-draft.ts';
import { approveDraft } from '#src/editorial/commands/approve-draft.ts';
import { EditorialError } from '#src/editorial/commands/context.ts';
import { directorySeed } from './seed-entries.ts';
import { CERTIFICATIONS } from './schema.ts';
import { pathFor } from '#src/i18n/locale.ts';

const REASON = { es: 'Proveedor verificado: sitio y certificado revisados', en: 'Supplier verified: website and certificate checked' };
const FORM = {
  name: 'Ensambles Electrónicos del Bajío',
  type: 'supplier',
  state: '11',
  municipality: 'León',
  website: 'https://ensambles.example.com',
  email: 'contacto@ensambles.example.com',
  scian: '334410',
  sectors: 'electrical-electronics',
  capabilities: ['pcb-assembly', 'wire-harness'],
  certifications: 'iso-9001',
  'evidence.iso-9001': 'https://ensambles.example.com/iso9001.pdf',
  description: 'Ensamble de tarjetas para la industria automotriz.',
};

for (const target of dbTargets()) {
  describe(`directory (${target.name})`, () => {
    let t: TestApp;
    let n = 0;
    let editor: Person;
    let reviewer: Person;
    const visitor = () => new Visitor(t, `203.0.113.${++n}`);
    const rows = async () => t.db.query<{ id: string; status: string }>('SELECT id, status FROM directory_entry ORDER BY id');
    const registrations = async () => t.db.query<{ entry_id: string; confirmed_at: unknown }>('SELECT entry_id, confirmed_at FROM directory_registration');
    const get = (url: string) => t.app.inject({ url });
    /** Where a published entry shows, and whether `id` is there. */
    const everywhere = async (id: string, name: string) => {
      const page = await get('/es/directorio');
      const one = await get(`/es/directorio/${id}`);
      const list = (await get('/api/v1/directory')).json() as { items: { id: string }[] };
      const api = await get(`/api/v1/directory/${id}`);
      const search = (await get(`/api/v1/search?q=${encodeURIComponent(name)}`)).json() as { items: { id: string; type: string }[] };
      const exp = (await get('/api/v1/export/catalogue.json')).json() as { directory: { id: string }[] };
      const csv = (await get('/api/v1/export/directory.csv')).body;
      const sitemap = (await get('/sitemap.xml')).body;
      return {
        page: page.body.includes(`/es/directorio/${id}"`),
        entry: one.statusCode === 200,
        list: list.items.some((x) => x.id === id),
        api: api.statusCode === 200,
        search: search.items.some((h) => h.type === 'directory' && h.id === id),
        export: exp.directory.some((x) => x.id === id),
        csv: csv.includes(id),
        sitemap: sitemap.includes(`/es/directorio/${id}<`),
      };
    };
    const nowhere = { page: false, entry: false, list: false, api: false, search: false, export: false, csv: false, sitemap: false };
    const register = async (v: Visitor, fields: Record<string, string | string[]>, locale: 'es' | 'en' = 'es') => {
      const path = locale === 'es' ? '/es/directorio/registro' : '/en/directory/register';
      const form = await v.get(path);
      assert.equal(form.status, 200);
      const body = new URLSearchParams({ _csrf: v.token });
      for (const [k, x] of Object.entries(fields)) for (const y of Array.isArray(x) ? x : [x]) body.append(k, y);
      const r = await t.app.inject({ method: 'POST', url: path, remoteAddress: v.ip, payload: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...v.jar].map(([k, val]) => `${k}=${val}`).join('; ') } });
      return Object.assign(r, { status: r.statusCode });
    };
    const pendingId = async (name: string) => (await t.db.query<{ id: string }>("SELECT id FROM directory_entry WHERE doc->>'name' = $1", [name]))[0]!.id;

    before(async () => {
      t = await buildTestApp(target, { env: { DIRECTORY_RATE_LIMIT_PER_MINUTE: '50', DIRECTORY_DAILY_LIMIT_PER_ADDRESS: '2' } });
      editor = await person(t.db, 'editora@ventanilla.test', ['editor']);
      reviewer = await person(t.db, 'revisor@ventanilla.test', ['reviewer']);
    });
    after(() => t?.close());

    test('the seeded entries, each with an official source, are on the page, entry page, API, export, search and sitemap', async () => {
      assert.ok(directorySeed.length >= 1);
      for (const e of directorySeed) {
        assert.ok(e.sources.length >= 1 && e.sources.every((s) => /\.gob\.mx\//.test(s.url)), `${e.id} has an official source`);
        assert.deepEqual(await everywhere(e.id, e.name), { page: true, entry: true, list: true, api: true, search: true, export: true, csv: true, sitemap: true });
      }
      const page = await get('/en/directory/podecobi-hermosillo');
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)![1]!);
      assert.equal(ld['@type'], 'Place');
      assert.equal(ld.address.addressRegion, 'Sonora');
      assert.match(page.body, /<meta name="description" content="[^"]+">/);
      assert.match(page.body, /hreflang="es" href="http:\/\/ventanilla\.test\/es\/directorio\/podecobi-hermosillo"/);
      // "Was this page useful?" on an entry page, the mapping and the form leads to a form that accepts them.
      for (const p of ['/en/directory/podecobi-hermosillo', '/es/directorio/mapeo', '/en/directory/register']) {
        assert.equal((await get(`/en/feedback?page=${encodeURIComponent(p)}&useful=no`)).statusCode, 200, p);
      }
      assert.equal((await get(`/en/feedback?page=${encodeURIComponent('/en/directory/not-published')}&useful=no`)).statusCode, 400);
    });

    test('filters by state, capability and type; an unknown value is a 400 naming it; the map has a table and a link per state', async () => {
      const sonora = (await get('/api/v1/directory?state=26')).json() as { items: { id: string }[]; total: number };
      assert.deepEqual(sonora.items.map((x) => x.id), ['podecobi-hermosillo']);
      const rail = (await get('/api/v1/directory?capability=rail-access&lang=en')).json() as { items: { id: string; capabilities: { name: string }[] }[] };
      assert.deepEqual(rail.items.map((x) => x.id), ['podecobi-hermosillo']);
      assert.ok(rail.items[0]!.capabilities.some((c) => c.name === 'Rail access'));
      assert.equal(((await get('/api/v1/directory?type=supplier')).json() as { total: number }).total, 0);
      const bad = await get('/api/v1/directory?capability=teleportation');
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { error: { parameter: string } }).error.parameter, 'capability');
      const page = await get('/es/directorio?state=26');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /1 entrada</);
      assert.match(page.body, /<svg class="tile-map" role="group"[^>]*aria-labelledby="tile-map-title tile-map-desc"/);
      assert.equal((page.body.match(/<a href="\/es\/directorio\?state=\d\d" aria-label=/g) ?? []).length, 32);
      assert.match(page.body, /<caption>Entradas publicadas por estado<\/caption>/);
      const mapping = await get('/en/directory/mapping?sector=semiconductors');
      assert.equal(mapping.statusCode, 200);
      assert.match(mapping.body, /Capabilities with no entry \(gaps\)/);
      assert.equal((await get('/en/directory/mapping?sector=nope')).statusCode, 400);
      // Linked from state and sector pages.
      assert.match((await get('/es/estados/sonora')).body, /href="\/es\/directorio\?state=26">1 entrada del directorio en este estado/);
      assert.match((await get('/en/sectors/semiconductors')).body, /href="\/en\/directory\?sector=semiconductors"/);
    });

    test('bad registration: 400 naming each field in the visitor’s language, nothing written', async () => {
      const before = { entries: (await rows()).length, regs: (await registrations()).length, mail: (await outbox(t.db)).length };
      const es = await register(visitor(), { ...FORM, name: '', website: 'not a url', scian: '999999', 'evidence.iso-9001': 'ftp://x' });
      assert.equal(es.status, 400);
      assert.match(es.body, /Escriba el nombre de la organización/);
      assert.match(es.body, /Escriba la dirección completa del sitio/);
      assert.match(es.body, /Escriba clases SCIAN 2023 de seis dígitos que existan/);
      assert.match(es.body, /El enlace a la evidencia de ISO 9001 debe ser una dirección completa/);
      assert.match(es.body, /value="contacto@ensambles\.example\.com"/, 'what was typed comes back');
      const en = await register(visitor(), { ...FORM, email: 'nope', state: '40' }, 'en');
      assert.equal(en.status, 400);
      assert.match(en.body, /Write a valid e-mail address\./);
      assert.match(en.body, /Choose a state from the list\./);
      const noToken = await t.app.inject({ method: 'POST', url: '/es/directorio/registro', remoteAddress: '203.0.113.250', payload: new URLSearchParams(FORM as unknown as Record<string, string>).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(noToken.statusCode, 403);
      assert.deepEqual({ entries: (await rows()).length, regs: (await registrations()).length, mail: (await outbox(t.db)).length }, before);
    });

    test('a registration is never public until confirmed, verified by an editor and published by a reviewer', async () => {
      const v = visitor();
      const r = await register(v, FORM);
      assert.equal(r.status, 303, r.body.slice(0, 400));
      const id = await pendingId(FORM.name);
      assert.deepEqual(await everywhere(id, FORM.name), nowhere);
      // The staff queue shows it, e-mail not confirmed yet.
      const mail = (await outbox(t.db, FORM.email)).at(-1)!;
      assert.equal(mail.template, 'directoryConfirm');
      const link = linkIn(mail.body_text);

      // The editor drafts and verifies while the e-mail is unconfirmed: the reviewer cannot publish it.
      const view = () => t.catalogue.current;
      const current = (await t.db.query<{ doc: Record<string, unknown> }>('SELECT doc FROM directory_entry WHERE id = $1', [id]))[0]!.doc;
      const verifiedDoc = { ...current, description: { es: FORM.description, en: 'Board assembly for the automotive industry.' }, verification: { status: 'verified', verifiedOn: '2026-12-04' } };
      const draftId = await createDraft(t.db, editor.ctx, view(), { entityType: 'directory', entityId: id, doc: verifiedDoc, reason: REASON });
      await submitDraft(t.db, editor.ctx, view(), draftId);
      await assert.rejects(approveDraft(t.db, reviewer.ctx, view(), { draftId, revision: 1 }), (e: unknown) => e instanceof EditorialError && e.key === 'catalogueProblems' && JSON.stringify(e.data.problems).includes('not confirmed'));
      // The author cannot publish their own draft either.
      await assert.rejects(approveDraft(t.db, editor.ctx, view(), { draftId, revision: 1 }));
      assert.deepEqual(await everywhere(id, FORM.name), nowhere);

      // The registrant confirms: the link shows a button (a scanner following the link confirms nothing).
      const confirmPage = await v.get(new URL(link).pathname + new URL(link).search);
      assert.equal(confirmPage.status, 200);
      assert.equal((await registrations()).find((x) => x.entry_id === id)!.confirmed_at, null);
      const token = new URL(link).searchParams.get('token')!;
      const done = await v.post(new URL(link).pathname, { token });
      assert.equal(done.status, 200);
      assert.match(done.body, /Correo confirmado/);
      assert.notEqual((await registrations()).find((x) => x.entry_id === id)!.confirmed_at, null);

      const published = await approveDraft(t.db, reviewer.ctx, view(), { draftId, revision: 1 });
      assert.equal(published.entityId, id);
      await t.catalogue.reload();
      assert.deepEqual(await everywhere(id, FORM.name), { page: true, entry: true, list: true, api: true, search: true, export: true, csv: true, sitemap: true });
      const api = (await get(`/api/v1/directory/${id}?lang=en`)).json() as { certifications: { name: string; evidence: string }[]; contact: { email: string | null } };
      assert.deepEqual(api.certifications, [{ code: 'iso-9001', name: 'ISO 9001', evidence: 'https://ensambles.example.com/iso9001.pdf' }]);
      assert.equal(api.contact.email, null, 'the confirmation address is never published');
      // Its certification links to the US ↔ Mexico glossary pair that explains it.
      const page = await get(pathFor({ page: 'directoryEntry', id }, 'en'));
      assert.ok(page.body.includes(`href="${pathFor({ page: 'certification', id: 'iso-9001-certification' }, 'en')}"`), 'ISO 9001 links to its glossary pair');
    });

    test('every certification code that names a glossary pair names a published one', () => {
      const named = Object.values(CERTIFICATIONS).flatMap((c) => ('glossary' in c ? [c.glossary] : []));
      assert.ok(named.length >= 4);
      for (const id of named) assert.ok(t.catalogue.current.certifications.has(id), id);
    });

    test('an unverified draft is never published, even with the e-mail confirmed', async () => {
      const v = visitor();
      assert.equal((await register(v, { ...FORM, name: 'Maquinados de Precisión del Norte', email: 'ventas@maquinados.example.com' })).status, 303);
      const id = await pendingId('Maquinados de Precisión del Norte');
      const mail = (await outbox(t.db, 'ventas@maquinados.example.com')).at(-1)!;
      const link = new URL(linkIn(mail.body_text));
      await v.get(link.pathname + link.search);
      assert.equal((await v.post(link.pathname, { token: link.searchParams.get('token')! })).status, 200);
      const current = (await t.db.query<{ doc: Record<string, unknown> }>('SELECT doc FROM directory_entry WHERE id = $1', [id]))[0]!.doc;
      const doc = { ...current, description: { es: FORM.description, en: 'Board assembly.' } };
      // Drafting excuses only the missing verification: any other problem is refused at once.
      await assert.rejects(
        createDraft(t.db, editor.ctx, t.catalogue.current, { entityType: 'directory', entityId: id, doc: { ...doc, scian: ['999999'] }, reason: REASON }),
        (e: unknown) => e instanceof EditorialError && JSON.stringify(e.data.problems).includes('999999 is not a SCIAN 2023 code') && !JSON.stringify(e.data.problems).includes('not verified'),
      );
      const draftId = await createDraft(t.db, editor.ctx, t.catalogue.current, { entityType: 'directory', entityId: id, doc, reason: REASON });
      await submitDraft(t.db, editor.ctx, t.catalogue.current, draftId);
      await assert.rejects(approveDraft(t.db, reviewer.ctx, t.catalogue.current, { draftId, revision: 1 }), (e: unknown) => e instanceof EditorialError && JSON.stringify(e.data.problems).includes('not verified'));
      assert.deepEqual((await rows()).find((x) => x.id === id)!.status, 'pending');
      await t.catalogue.reload();
      assert.deepEqual(await everywhere(id, 'Maquinados de Precisión del Norte'), nowhere);
    });

    test('registrations per address per day are capped (429, nothing written)', async () => {
      const v = visitor();
      assert.equal((await register(v, { ...FORM, name: 'Uno', email: 'uno@example.com' })).status, 303);
      assert.equal((await register(v, { ...FORM, name: 'Dos', email: 'dos@example.com' })).status, 303);
      const count = (await rows()).length;
      const third = await register(v, { ...FORM, name: 'Tres', email: 'tres@example.com' });
      assert.equal(third.status, 429);
      assert.match(third.body, /Demasiados registros/);
      assert.equal((await rows()).length, count);
      assert.equal((await outbox(t.db, 'tres@example.com')).length, 0);
    });
  });
}
