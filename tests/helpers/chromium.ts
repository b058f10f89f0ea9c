/**
 * Finds a Chromium the browser journeys can launch, in this order:
 *   1. `CHROMIUM_PATH` (an explicit choice: used or refused, never silently replaced);
 *   2. the headless shell shipped inside the devDependency `@sparticuz/chromium` (ADR 016),
 *      unpacked once into node_modules/.cache;
 *   3. Debian's `/usr/bin/chromium`.
 * A candidate counts only if playwright-core actually launches it. When none does, the error
 * names the one command that installs a browser, so `npm test` fails in seconds instead of hanging.
 *
 * Run directly (`node --import tsx tests/helpers/chromium.ts`) it is the runner's pre-flight:
 * it unpacks and launches the browser once, prints which one, and exits 1 with the message if none.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const LAUNCH_TIMEOUT_MS = 60_000;

/** Without the background-networking flags Chromium keeps dialling out, which this closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface BrowserCandidate {
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'Debian chromium';
  executablePath: string;
  env?: Record<string, string>;
}

export class NoBrowserError extends Error {}

/** Where the bundled package lives, or undefined when it is not installed (e.g. `npm install --omit=dev`). */
function bundledPackage(): { root: string } | undefined {
  try {
    const main = createRequire(import.meta.url).resolve('@sparticuz/chromium'); // <root>/build/cjs/index.cjs
    return { root: resolve(dirname(main), '..', '..') };
  } catch {
    return undefined;
  }
}

async function brotliTo(src: string, dest: string, mode = 0o644): Promise<void> {
  await pipeline(createReadStream(src), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(dest, { mode }));
}

/**
 * Unpacks the package's brotli files (the binary, the NSS libraries it links against, fonts) into
 * node_modules/.cache/ventanilla-chromium/<version>. Built in a temporary folder and renamed into place,
 * so concurrent test files never see (or launch) a half-written binary; the loser of a race discards its copy.
 */
async function unpackBundled(root: string): Promise<BrowserCandidate> {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const cacheBase = join(PROJECT_ROOT, 'node_modules', '.cache', 'ventanilla-chromium');
  const dir = join(cacheBase, version);
  if (!existsSync(join(dir, 'chromium'))) {
    await mkdir(cacheBase, { recursive: true });
    const tmp = await mkdtemp(join(cacheBase, `.${version}-`));
    try {
      const bin = join(root, 'bin');
      await Promise.all([
        brotliTo(join(bin, 'chromium.br'), join(tmp, 'chromium'), 0o755),
        brotliTo(join(bin, 'al2023.tar.br'), join(tmp, 'libs.tar')),
        brotliTo(join(bin, 'fonts.tar.br'), join(tmp, 'fonts.tar')),
      ]);
      await promisify(execFile)('tar', ['-xf', join(tmp, 'libs.tar'), '-C', tmp]); // → lib/
      await promisify(execFile)('tar', ['-xf', join(tmp, 'fonts.tar'), '-C', tmp]); // → fonts/, fonts.conf
      await Promise.all([rm(join(tmp, 'libs.tar')), rm(join(tmp, 'fonts.tar'))]);
      // The package's fonts.conf points at Lambda folders; ours keeps the system's fonts and adds the shipped ones.
      await writeFile(join(tmp, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, 'fonts')}</dir>\n` +
        `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`);
      await rename(tmp, dir).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e; // another process unpacked it first
      });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  return {
    source: '@sparticuz/chromium',
    executablePath: join(dir, 'chromium'),
    // The binary links NSS dynamically; the package ships those libraries, so a machine without libnss3 works too.
    env: {
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: dir,
    },
  };
}

export function launchCandidate(c: BrowserCandidate): Promise<Browser> {
  return chromium.launch({
    executablePath: c.executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    ...(c.env ? { env: { ...process.env, ...c.env } } : {}),
  });
}

const short = (e: unknown) => String(e instanceof Error ? e.message : e).split('\n')[0]!.slice(0, 200);

/** Launches the first candidate that works; throws NoBrowserError naming the install command otherwise. */
export async function launchBrowser(): Promise<{ browser: Browser; candidate: BrowserCandidate }> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    const candidate: BrowserCandidate = { source: 'CHROMIUM_PATH', executablePath: explicit };
    try {
      return { browser: await launchCandidate(candidate), candidate };
    } catch (e) {
      throw new NoBrowserError(`CHROMIUM_PATH=${explicit} could not be launched: ${short(e)}\n` +
        'Unset CHROMIUM_PATH to use the bundled browser (installed by: npm install), or point it at a Chromium binary.');
    }
  }
  const tried: string[] = [];
  const pkg = bundledPackage();
  if (pkg) {
    try {
      const candidate = await unpackBundled(pkg.root);
      return { browser: await launchCandidate(candidate), candidate };
    } catch (e) {
      tried.push(`@sparticuz/chromium (bundled): ${short(e)}`);
    }
  } else {
    tried.push('@sparticuz/chromium (bundled): not installed');
  }
  if (existsSync(DEBIAN_CHROMIUM)) {
    const candidate: BrowserCandidate = { source: 'Debian chromium', executablePath: DEBIAN_CHROMIUM };
    try {
      return { browser: await launchCandidate(candidate), candidate };
    } catch (e) {
      tried.push(`${DEBIAN_CHROMIUM}: ${short(e)}`);
    }
  } else {
    tried.push(`${DEBIAN_CHROMIUM}: not present`);
  }
  // One command: the devDependency when it is missing; Debian's package when the bundled one cannot run here.
  const command = pkg ? 'apt-get install -y chromium' : 'npm install --include=dev';
  throw new NoBrowserError(`No Chromium could be launched for the browser journeys.\n  ${tried.join('\n  ')}\n` +
    `Install one with: ${command}   (or set CHROMIUM_PATH to a Chromium binary)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  try {
    const { browser, candidate } = await launchBrowser();
    console.log(`browser: ${candidate.source} ${browser.version()} (${candidate.executablePath}), ready in ${Date.now() - t0} ms`);
    await browser.close();
  } catch (e) {
    console.error(e instanceof NoBrowserError ? e.message : e);
    process.exitCode = 1;
  }
}
