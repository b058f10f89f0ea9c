import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addBusinessHours, businessHoursBetween, isOpen, nextOpening } from './business-hours.ts';

// Mexico City is UTC−6: 09:00 local = 15:00Z.
test('business hours skip nights, weekends and LFT art. 74 rest days', () => {
  // Tuesday 2026-12-01 10:00 local + 8 h → 18:00 the same day; + 9 h → Wednesday 10:00.
  assert.equal(addBusinessHours(new Date('2026-12-01T16:00:00Z'), 8).toISOString(), '2026-12-02T00:00:00.000Z');
  assert.equal(addBusinessHours(new Date('2026-12-01T16:00:00Z'), 9).toISOString(), '2026-12-02T16:00:00.000Z');
  // Friday 17:00 local + 2 h → Monday 10:00 local.
  assert.equal(addBusinessHours(new Date('2026-12-04T23:00:00Z'), 2).toISOString(), '2026-12-07T16:00:00.000Z');
  // Saturday night counts from Monday 09:00.
  assert.equal(addBusinessHours(new Date('2026-12-06T03:00:00Z'), 1).toISOString(), '2026-12-07T16:00:00.000Z');
  // Thursday 2026-12-24 17:00 local + 2 h: Friday 25 is a rest day → Monday 28 10:00 local.
  assert.equal(addBusinessHours(new Date('2026-12-24T23:00:00Z'), 2).toISOString(), '2026-12-28T16:00:00.000Z');
  // 16 September 2027 (Thursday) is a rest day.
  assert.equal(addBusinessHours(new Date('2027-09-15T23:30:00Z'), 1).toISOString(), '2027-09-17T15:30:00.000Z');
});

test('hours between two instants count only business hours, and invert addBusinessHours', () => {
  assert.equal(businessHoursBetween(new Date('2026-12-04T23:00:00Z'), new Date('2026-12-07T16:00:00Z')), 2);
  assert.equal(businessHoursBetween(new Date('2026-12-07T16:00:00Z'), new Date('2026-12-04T23:00:00Z')), 0);
  for (const start of ['2026-12-01T16:00:00Z', '2026-12-05T12:00:00Z', '2026-12-24T20:00:00Z']) {
    for (const h of [0.5, 3, 9, 25, 80]) {
      const from = new Date(start);
      const to = addBusinessHours(from, h);
      assert.ok(Math.abs(businessHoursBetween(from, to) - h) < 1e-6, `${start} + ${h}`);
    }
  }
});

test('the desk is open 09:00–18:00 on business days; otherwise it says when it opens', () => {
  assert.equal(isOpen(new Date('2026-12-01T15:00:00Z')), true, 'Tuesday 09:00');
  assert.equal(isOpen(new Date('2026-12-01T23:59:00Z')), true, 'Tuesday 17:59');
  assert.equal(isOpen(new Date('2026-12-02T00:00:00Z')), false, 'Tuesday 18:00');
  assert.equal(isOpen(new Date('2026-12-05T17:00:00Z')), false, 'Saturday');
  assert.equal(isOpen(new Date('2026-12-25T17:00:00Z')), false, 'Christmas (LFT art. 74)');
  assert.equal(nextOpening(new Date('2026-12-01T16:00:00Z')).toISOString(), '2026-12-01T16:00:00.000Z', 'open: now');
  assert.equal(nextOpening(new Date('2026-12-05T00:30:00Z')).toISOString(), '2026-12-07T15:00:00.000Z', 'Friday 18:30 → Monday 09:00');
  assert.equal(nextOpening(new Date('2026-12-24T12:00:00Z')).toISOString(), '2026-12-24T15:00:00.000Z', 'before opening: today at 09:00');
});
