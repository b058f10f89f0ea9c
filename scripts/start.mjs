/**
 * `npm start`: the server (src/server.ts) from a bundle of its sources, kept in
 * node_modules/.cache/ventanilla/server/ and rebuilt by esbuild when any source it holds changed.
 *
 * Why (issue 9, measured): loading ~270 TypeScript modules through tsx's loader hooks took
 * 0.8 s of a 2-core machine's start-up (2–3 s when loaded), the one bundle ~0.1 s. The bundle is
 * the same code tsx would run (both transform with esbuild); each module keeps its own
 * `import.meta.url`, so files read next to the sources (migrations, assets, content) are found
 * as before. Stack traces point at the sources (source map). Packages stay in node_modules.
 * Where the cache cannot be written, the server runs through tsx as before (ADR 023).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

/** Bump when the way the bundle is made changes: every cached bundle is then rebuilt. */
const FORMAT = 1;
const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'src/server.ts');
// The same cache as the prepared PGlite data directories (src/db/pglite-template.ts); it must lie
// inside the project (node_modules/.cache by default): the bundle finds the packages from there.
const cacheDir = join(process.env.VENTANILLA_CACHE_DIR || join(root, 'node_modules/.cache/ventanilla'), 'server');
const sha = (data) => createHash('sha256').update(data).digest('hex');

/**
 * The bundle of `entry` (a module of the project at `root`) kept in `cacheDir`: `cached()` gives its
 * path if every source it holds is unchanged (by content, not by date), `build()` makes it anew.
 */
export function serverBundle({ root, entry, cacheDir }) {
  /** The cached bundle, if every source it was built from is unchanged. */
  async function cached() {
    let manifest;
    try {
      manifest = JSON.parse(await readFile(join(cacheDir, 'manifest.json'), 'utf8'));
    } catch {
      return null;
    }
    if (manifest.format !== FORMAT || manifest.node !== process.versions.node || manifest.entry !== relative(root, entry)) return null;
    const files = Object.entries(manifest.inputs);
    const same = await Promise.all(files.map(([f, h]) => readFile(join(root, f)).then((b) => sha(b) === h, () => false)));
    if (!same.every(Boolean)) return null;
    const bundle = join(cacheDir, manifest.bundle);
    return (await stat(bundle).catch(() => null)) ? bundle : null;
  }

  /** Bundles `entry`; returns the bundle's path. Each module's import.meta.url stays its source file's URL. */
  async function build() {
    const esbuild = await import('esbuild');
    const inputs = {};
    const sources = {
      name: 'sources',
      setup(b) {
        b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
          if (args.path.includes('/node_modules/')) return undefined;
          const text = await readFile(args.path, 'utf8');
          inputs[relative(root, args.path)] = sha(text);
          const url = pathToFileURL(args.path).href;
          const contents = text
            .replaceAll('import.meta.url', JSON.stringify(url))
            .replaceAll('import.meta.filename', JSON.stringify(args.path))
            .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)));
          return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
        });
      },
    };
    const out = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      sourcemap: 'linked',
      outfile: join(cacheDir, 'server.mjs'),
      write: false,
      logLevel: 'silent',
      plugins: [sources],
    });
    const js = out.outputFiles.find((f) => f.path.endsWith('.mjs')).text;
    const map = out.outputFiles.find((f) => f.path.endsWith('.map')).text;
    const name = `server-${sha(js + map + esbuild.version).slice(0, 16)}`;
    await mkdir(cacheDir, { recursive: true });
    // Content-addressed files written whole then renamed: processes starting together never read half a file.
    const put = async (file, data) => {
      const tmp = join(cacheDir, `.${file}.${process.pid}`);
      await writeFile(tmp, data);
      await rename(tmp, join(cacheDir, file));
    };
    await put(`${name}.mjs.map`, map);
    await put(`${name}.mjs`, js.replace(/\/\/# sourceMappingURL=server\.mjs\.map\s*$/, `//# sourceMappingURL=${name}.mjs.map\n`));
    await put('manifest.json', JSON.stringify({ format: FORMAT, node: process.versions.node, esbuild: esbuild.version, entry: relative(root, entry), bundle: `${name}.mjs`, inputs }));
    await prune(name);
    return join(cacheDir, `${name}.mjs`);
  }

  /** Bundles replaced more than an hour ago go (a process still starting may be about to read a recent one). */
  async function prune(keep) {
    for (const f of await readdir(cacheDir)) {
      if (!f.startsWith('server-') || f.startsWith(keep)) continue;
      const s = await stat(join(cacheDir, f)).catch(() => null);
      if (s && Date.now() - s.mtimeMs > 3_600_000) await rm(join(cacheDir, f), { force: true });
    }
  }

  return { cached, build };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // PGlite's 9 MB of WebAssembly run on V8's baseline compiler (Liftoff) only. Re-compiling its hot
  // functions with the optimising compiler cost 0.3–0.45 s of CPU in the first second, on the same
  // two cores the start-up needs, and bought no measurable query speed (issue 9: catalogue loads
  // and point queries, bench/phases.ts; the staff bench showed no difference beyond its noise). Set before PGlite compiles its module.
  v8.setFlagsFromString('--liftoff-only');
  const { cached, build } = serverBundle({ root, entry, cacheDir });
  let bundle = await cached();
  if (!bundle) {
    try {
      bundle = await build();
    } catch (err) {
      // A source that does not compile fails below with tsx's own message; a cache that cannot
      // be written (read-only install) only costs the start-up time.
      if (err?.errors === undefined) console.error(`start: running through tsx (no bundle: ${err?.message ?? err})`);
      bundle = null;
    }
  }
  if (bundle) {
    process.setSourceMapsEnabled(true);
    await import(pathToFileURL(bundle).href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(entry).href);
  }
}
