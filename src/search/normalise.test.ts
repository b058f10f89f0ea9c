import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, processWord, stemEn, stemEs, tokenize, wordsWithOffsets } from './normalise.ts';

test('folding removes accents and case, keeps the letters', () => {
  assert.equal(fold('Inversión Extranjera'), 'inversion extranjera');
  assert.equal(fold('AÑO Güero'), 'ano guero');
});

test('tokenizing joins dotted abbreviations and splits on everything else', () => {
  assert.deepEqual(tokenize('e.firma de la S.A. de C.V.'), ['efirma', 'de', 'la', 'sa', 'de', 'cv']);
  assert.deepEqual(tokenize('SE-09-039 / art. 32-D'), ['se', '09', '039', 'art', '32', 'd']);
  assert.deepEqual(tokenize('workers’ housing'), ['workers', 'housing']);
  assert.deepEqual(tokenize('¡¿…!?'), []);
  assert.deepEqual(tokenize('外国投资'), ['外国投资'], 'letters of any script are words');
});

test('offsets point at the words in the original text', () => {
  const text = 'La e.firma, vigente.';
  for (const w of wordsWithOffsets(text)) assert.equal(text.slice(w.start, w.end), w.word);
  assert.deepEqual(wordsWithOffsets(text).map((w) => w.word), ['La', 'e.firma', 'vigente']);
});

test('the Spanish stemmer folds plural and gender to one stem', () => {
  const same = [
    ['licencia', 'licencias'], ['importador', 'importadores', 'importadora', 'importadoras'], ['actividad', 'actividades'],
    ['extranjero', 'extranjera', 'extranjeros'], ['inversión', 'inversiones'], ['ley', 'leyes'], ['trámite', 'trámites'],
    ['capaz', 'capaces'], ['nacional', 'nacionales'], ['permiso', 'permisos'],
  ];
  for (const group of same) {
    const stems = new Set(group.map((w) => stemEs(tokenize(w)[0]!)));
    assert.equal(stems.size, 1, `${group.join('/')} → ${[...stems].join(', ')}`);
  }
  assert.notEqual(stemEs('registro'), stemEs('regla'));
});

test('the English stemmer folds plurals, -ed and -ing', () => {
  const same = [
    ['registration', 'registrations'], ['company', 'companies'], ['manufacture', 'manufacturing', 'manufactured'],
    ['permit', 'permits', 'permitting'], ['tax', 'taxes'], ['licence', 'licences'], ['license', 'licensed', 'licensing'],
    ['employee', 'employees'], ['process', 'processes'],
  ];
  for (const group of same) {
    const stems = new Set(group.map((w) => stemEn(w)));
    assert.equal(stems.size, 1, `${group.join('/')} → ${[...stems].join(', ')}`);
  }
  for (const w of ['business', 'status', 'analysis', 'need', 'bring']) assert.ok(stemEn(w).length >= 3, w);
});

test('codes and short words are left alone; stop words are dropped per language', () => {
  assert.equal(stemEs('334410'), '334410');
  assert.equal(stemEn('rfc'), 'rfc');
  assert.equal(processWord('de', 'es'), null);
  assert.equal(processWord('of', 'en'), null);
  assert.equal(processWord('de', 'en'), 'de');
});
