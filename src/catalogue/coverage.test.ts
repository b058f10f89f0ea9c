import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { seedCatalogue } from './content/index.ts';
import { validateCatalogue } from './validate.ts';
import { contentErrors, coverage, coverageReport, isBanned, isOfficial } from './coverage.ts';
import { directorySeed } from '../directory/seed-entries.ts';

test('official and banned hosts', () => {
  assert.ok(isOfficial('https://www.dof.gob.mx/nota_detalle.php?codigo=1'));
  assert.ok(isOfficial('https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SE-03-010'));
  assert.ok(isOfficial('https://portal.infonavit.org.mx/'));
  assert.ok(!isOfficial('https://gob.mx.example.com/'), 'a look-alike host is not official');
  assert.ok(!isOfficial('https://www.eleconomista.com.mx/'));
  assert.ok(!isOfficial('https://mexico.eregulations.org/procedure/168?l=en'), 'UNCTAD’s copy of the old portal is not the official original');
  assert.ok(!isOfficial('http://200.66.72.182/dof/2019/05/20/x.htm'), 'a raw-IP copy of the DOF is not dof.gob.mx');
  assert.ok(isOfficial('https://paot.org.mx/centro/leyes-normas-htmls/x.html'), 'PAOT is a Mexico City public body');
  assert.ok(isBanned('https://es.scribd.com/document/1'));
  assert.ok(isBanned('https://someone.blogspot.com/2020/01/x.html'));
  assert.ok(!isBanned('https://www.sat.gob.mx/'));
});

test('a catalogue citing a document-sharing copy is reported, with where it is cited', () => {
  const raw = structuredClone(seedCatalogue);
  raw.procedures[0]!.sources.push({ title: 'A copy', url: 'https://es.scribd.com/document/123/copy' });
  const v = coverage(validateCatalogue(raw));
  assert.deepEqual(v.banned, [`procedure ${raw.procedures[0]!.id}: https://es.scribd.com/document/123/copy`]);
  const errors = contentErrors(v);
  assert.equal(errors.length, 1, 'a banned host is reported once, not again as non-official');
  assert.match(errors[0]!, /^banned source hosts/);
});

test('any non-official source is reported with where it is cited, and fails the content check', () => {
  const raw = structuredClone(seedCatalogue);
  const p = raw.procedures[1]!;
  p.sources.push({ title: 'A law firm’s note', url: 'https://www.lexology.com/library/detail.aspx?g=1' });
  raw.states[0]!.sources.push({ title: 'A news item', url: 'https://www.eleconomista.com.mx/x' });
  const v = coverage(validateCatalogue(raw));
  assert.deepEqual(v.banned, []);
  assert.deepEqual(v.nonOfficial.sort(), [
    `procedure ${p.id}: https://www.lexology.com/library/detail.aspx?g=1`,
    `state ${raw.states[0]!.code}: https://www.eleconomista.com.mx/x`,
  ].sort());
  assert.ok(coverageReport(v).includes('non-official sources: 2'));
  const errors = contentErrors(v);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /^non-official sources/);
  assert.ok(errors[0]!.includes('lexology.com') && errors[0]!.includes('eleconomista.com.mx'));
});

test('the shipped catalogue cites no banned or other non-official host, and the figures add up', () => {
  const v = coverage(validateCatalogue(seedCatalogue));
  assert.deepEqual(v.banned, []);
  assert.deepEqual(v.nonOfficial, []);
  assert.deepEqual(contentErrors(v), []);
  const view = seedView();
  assert.equal(v.procedures, view.procedures.length);
  assert.equal(v.settledCost + v.missing.cost.length, v.procedures);
  assert.equal(v.settledTime + v.missing.time.length, v.procedures);
  assert.equal(v.officialSource + v.missing.official.length, v.procedures);
  // A procedure counts as settled only when no step's cost is flagged.
  for (const id of v.missing.cost) assert.ok(view.procedure(id)!.steps.some((s) => s.costs.some((c) => c.unverified)), id);
  assert.equal(coverageReport(v).length, 7);
  assert.equal(coverageReport(v).at(-1), 'non-official sources: 0');
});

test('a directory entry may cite an institutional site, never a document-sharing copy', () => {
  const raw = structuredClone(seedCatalogue);
  const entry = structuredClone(directorySeed[0]!);
  entry.website = 'https://www.cluster.example.org/';
  entry.sources = [...entry.sources, { title: 'A copy', url: 'https://es.scribd.com/document/9/park' }];
  raw.directory = [entry];
  const v = coverage(validateCatalogue(raw));
  assert.deepEqual(v.banned, [`directory ${entry.id}: https://es.scribd.com/document/9/park`]);
  assert.ok(!v.nonOfficial.some((x) => x.startsWith('directory ')), 'institutional sites are not held to the official-host rule');
});
