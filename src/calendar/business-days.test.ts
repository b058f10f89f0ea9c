import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addBusinessDays, isBusinessDay, nextBusinessDay, restDays, todayInMexicoCity } from './business-days.ts';

test('LFT art. 74 rest days of 2026 and 2030 (the transmission of the executive every six years)', () => {
  assert.deepEqual([...restDays(2026)].sort(), ['2026-01-01', '2026-02-02', '2026-03-16', '2026-05-01', '2026-09-16', '2026-11-16', '2026-12-25']);
  assert.ok(restDays(2030).has('2030-10-01'));
  assert.ok(!restDays(2027).has('2027-10-01'));
  assert.ok(restDays(2024).has('2024-10-01'));
});

test('weekends and rest days are skipped; counting starts on a business day', () => {
  assert.equal(isBusinessDay('2026-12-04'), true); // Friday
  assert.equal(isBusinessDay('2026-12-05'), false); // Saturday
  assert.equal(isBusinessDay('2026-12-25'), false); // Christmas, Friday
  assert.equal(nextBusinessDay('2026-12-24'), '2026-12-28'); // Thu → Mon (25th off, weekend)
  assert.equal(addBusinessDays('2026-12-31', 0), '2026-12-31');
  assert.equal(addBusinessDays('2026-12-31', 1), '2027-01-04'); // 1 Jan is a Friday and a rest day
  assert.equal(addBusinessDays('2027-01-30', 0), '2027-02-02', 'Saturday → Monday 1 Feb is the Constitution rest day → Tuesday');
  assert.equal(addBusinessDays('2026-03-13', 1), '2026-03-17', 'Friday + 1 skips the weekend and Monday 16 March');
});

test('twenty business days from a Monday are four calendar weeks later, less holidays', () => {
  assert.equal(addBusinessDays('2026-06-01', 20), '2026-06-29');
  assert.equal(addBusinessDays('2026-11-09', 10), '2026-11-24', 'the third Monday of November is off');
});

test('today in Mexico City is the civil date there', () => {
  assert.equal(todayInMexicoCity(new Date('2026-12-04T05:30:00Z')), '2026-12-03', 'still the evening before in UTC−6');
  assert.equal(todayInMexicoCity(new Date('2026-12-04T06:30:00Z')), '2026-12-04');
});
