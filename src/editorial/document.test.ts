/** The draft check: translation gaps tolerated and listed, everything else refused by path. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { Procedure } from '../catalogue/schema.ts';
import { changedPaths, checkDraftDocument, gapsOf, textCount } from './document.ts';

const lau = () => structuredClone(seedView().procedure('semarnat-lau')!);

describe('checkDraftDocument', () => {
  test('a complete document passes with no gaps, defaults applied', () => {
    const r = checkDraftDocument(Procedure, lau());
    assert.equal(r.ok, true);
    assert.deepEqual(r.gaps, []);
  });

  test('empty or missing languages are gaps: saved as "", listed by path, never an error', () => {
    const p = lau() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    p.title.en = '   ';
    delete p.steps[0].title.es;
    const r = checkDraftDocument(Procedure, p);
    assert.ok(r.ok);
    assert.deepEqual(r.gaps, [{ path: ['title'], missing: ['en'] }, { path: ['steps', 0, 'title'], missing: ['es'] }]);
    assert.equal((r.doc as any).title.en, ''); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal((r.doc as any).steps[0].title.es, ''); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.notEqual((r.filled as any).title.en, '', 'the filled copy satisfies the schema for reference checks'); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(gapsOf(r.doc), r.gaps);
  });

  test('other problems are issues with keys and paths', () => {
    const p = lau() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    p.level = 'galactic';
    p.steps[0].costs = [];
    p.steps[0].timeframe.waiting = { min: 5, max: 1, unit: 'business-days' };
    p.extra = true;
    const r = checkDraftDocument(Procedure, p);
    assert.ok(!r.ok);
    const by = Object.fromEntries(r.issues.map((i) => [i.path.join('.') || '(root)', i.key]));
    assert.deepEqual(by, { level: 'choice', 'steps.0.costs': 'tooFew', 'steps.0.timeframe.waiting': 'range', '(root)': 'unknownKey' });
  });

  test('an object that only looks like a text pair elsewhere is still checked by the schema', () => {
    const p = lau() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    p.appliesWhen = { es: 'x' };
    assert.equal(checkDraftDocument(Procedure, p).ok, false);
  });
});

test('changedPaths names the leaves that differ; textCount counts the pairs', () => {
  const a = lau();
  const b = structuredClone(a);
  b.steps[0]!.timeframe.waiting.max = 99;
  b.caveats = [...b.caveats, { es: 'Nuevo', en: 'New' }];
  assert.deepEqual(changedPaths(a, b).sort(), ['caveats.' + a.caveats.length, 'steps.0.timeframe.waiting.max']);
  assert.equal(textCount(b), textCount(a) + 1);
  assert.equal(changedPaths(a, a).length, 0);
});
