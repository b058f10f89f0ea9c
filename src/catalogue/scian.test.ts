import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadScian, scianEntry, scianLabel, scianLabelHtml, scianTitle, splitCsvLine } from './scian.ts';

test('every SCIAN row has an English title and says where it comes from', async () => {
  const text = readFileSync(new URL('./content/scian2023_codes.csv', import.meta.url), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim());
  assert.deepEqual(splitCsvLine(header!), ['code', 'level', 'title_es', 'marker', 'title_en', 'title_en_source']);
  for (const l of lines) {
    const cols = splitCsvLine(l);
    assert.equal(cols.length, 6, `${cols[0]}: six columns`);
    assert.ok(cols[4]!.trim(), `${cols[0]}: English title`);
    assert.equal(cols[4], cols[4]!.trim(), `${cols[0]}: no stray spaces`);
    assert.ok(cols[5] === 'naics' || cols[5] === 'ours', `${cols[0]}: source is naics or ours, not ${cols[5]}`);
  }
  const entries = await loadScian();
  assert.equal(entries.length, 2118);
  assert.ok(entries.every((e) => e.titleEn && e.titleEs && (e.titleEnSource === 'naics' || e.titleEnSource === 'ours')));
  const naics = entries.filter((e) => e.titleEnSource === 'naics').length;
  assert.ok(naics > 1000 && entries.length - naics > 1000, `both sources in use (${naics} naics)`);
});

test('NAICS 2022 titles where the codes correspond; our translation where they do not', () => {
  const e = (code: string) => {
    const x = scianEntry(code);
    assert.ok(x, code);
    return x;
  };
  assert.deepEqual([e('336390').titleEn, e('336390').titleEnSource], ['Other Motor Vehicle Parts Manufacturing', 'naics']);
  // NAICS 2022 moved software publishers from 5112 to 5132; SCIAN 2023 followed.
  assert.deepEqual([e('5132').titleEn, e('5132').titleEnSource], ['Software Publishers', 'naics']);
  assert.equal(e('513210').titleEn, 'Software Publishers');
  assert.equal(scianEntry('5112'), undefined);
  assert.equal(e('31').titleEn, 'Manufacturing');
  assert.equal(e('48').titleEn, 'Transportation and Warehousing');
  // Same number, different content: 111331 is coffee in SCIAN, apple orchards in NAICS.
  assert.deepEqual([e('111331').titleEn, e('111331').titleEnSource], ['Coffee Farming', 'ours']);
  // Mexican sectors with no NAICS code of that number.
  assert.equal(e('46').titleEnSource, 'ours');
  assert.equal(e('43').titleEn, 'Wholesale Trade');
  assert.equal(e('312144').titleEn, 'Tequila Manufacturing');
});

test('titles and labels follow the page language', () => {
  const x = scianEntry('336390')!;
  assert.equal(scianTitle(x, 'es'), 'Fabricación de otras partes para vehículos automotrices');
  assert.equal(scianTitle(x, 'en'), 'Other Motor Vehicle Parts Manufacturing');
  assert.equal(scianTitle({ ...x, titleEn: '' }, 'en'), x.titleEs);
  assert.deepEqual(scianLabel('336390', 'en'), { text: '336390 — Other Motor Vehicle Parts Manufacturing' });
  assert.deepEqual(scianLabel('336390', 'es'), { text: '336390 — Fabricación de otras partes para vehículos automotrices' });
  assert.deepEqual(scianLabel('999999', 'en'), { text: '999999' });
  assert.equal(scianLabelHtml('336390', 'en').value, '336390 — Other Motor Vehicle Parts Manufacturing');
});
