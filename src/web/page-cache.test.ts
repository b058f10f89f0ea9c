import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from './page-cache.ts';

const HTML = 'text/html; charset=utf-8';

test('a hit returns the stored body without rendering again', () => {
  const cache = new ResponseCache(10);
  let renders = 0;
  const a = cache.get('k', HTML, () => `page ${++renders}`);
  const b = cache.get('k', HTML, () => `page ${++renders}`);
  assert.equal(renders, 1);
  assert.equal(b, a);
  assert.equal(b.body.toString(), 'page 1');
  assert.deepEqual([cache.hits, cache.misses], [1, 1]);
});

test('when full, the oldest entry not looked up since is evicted; entries in use stay', () => {
  const cache = new ResponseCache(3);
  for (const k of ['a', 'b', 'c']) cache.get(k, HTML, () => k);
  cache.get('a', HTML, () => 'a again'); // a is in use
  cache.get('d', HTML, () => 'd'); // evicts b, the oldest not looked up
  assert.equal(cache.size, 3);
  let rendered = '';
  cache.get('a', HTML, () => (rendered += 'a'));
  cache.get('c', HTML, () => (rendered += 'c'));
  cache.get('d', HTML, () => (rendered += 'd'));
  assert.equal(rendered, '', 'a, c and d are still cached');
  cache.get('b', HTML, () => (rendered += 'b'));
  assert.equal(rendered, 'b', 'b was evicted and renders again');
  assert.equal(cache.size, 3);
});

test('when every entry was looked up, eviction still makes room (each gets one second chance)', () => {
  const cache = new ResponseCache(2);
  cache.get('a', HTML, () => 'a');
  cache.get('b', HTML, () => 'b');
  cache.get('a', HTML, () => 'a');
  cache.get('b', HTML, () => 'b');
  cache.get('c', HTML, () => 'c');
  assert.equal(cache.size, 2);
  let rendered = '';
  cache.get('c', HTML, () => (rendered += 'c'));
  assert.equal(rendered, '', 'the new entry is kept');
});
