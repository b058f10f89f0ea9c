import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField } from './export.ts';

test('CSV fields are quoted when needed and formulas are neutralised', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField(null), '');
});
