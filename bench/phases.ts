/**
 * Start-up phases of the embedded default, timed one by one (wall and CPU time) with the memory
 * after each (profiling aid for issue 9). Through tsx: `node --import tsx bench/phases.ts DATA_DIR`;
 * as `npm start` loads the server (one bundle): `node bench/phases-bundled.mjs DATA_DIR`.
 */
const t0 = performance.now();
const mark = (() => {
  let last = performance.now();
  let lastCpu = 0;
  return (name: string) => {
    const now = performance.now();
    const c = process.cpuUsage();
    const cpu = (c.user + c.system) / 1000;
    const m = process.memoryUsage();
    const mb = (n: number) => (n / 1048576).toFixed(0);
    console.log(`${name.padEnd(28)} ${(now - last).toFixed(0).padStart(6)} ms wall ${(cpu - lastCpu).toFixed(0).padStart(6)} ms CPU  (t=${now.toFixed(0)})  rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} ext ${mb(m.external)} ab ${mb(m.arrayBuffers)}`);
    last = now;
    lastCpu = cpu;
  };
})();
mark(`before main (origin→${t0.toFixed(0)})`);
// Static imports: bundled like the server by bench/phases-bundled.mjs.
import { openDb } from '#src/db/client.ts';
import { migrate } from '#src/db/migrate.ts';
import { seed } from '#src/catalogue/seed.ts';
import { CatalogueStore } from '#src/catalogue/store.ts';
import { buildAssets } from '#src/web/assets.ts';
import { createApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import '#src/accounts/admin-cli.ts';
import '#src/mail/worker.ts';
import '#src/desk/retention.ts';
mark('imports');
const dir = process.argv[2]!;
const config = { ...loadConfig(), DATA_DIR: dir, LOG_LEVEL: 'warn' };
const db = await openDb({ dataDir: dir });
mark('PGlite.create');
await migrate(db);
mark('migrate');
const seeded = await seed(db);
mark(`seed (written ${seeded.written})`);
const catalogue = new CatalogueStore(db);
await catalogue.start();
mark('catalogue load');
const assets = await buildAssets();
mark('assets (esbuild)');
const app = await createApp({ config: config as never, db, catalogue, assets, logger: false });
mark('createApp');
await app.ready();
mark('app.ready');
let r = await app.inject('/es/tramites/rnie-registration');
mark(`first render ${r.statusCode}`);
r = await app.inject('/en/search?q=rfc');
mark(`search (index build) ${r.statusCode}`);
for (const p of ['/es/', '/en/procedures', '/es/estados/nuevo-leon', '/en/sectors', '/api/v1/export/catalogue.json', '/es/glosario', '/staff/login']) await app.inject(p);
mark('every page type');
globalThis.gc?.();
mark('after gc');
await app.close();
await db.close();
