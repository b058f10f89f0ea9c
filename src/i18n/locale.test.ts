import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateLocale, pathFor } from './locale.ts';

test('Accept-Language negotiation honours order and q-values', () => {
  assert.equal(negotiateLocale(undefined), 'es');
  assert.equal(negotiateLocale('en-GB,en;q=0.9'), 'en');
  assert.equal(negotiateLocale('fr-FR, en;q=0.4, es;q=0.6'), 'es');
  assert.equal(negotiateLocale('fr, de'), 'es');
  assert.equal(negotiateLocale('en;q=0, es-MX'), 'es');
  assert.equal(negotiateLocale(';;;,q=abc'), 'es');
});

test('localised paths', () => {
  assert.equal(pathFor({ page: 'procedure', slug: 'x' }, 'es'), '/es/tramites/x');
  assert.equal(pathFor({ page: 'procedure', slug: 'x' }, 'en'), '/en/procedures/x');
  assert.equal(pathFor({ page: 'states' }, 'en'), '/en/states');
  assert.equal(pathFor({ page: 'authority', id: 'a b' }, 'es'), '/es/dependencias/a%20b');
});
