/**
 * `npm run content:check`: validates the seed catalogue (schema, references, dependency cycles),
 * prints its counts and its coverage figures against the goals, and fails on any invalid content, any
 * source on a banned host (document-sharing sites, blogs) or any other non-official source (`contentErrors`).
 * Unmet coverage goals are reported, not fatal.
 */
import { seedCatalogue } from './index.ts';
import { validateCatalogue, CatalogueError } from '../validate.ts';
import { loadScian } from '../scian.ts';
import { contentErrors, coverage, coverageReport } from '../coverage.ts';
import { glossaryFigures, unacceptedSources } from '../../certifications/official.ts';

try {
  const scian = await loadScian();
  const c = validateCatalogue(seedCatalogue, new Set(scian.map((s) => s.code)));
  const byLevel = (l: string) => c.procedures.filter((p) => p.level === l).length;
  console.log(
    `ok: ${c.procedures.length} procedures (federal ${byLevel('federal')}, state ${byLevel('state')}, municipal ${byLevel('municipal')}), ` +
      `${c.procedures.reduce((n, p) => n + p.steps.length, 0)} steps, ${c.authorities.length} authorities, ${c.offices.length} offices, ` +
      `${c.laws.length} laws, ${c.sectors.length} sectors, ${c.states.length} states`,
  );
  const g = glossaryFigures(c.certifications);
  console.log(
    `  certification glossary (US ↔ MX): ${g.pairs} pairs, ${g.sources} distinct sources (${g.citations} citations), ` +
      `${g.withAgreement} with an agreement (${g.mutualRecognition} in full, the rest partial or one-way)`,
  );
  const v = coverage(c);
  for (const line of coverageReport(v)) console.log(`  ${line}`);
  if (process.argv.includes('--missing')) {
    console.log(`  without a settled cost: ${v.missing.cost.join(', ') || '—'}`);
    console.log(`  without a settled time: ${v.missing.time.join(', ') || '—'}`);
    console.log(`  without an official source: ${v.missing.official.join(', ') || '—'}`);
    console.log(`  states without an official source: ${v.missing.stateSources.join(', ') || '—'}`);
    console.log(`  non-official sources, where cited: ${v.nonOfficial.length ? `\n    ${v.nonOfficial.join('\n    ')}` : '—'}`);
  }
  const glossary = unacceptedSources(c.certifications);
  const errors = [...contentErrors(v), ...(glossary.length ? [`glossary sources not on an official or issuing-body host:\n  ${glossary.join('\n  ')}`] : [])];
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
} catch (e) {
  if (e instanceof CatalogueError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
