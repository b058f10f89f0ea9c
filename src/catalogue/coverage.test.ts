import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { seedCatalogue } from './content/index.ts';
import { validateCatalogue } from './validate.ts';
import { coverage, coverageReport, isBanned, isOfficial } from './coverage.ts';

test('official and banned hosts', () => {
  assert.ok(isOfficial('https://www.dof.gob.mx/nota_detalle.php?codigo=1'));
  assert.ok(isOfficial('https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SE-03-010'));
  assert.ok(isOfficial('https://portal.infonavit.org.mx/'));
  assert.ok(!isOfficial('https://gob.mx.example.com/'), 'a look-alike host is not official');
  assert.ok(!isOfficial('https://www.eleconomista.com.mx/'));
  assert.ok(isBanned('https://es.scribd.com/document/1'));
  assert.ok(isBanned('https://someone.blogspot.com/2020/01/x.html'));
  assert.ok(!isBanned('https://www.sat.gob.mx/'));
});

test('a catalogue citing a document-sharing copy is reported, with where it is cited', () => {
  const raw = structuredClone(seedCatalogue);
  raw.procedures[0]!.sources.push({ title: 'A copy', url: 'https://es.scribd.com/document/123/copy' });
  const v = coverage(validateCatalogue(raw));
  assert.deepEqual(v.banned, [`procedure ${raw.procedures[0]!.id}: https://es.scribd.com/document/123/copy`]);
});

test('the shipped catalogue cites no banned host, and the figures add up', () => {
  const v = coverage(validateCatalogue(seedCatalogue));
  assert.deepEqual(v.banned, []);
  const view = seedView();
  assert.equal(v.procedures, view.procedures.length);
  assert.equal(v.settledCost + v.missing.cost.length, v.procedures);
  assert.equal(v.settledTime + v.missing.time.length, v.procedures);
  assert.equal(v.officialSource + v.missing.official.length, v.procedures);
  // A procedure counts as settled only when no step's cost is flagged.
  for (const id of v.missing.cost) assert.ok(view.procedure(id)!.steps.some((s) => s.costs.some((c) => c.unverified)), id);
  assert.equal(coverageReport(v).length, 6);
});
