import assert from 'node:assert/strict';
import { addDays, civilFromDay, dayFromCivil, dayOfDate, formatDay, parseDay, parseNoteDate, weekday } from '../../src/core/shared/days';
import { day } from './helpers';

describe('calendar days', () => {
  it('round-trips every day from 1900 to 2200 through the civil calendar', () => {
    for (let d = dayFromCivil(1900, 1, 1); d <= dayFromCivil(2200, 12, 31); d = addDays(d, 1)) {
      const c = civilFromDay(d);
      assert.equal(dayFromCivil(c.year, c.month, c.day), d);
    }
  });

  it('agrees with UTC dates, without using the local time zone', () => {
    for (const text of ['1970-01-01', '2000-02-29', '2026-03-08', '2026-11-01', '2100-03-01']) {
      assert.equal(formatDay(day(text)), text);
      assert.equal(day(text), Date.parse(`${text}T00:00:00Z`) / 86_400_000);
    }
  });

  it('knows the weekday (0 = Sunday)', () => {
    assert.equal(weekday(day('2026-11-25')), 3);
    assert.equal(weekday(day('2026-11-28')), 6);
    assert.equal(weekday(day('2026-11-29')), 0);
    assert.equal(weekday(day('1969-12-31')), 3);
  });

  it('takes today from the local calendar of a Date', () => {
    assert.equal(formatDay(dayOfDate(new Date(2026, 10, 25, 23, 59))), '2026-11-25');
    assert.equal(formatDay(dayOfDate(new Date(2026, 10, 25, 0, 0))), '2026-11-25');
  });
});

describe('date forms (spec section 2)', () => {
  const ok = (text: string) => {
    const r = parseNoteDate(text);
    assert.ok(r.ok, `${text} should parse: ${r.ok ? '' : r.reason}`);
    return r.value;
  };
  const refused = (text: string) => {
    const r = parseNoteDate(text);
    assert.equal(r.ok, false, `${text} should be refused`);
    return r.ok ? '' : r.reason;
  };

  it('accepts a local calendar day', () => {
    assert.deepEqual(ok('2026-03-02'), { day: day('2026-03-02') });
  });

  it('accepts a local date with a wall-clock time', () => {
    assert.deepEqual(ok('2026-11-19 14:00'), { day: day('2026-11-19'), minutes: 14 * 60 });
  });

  it('takes the calendar day at the offset of an ISO 8601 date-time', () => {
    assert.deepEqual(ok('2026-11-19T23:30:00-08:00'), { day: day('2026-11-19'), minutes: 23 * 60 + 30, offsetMinutes: -480 });
    assert.deepEqual(ok('2026-11-20T01:00+09:00'), { day: day('2026-11-20'), minutes: 60, offsetMinutes: 540 });
    assert.deepEqual(ok('2026-11-20T01:00:00.250Z'), { day: day('2026-11-20'), minutes: 60, offsetMinutes: 0 });
    assert.deepEqual(ok('2026-11-20T01:00+0530'), { day: day('2026-11-20'), minutes: 60, offsetMinutes: 330 });
  });

  it('refuses everything else instead of guessing', () => {
    for (const text of [
      'next tuesday', '11/19/2026', '19.11.2026', '2026-1-5', '2026-02-30', '2026-13-01', '2026-11-19T14:00',
      '2026-11-19 14:00:00', '2026-11-19 25:00', '2026-11-19 14:61', '2026-11-19T14:00+15:00', '20261119', '',
      '2026-11-19 14:00-05:00', 'Nov 19, 2026', '2026-11-19x',
    ]) refused(text);
    assert.match(refused('next tuesday'), /YYYY-MM-DD/);
  });

  it('parses plain days for settings and --today', () => {
    assert.equal(parseDay('2024-02-29'), day('2024-02-29'));
    assert.equal(parseDay('2025-02-29'), undefined);
    assert.equal(parseDay('2026-11-19 10:00'), undefined);
  });
});
