/** Integration: publishing a version shows a readable diff on the page, in the changes list and the Atom feed. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { publishProcedure } from './commands/publish-procedure.ts';
import { CatalogueError } from './validate.ts';

for (const target of dbTargets()) {
  describe(`change history on ${target.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target);
    });
    after(() => t.close());

    test('a fee change is published as version 2 with its reason and a readable diff, in both languages', async () => {
      const view = t.catalogue.current;
      const p = structuredClone(view.procedure('semarnat-lau')!);
      p.steps[0]!.costs = [{ kind: 'fixed', concept: { es: 'Derechos de evaluación', en: 'Assessment fee' }, amountMXN: 3100, year: 2027 }];
      const r = await t.db.transaction((tx) =>
        publishProcedure(tx, view, { doc: p, reason: { es: 'Cuota actualizada por la Ley Federal de Derechos 2027', en: 'Fee updated by the 2027 Federal Duties Law' } }),
      );
      assert.equal(r.version, 2);
      await t.catalogue.reload();
      const en = await t.app.inject({ url: `/en/procedures/${p.slug}` });
      assert.ok(en.body.includes('Version 2'));
      assert.ok(en.body.includes('Fee updated by the 2027 Federal Duties Law'));
      assert.match(en.body, /Step 1 · Cost<\/strong>: <del>.*?<\/del> → <ins><span class="visually-hidden">now: <\/span>Assessment fee: MX\$3,100 \(2027\)<\/ins>/s);
      const es = await t.app.inject({ url: `/es/tramites/${p.slug}` });
      assert.ok(es.body.includes('Cuota actualizada por la Ley Federal de Derechos 2027'));
      assert.ok(es.body.includes('Paso 1 · Costo'));
      const recent = await t.app.inject({ url: '/en/changes' });
      assert.ok(recent.body.indexOf(p.title.en) < recent.body.indexOf('procedures first published'), 'newest first');
      // The initial publication is one entry, not one line per procedure (issue 13, item 7).
      assert.equal(recent.body.match(/procedures first published/g)?.length, 1);
      assert.ok(!recent.body.includes('First published'));
      const atom = await t.app.inject({ url: '/en/changes.atom' });
      assert.match(String(atom.headers['content-type']), /application\/atom\+xml/);
      assert.ok(atom.body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'));
      assert.ok(atom.body.includes(`#v2</id>`));
      assert.ok(atom.body.includes('Fee updated by the 2027 Federal Duties Law'));
      const api = (await t.app.inject({ url: '/api/v1/procedures/semarnat-lau?lang=en' })).json();
      assert.equal(api.version, 2);
      assert.equal(api.steps[0].costs[0].amountMXN, 3100);
    });

    test('a version with a broken reference is refused and nothing changes', async () => {
      const view = t.catalogue.current;
      const p = structuredClone(view.procedure('sat-csd')!);
      p.prerequisites = ['no-such-procedure'];
      const before = view.lastUpdated(view.procedure('sat-csd')!)!.version;
      await assert.rejects(
        t.db.transaction((tx) => publishProcedure(tx, view, { doc: p, reason: { es: 'x', en: 'x' } })),
        (e) => e instanceof CatalogueError && /unknown prerequisite no-such-procedure/.test(e.message),
      );
      const rows = await t.db.query<{ version: number }>(`SELECT version FROM procedure WHERE id = 'sat-csd'`);
      assert.equal(rows[0]!.version, before);
    });
  });
}
