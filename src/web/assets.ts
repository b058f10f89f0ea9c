/**
 * Static assets, built in memory at start: the stylesheets as they are and the
 * enhancement scripts bundled by esbuild. Names carry a content hash, so they
 * are served with a one-year immutable cache and change when their bytes do.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface Asset {
  body: Buffer;
  type: string;
}

export interface Assets {
  css: string;
  printCss: string;
  js: string;
  /** The back office's script (live chat console), apart: public pages never load it. */
  staffJs: string;
  files: Map<string, Asset>;
}

const dir = new URL('./assets/', import.meta.url);
const hashed = (name: string, body: Buffer) => {
  const h = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return `/assets/${name.replace(/(\.[a-z]+)$/, `.${h}$1`)}`;
};

export async function buildAssets(): Promise<Assets> {
  const files = new Map<string, Asset>();
  const add = (name: string, body: Buffer, type: string) => {
    const path = hashed(name, body);
    files.set(path, { body, type });
    return path;
  };
  const css = add('site.css', await readFile(new URL('site.css', dir)), 'text/css; charset=utf-8');
  const printCss = add('print.css', await readFile(new URL('print.css', dir)), 'text/css; charset=utf-8');
  const bundle = async (entry: string) => {
    const out = await build({ entryPoints: [fileURLToPath(new URL(entry, dir))], bundle: true, format: 'esm', minify: true, target: 'es2020', write: false, logLevel: 'silent' });
    return add(entry.replace(/\.ts$/, '.js'), Buffer.from(out.outputFiles[0]!.contents), 'text/javascript; charset=utf-8');
  };
  const [js, staffJs] = await Promise.all([bundle('main.ts'), bundle('staff.ts')]);
  return { css, printCss, js, staffJs, files };
}
