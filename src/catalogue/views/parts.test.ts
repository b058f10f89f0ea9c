/** Legal citations read in the page's language (issue 13, item 3). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedView } from '#tests/helpers/catalogue.ts';
import { lawLabel, withAcronym } from './parts.ts';

const view = seedView();

test('a Spanish label of a group of laws is given in English on English pages; real acronyms stay', () => {
  assert.equal(lawLabel({ law: 'municipal-regulations' }, view, 'en'), 'Municipal building, zoning and business-operation regulations');
  assert.equal(lawLabel({ law: 'municipal-regulations' }, view, 'es'), 'Reglamentos municipales');
  assert.equal(lawLabel({ law: 'lie', article: '7' }, view, 'en'), 'LIE, art. 7');
  assert.equal(lawLabel({ law: 'lie', article: '7' }, view, 'es'), 'LIE, art. 7');
});

test('a citation that is not an article is not called one, and its words are English on English pages', () => {
  assert.equal(lawLabel({ law: 'rgce', article: 'Anexo 10, apartado A' }, view, 'en'), 'RGCE, Annex 10, section A');
  assert.equal(lawLabel({ law: 'rgce', article: 'Anexo 10, apartado A' }, view, 'es'), 'RGCE, Anexo 10, apartado A');
});

test('an acronym is added once', () => {
  assert.equal(withAcronym('Tax Administration Service (SAT)', 'SAT'), 'Tax Administration Service (SAT)');
  assert.equal(withAcronym('Servicio de Administración Tributaria', 'SAT'), 'Servicio de Administración Tributaria (SAT)');
});
