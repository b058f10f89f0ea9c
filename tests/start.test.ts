/** `npm start`'s bundle of the server (scripts/start.mjs) is used only while every source it holds is unchanged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverBundle } from '../scripts/start.mjs';

test('a changed source gives a new bundle; each module keeps its own import.meta.url', async () => {
  const root = await mkdtemp(join(tmpdir(), 'vt-bundle-'));
  try {
    await mkdir(join(root, 'src', 'lib'), { recursive: true });
    const entry = join(root, 'src', 'main.ts');
    await writeFile(entry, `import { v, here } from './lib/dep.ts';\nexport const value: string = v;\nexport const depUrl = here;\nexport const mainUrl = import.meta.url;\n`);
    await writeFile(join(root, 'src', 'lib', 'dep.ts'), `import { readFileSync } from 'node:fs';\nexport const v: string = readFileSync(new URL('./data.txt', import.meta.url), 'utf8');\nexport const here = import.meta.url;\n`);
    await writeFile(join(root, 'src', 'lib', 'data.txt'), 'one');
    const b = serverBundle({ root, entry, cacheDir: join(root, 'cache') });

    assert.equal(await b.cached(), null, 'nothing cached yet');
    const first = await b.build();
    const m1 = await import(pathToFileURL(first).href);
    assert.equal(m1.value, 'one', 'a file read beside its module is found from the bundle');
    assert.equal(m1.mainUrl, pathToFileURL(entry).href);
    assert.equal(m1.depUrl, pathToFileURL(join(root, 'src', 'lib', 'dep.ts')).href);
    assert.equal(await b.cached(), first, 'unchanged sources: the same bundle');

    // A file the bundle holds changes (a new import, here): the cached bundle is not used any more.
    await writeFile(join(root, 'src', 'lib', 'extra.ts'), `export const extra = 'two';\n`);
    await writeFile(join(root, 'src', 'lib', 'dep.ts'), `import { extra } from './extra.ts';\nexport const v: string = extra;\nexport const here = import.meta.url;\n`);
    assert.equal(await b.cached(), null);
    const second = await b.build();
    assert.notEqual(second, first);
    assert.equal((await import(pathToFileURL(second).href)).value, 'two');
    // …and the newly imported file is watched too.
    await writeFile(join(root, 'src', 'lib', 'extra.ts'), `export const extra = 'three';\n`);
    assert.equal(await b.cached(), null);
    // A file read at run time is not part of the bundle: it is read afresh by every start.
    await writeFile(join(root, 'src', 'lib', 'data.txt'), 'changed');
    const third = await b.build();
    assert.equal(await b.cached(), third);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
