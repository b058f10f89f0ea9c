/** Unit: an opportunity is refused without an official source or with a broken link; the typed rule matches as data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogueError, validateCatalogue } from '#src/catalogue/validate.ts';
import { seedCatalogue } from '#src/catalogue/content/index.ts';
import { Opportunity, type OpportunityInput } from './schema.ts';
import { isOfficial as isOfficialUrl } from '#src/catalogue/coverage.ts';
import { matchRule, qualifyingOpportunities } from './qualify.ts';
import { opportunities } from './content.ts';

const base = opportunities[0]!;
const problemsWith = (o: OpportunityInput): string[] => {
  try {
    validateCatalogue({ ...seedCatalogue, opportunities: [o] });
    return [];
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems;
    throw e;
  }
};

test('the seed is valid and every seeded opportunity has an official source', () => {
  const c = validateCatalogue(seedCatalogue);
  assert.ok(c.opportunities.length >= 2);
  for (const o of c.opportunities) assert.ok(o.sources.some((s) => isOfficialUrl(s.url)), o.id);
});

test('an opportunity without sources, or with only unofficial ones, is refused naming the field', () => {
  assert.match(problemsWith({ ...base, sources: [] }).join('\n'), /opportunity corredor-interoceanico-istmo-tehuantepec: sources:/);
  const blogOnly = problemsWith({ ...base, sources: [{ title: 'A blog', url: 'https://example.com/ciit' }] });
  assert.match(blogOnly.join('\n'), /sources: at least one official source/);
  // A look-alike host is not official either.
  assert.equal(isOfficialUrl('https://gob.mx.example.com/x'), false);
  assert.equal(isOfficialUrl('https://www.dof.gob.mx/nota_detalle.php?codigo=1'), true);
});

test('broken links are refused: unknown procedure, state outside the list, a SCIAN code that does not exist', () => {
  const p = problemsWith({ ...base, procedures: ['no-such-procedure'], scian: ['999999'], rule: { states: ['09'], text: base.rule!.text } });
  assert.ok(p.some((x) => x.includes('unknown procedure no-such-procedure')), p.join('\n'));
  assert.ok(p.some((x) => x.includes('999999 is not a SCIAN 2023 code')), p.join('\n'));
  assert.ok(p.some((x) => x.includes('the rule names state 09')), p.join('\n'));
});

test('missing English text and an impossible DOF date are refused by the schema', () => {
  const r = Opportunity.safeParse({ ...base, title: { es: 'Solo español', en: '' }, instrument: { ...base.instrument, dofDate: '2023-02-30' } });
  assert.equal(r.success, false);
  const paths = r.error!.issues.map((i) => i.path.join('.'));
  assert.ok(paths.includes('title.en') && paths.includes('instrument.dofDate'), paths.join(', '));
});

test('a rule matches only on every dimension it restricts, and says which parts matched', () => {
  const rule = { states: ['20', '30'], scianPrefixes: ['3344'], investment: ['new-company' as const], text: { es: 'x', en: 'x' } };
  assert.deepEqual(matchRule(rule, { state: '20', scian: '334410', entry: 'new-company' }), { states: ['20', '30'], scianPrefix: '3344', investment: 'new-company' });
  assert.equal(matchRule(rule, { state: '09', scian: '334410', entry: 'new-company' }), null);
  assert.equal(matchRule(rule, { state: '20', scian: '336390', entry: 'new-company' }), null);
  assert.equal(matchRule(rule, { state: '20', scian: '334410', entry: 'acquisition' }), null);
  const parsed = validateCatalogue(seedCatalogue).opportunities;
  // Oaxaca, a new company: the corridor (by state) and the poles' incentive (by investment type).
  assert.deepEqual(qualifyingOpportunities(parsed, { state: '20', scian: '334410', entry: 'new-company' }).map((q) => q.opportunity.id).sort(), [
    'corredor-interoceanico-istmo-tehuantepec', 'estimulos-polos-desarrollo-economico-bienestar',
  ]);
  // Buying a company in Mexico City: neither.
  assert.deepEqual(qualifyingOpportunities(parsed, { state: '09', scian: '334410', entry: 'acquisition' }), []);
});
