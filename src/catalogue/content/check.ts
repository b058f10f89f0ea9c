/** `npm run content:check`: validates the seed catalogue and prints its counts. */
import { seedCatalogue } from './index.ts';
import { validateCatalogue, CatalogueError } from '../validate.ts';
import { loadScian } from '../scian.ts';

try {
  const scian = await loadScian();
  const c = validateCatalogue(seedCatalogue, new Set(scian.map((s) => s.code)));
  const byLevel = (l: string) => c.procedures.filter((p) => p.level === l).length;
  console.log(
    `ok: ${c.procedures.length} procedures (federal ${byLevel('federal')}, state ${byLevel('state')}, municipal ${byLevel('municipal')}), ` +
      `${c.procedures.reduce((n, p) => n + p.steps.length, 0)} steps, ${c.authorities.length} authorities, ${c.offices.length} offices, ` +
      `${c.laws.length} laws, ${c.sectors.length} sectors, ${c.states.length} states`,
  );
} catch (e) {
  if (e instanceof CatalogueError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
