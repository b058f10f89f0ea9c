/** bench/phases.ts loaded as `npm start` loads the server: one cached bundle (scripts/start.mjs). */
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { serverBundle } from '../scripts/start.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const b = serverBundle({ root, entry: `${root}bench/phases.ts`, cacheDir: `${root}node_modules/.cache/ventanilla/phases` });
const bundle = (await b.cached()) ?? (await b.build());
v8.setFlagsFromString('--liftoff-only'); // as npm start does
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
