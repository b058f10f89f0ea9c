/**
 * Issue 10, items 4 and 6 through the engine on the shipped catalogue: a plan never silently drops
 * what its sector guide lists, and the checklist has one entry per real document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { seedCatalogue } from '#src/catalogue/content/index.ts';
import { documentRegistry } from '#src/catalogue/content/documents.ts';
import { buildPlan, type Plan } from './engine.ts';
import { Profile, type ProfileInput } from './profile.ts';
import { normalise } from './documents.ts';

const view = seedView();
const plan = (p: ProfileInput): Plan => buildPlan(view, Profile.parse(p), '2027-01-04');
const ids = (pl: Plan) => pl.procedures.map((x) => x.procedure.id);
const autoParts: ProfileInput = { scian: '336390', state: '19', foreignPct: 100, employees: 300, facility: 'build', imports: true, temporaryImports: true };

test('an auto-parts plant that did not say it is a federal emission source is told the law says it is, and one answer adds LAU and COA', () => {
  const pl = plan(autoParts);
  const lau = pl.sectorGaps.find((g) => g.procedure === 'semarnat-lau');
  assert.ok(lau, 'LAU is named, not dropped');
  assert.equal(lau.expected?.fact, 'federalEmissionSource');
  assert.deepEqual(lau.expected?.legalBasis, [{ law: 'lgeepa', article: '111-bis' }]);
  assert.deepEqual(lau.addWith, { fact: 'federalEmissionSource', value: true });
  assert.deepEqual(lau.answers, [{ fact: 'federalEmissionSource', value: false }]);
  assert.ok(pl.sectorGaps.find((g) => g.procedure === 'semarnat-coa')?.expected);
  assert.equal(pl.sectorGaps[0]!.expected !== null, true, 'what the law requires comes first');

  const fixed = plan({ ...autoParts, federalEmissionSource: true });
  assert.ok(ids(fixed).includes('semarnat-lau'));
  assert.ok([...ids(fixed), ...fixed.obligations.map((p) => p.id)].includes('semarnat-coa'));
  assert.ok(!fixed.sectorGaps.some((g) => g.procedure === 'semarnat-lau' || g.procedure === 'semarnat-coa'));
});

test('a numeric question is named with the answer given and no one-click fix; a class-only procedure says so', () => {
  const pl = plan(autoParts);
  const visa = pl.sectorGaps.find((g) => g.procedure === 'inm-work-visa');
  assert.deepEqual(visa?.answers, [{ fact: 'foreignStaff', value: 0 }]);
  assert.equal(visa?.addWith, null);
  assert.equal(visa?.otherClass, false);
  // The sector importers register is for listed classes only: 336390 (other auto parts) is not one of them.
  const sector = plan({ ...autoParts, scian: '326192' }).sectorGaps.find((g) => g.procedure === 'sat-sector-importers-register');
  assert.equal(sector?.otherClass, true);
  assert.equal(sector?.addWith, null);
});

test('property: for every class of every sector guide, each listed procedure is in the plan, an alternative taken, out of the state, or a named gap', () => {
  const variants: Partial<ProfileInput>[] = [{}, { facility: 'build', employees: 50, imports: true }, { foreignPct: 100, entry: 'branch' }];
  let checked = 0;
  for (const sector of view.sectors.values()) {
    for (const scian of sector.scian) {
      for (const v of variants) {
        for (const state of ['09', '19']) {
          const pl = plan({ scian, state, ...v });
          const covered = new Set([...ids(pl), ...pl.obligations.map((p) => p.id), ...pl.procedures.flatMap((x) => x.insteadOf), ...pl.sectorGaps.map((g) => g.procedure)]);
          for (const id of sector.procedures) {
            const p = view.procedure(id)!;
            if (!view.appliesInState(p, state)) continue;
            assert.ok(covered.has(id), `${sector.slug} ${scian} ${JSON.stringify(v)} state ${state}: ${id} silently dropped`);
            checked++;
          }
          for (const g of pl.sectorGaps) assert.ok(!ids(pl).includes(g.procedure), `${g.procedure} is both planned and a gap`);
        }
      }
    }
  }
  assert.ok(checked > 1000, `checked ${checked}`);
});

test('the checklist has one entry per real document: one company e.firma, one RFC, one incorporation deed', () => {
  const pl = plan(autoParts);
  const from = (p: string) => pl.documents.filter((d) => d.producedBy === p && d.id === `from:${p}`);
  for (const p of ['sat-efirma-company', 'sat-rfc-company', 'incorporation-deed', 'mun-land-use']) assert.equal(from(p).length, 1, p);
  const efirma = from('sat-efirma-company')[0]!;
  assert.ok(efirma.askedAs.length >= 3, 'the names it is asked under are kept');
  assert.ok(efirma.neededBy.length >= 3);
  assert.equal(new Set(pl.documents.map((d) => d.id)).size, pl.documents.length, 'ids are unique');
  // Distinct outputs of one procedure stay distinct documents (the mailbox vs the compliance opinion).
  assert.ok(pl.documents.some((d) => d.id === 'from:sat-compliance-opinion#1'));
  // No two entries carry the same normalised name.
  const names = pl.documents.map((d) => normalise(d.name.es));
  assert.equal(new Set(names).size, names.length);
  // ~90 entries before documents were merged; the count grows only with real new requirements
  // (the catalogue's procedures gained their legal requirements since), duplicates are caught above.
  assert.ok(pl.documents.length < 80, `${pl.documents.length} documents`);
});

test('documents of an entry type that does not apply are not listed: a branch’s SE authorisation only for a branch', () => {
  const branchDoc = (pl: Plan) => pl.documents.some((d) => d.producedBy === 'se-foreign-branch-authorisation');
  assert.equal(branchDoc(plan(autoParts)), false);
  assert.equal(branchDoc(plan({ ...autoParts, entry: 'branch' })), true);
  const deedAtRegistry = (pl: Plan) => pl.documents.find((d) => d.producedBy === 'incorporation-deed')?.neededBy.includes('rpc-registration') ?? false;
  assert.equal(deedAtRegistry(plan(autoParts)), true);
  assert.equal(deedAtRegistry(plan({ ...autoParts, entry: 'branch' })), false);
});

test('every name in the document registry matches a requirement the catalogue asks for', () => {
  const asked = new Set(seedCatalogue.procedures.flatMap((p) => p.steps.flatMap((s) => (s.requirements ?? []).map((r) => normalise(r.name.es)))));
  for (const d of documentRegistry) for (const n of d.askedAs) assert.ok(asked.has(normalise(n)), `${d.id}: "${n}" matches no requirement`);
});
