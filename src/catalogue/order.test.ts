/**
 * Lists in the order an investor meets them (issue 13, item 5): after what they depend on, then by
 * phase. Checked on the whole catalogue and on the lists the issue found out of order.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { dependenciesOf, inOrder } from './dependencies.ts';

const view = seedView();
const PHASE = { constitution: 0, construction: 1, operation: 2 } as const;

test('every procedure comes after those it depends on; a phase is never left for an earlier one without a dependency forcing it', () => {
  const list = view.procedures;
  const at = new Map(list.map((p, i) => [p.id, i]));
  for (const p of list) for (const d of dependenciesOf(p)) if (at.has(d.on)) assert.ok(at.get(d.on)! < at.get(p.id)!, `${d.on} before ${p.id}`);
  assert.equal(list[0]!.id, 'se-company-name', 'the company name comes first');
  // Any subset keeps the same property (the filtered lists): try the construction and operation ones.
  const sub = inOrder(list.filter((p) => p.phase !== 'constitution'));
  const firstOperation = sub.findIndex((p) => p.phase === 'operation');
  const lateConstruction = sub.slice(firstOperation).filter((p) => p.phase === 'construction');
  for (const c of lateConstruction) {
    const forced = sub.slice(firstOperation, sub.indexOf(c)).some((x) => dependenciesOf(c).some((d) => d.on === x.id));
    assert.ok(forced, `${c.id} (construction) comes after an operation procedure only because it needs one`);
  }
  assert.ok(Object.keys(PHASE).length === 3);
});

let t: TestApp;
before(async () => {
  t = await buildTestApp(dbTargets()[0]!);
});
after(() => t.close());

test('the filtered list and the sector page show the company name first and construction before operation', async () => {
  const list = await t.app.inject({ url: '/en/procedures?sector=automotive-auto-parts&state=19' });
  const slugs = [...list.body.matchAll(/href="\/en\/procedures\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
  const first = view.procedure('se-company-name')!.slug;
  assert.equal(slugs[0], first, `first: ${slugs.slice(0, 3).join(', ')}`);
  const sector = view.sectors.get('automotive-auto-parts')!;
  const page = await t.app.inject({ url: `/en/sectors/${sector.slug}` });
  const order = [...page.body.matchAll(/href="\/en\/procedures\/([a-z0-9-]+)"/g)].map((m) => view.procedures.find((p) => p.slug === m[1])!).filter(Boolean);
  const phases = order.map((p) => PHASE[p.phase]);
  const landUse = order.findIndex((p) => p.id === 'mun-land-use');
  const operating = order.findIndex((p) => p.id === 'mun-operating-licence');
  if (landUse >= 0 && operating >= 0) assert.ok(landUse < operating, 'land use before the operating licence');
  assert.ok(phases.length > 3);
});
