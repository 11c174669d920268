import assert from 'node:assert/strict';
import { addBusinessDays, businessDayOnOrBefore, businessDaysBetween, isBusinessDay } from '../../src/core/shared/businessDays';
import { formatDay } from '../../src/core/shared/days';
import { workCalendar } from '../../src/core/shared/settings';
import { day, settings } from './helpers';

const standard = workCalendar(settings());
const bd = (from: string, n: number, calendar = standard) => formatDay(addBusinessDays(day(from), n, calendar));

describe('business days', () => {
  it('skips Saturday and Sunday by default', () => {
    assert.equal(bd('2026-11-19', 2), '2026-11-23'); // Thu + 2 -> Mon
    assert.equal(bd('2026-11-20', 1), '2026-11-23'); // Fri + 1 -> Mon
    assert.equal(bd('2026-11-21', 1), '2026-11-23'); // Sat + 1 -> Mon
    assert.equal(bd('2026-11-22', 2), '2026-11-24'); // Sun + 2 -> Tue
    assert.equal(bd('2026-11-23', 5), '2026-11-30');
    assert.equal(bd('2026-11-21', 0), '2026-11-21'); // BD(x, 0) is x
  });

  it('keeps the valid holidays when one is written wrong, and reports that one', async () => {
    const { resolveSettings } = await import('../../src/core/shared/settings');
    const result = resolveSettings({ 'interviewFollowUp.holidays': ['2026-11-26', 'Nov 27', '2026-12-25'] });
    assert.deepEqual(result.settings.holidays, ['2026-11-26', '2026-12-25']);
    assert.deepEqual(result.problems, ['interviewFollowUp.holidays: "Nov 27" is not a YYYY-MM-DD day and is left out']);
  });

  it('skips holidays from the settings', () => {
    const thanksgiving = workCalendar(settings({ 'interviewFollowUp.holidays': ['2026-11-26', '2026-11-27'] }));
    assert.equal(bd('2026-11-24', 2, thanksgiving), '2026-11-30');
    assert.equal(bd('2026-11-25', 1, thanksgiving), '2026-11-30');
    assert.equal(isBusinessDay(day('2026-11-26'), thanksgiving), false);
  });

  it('uses the weekend days from the settings', () => {
    const fridaySaturday = workCalendar(settings({ 'interviewFollowUp.weekendDays': ['friday', 'saturday'] }));
    assert.equal(bd('2026-11-19', 1, fridaySaturday), '2026-11-22'); // Thu + 1 -> Sun
    assert.equal(bd('2026-11-19', 2, fridaySaturday), '2026-11-23');
  });

  it('is unaffected by daylight-saving changes (days are not instants)', () => {
    // US DST ends 2026-11-01, EU on 2026-10-25; US starts 2026-03-08.
    assert.equal(bd('2026-10-30', 1), '2026-11-02');
    assert.equal(bd('2026-10-23', 2), '2026-10-27');
    assert.equal(bd('2026-03-06', 1), '2026-03-09');
    assert.equal(bd('2026-03-06', 6), '2026-03-16');
  });

  it('moves back to the closest business day', () => {
    assert.equal(formatDay(businessDayOnOrBefore(day('2026-11-29'), standard)), '2026-11-27');
    assert.equal(formatDay(businessDayOnOrBefore(day('2026-11-25'), standard)), '2026-11-25');
  });

  it('counts business days between two days', () => {
    assert.equal(businessDaysBetween(day('2026-11-20'), day('2026-11-23'), standard), 1);
    assert.equal(businessDaysBetween(day('2026-11-23'), day('2026-11-20'), standard), 0);
    assert.equal(businessDaysBetween(day('2026-11-16'), day('2026-11-23'), standard), 5);
  });

  it('refuses a weekend with no working day left', () => {
    const everyDay = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    assert.throws(() => settings({ 'interviewFollowUp.weekendDays': everyDay }), /at least one working day/);
  });
});

describe('business days, counted rather than stepped', () => {
  /** The plain definition, one day at a time. */
  const stepped = {
    add(from: number, n: number, cal: ReturnType<typeof workCalendar>): number {
      let d = from;
      for (let left = n; left > 0; ) if (isBusinessDay((++d) as never, cal)) left--;
      return d;
    },
    between(from: number, to: number, cal: ReturnType<typeof workCalendar>): number {
      let c = 0;
      for (let d = from + 1; d <= to; d++) if (isBusinessDay(d as never, cal)) c++;
      return c;
    },
    before(d: number, cal: ReturnType<typeof workCalendar>): number {
      while (!isBusinessDay(d as never, cal)) d--;
      return d;
    },
  };

  it('agrees with stepping one day at a time, for any weekend and holidays', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const base = day('2026-01-01');
    for (let round = 0; round < 300; round++) {
      const weekend = [...new Set(Array.from({ length: rand(4) }, () => rand(7)))];
      const holidays = Array.from({ length: rand(40) }, () => formatDay((base + rand(120)) as never));
      const cal = workCalendar(settings({ 'interviewFollowUp.weekendDays': weekend.map((w) => ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][w]), 'interviewFollowUp.holidays': holidays }));
      const from = base + rand(100);
      const n = rand(30);
      const to = from + rand(60) - 10;
      assert.equal(addBusinessDays(from as never, n, cal), stepped.add(from, n, cal), `add ${round}`);
      assert.equal(businessDaysBetween(from as never, to as never, cal), stepped.between(from, to, cal), `between ${round}`);
      assert.equal(businessDayOnOrBefore(to as never, cal), stepped.before(to, cal), `before ${round}`);
    }
  });

  it('takes a few steps whatever the span or the number of holidays: 50,000 holidays in a row, dates centuries apart', () => {
    const first = day('2027-01-01');
    const holidays = Array.from({ length: 50_000 }, (_, i) => formatDay((first + i) as never));
    const cal = workCalendar(settings({ 'interviewFollowUp.holidays': holidays }));
    const started = Date.now();
    for (let i = 0; i < 200; i++) {
      assert.equal(formatDay(addBusinessDays(day('2026-12-31'), 1, cal)), formatDay((first + 50_000 + ((first + 50_000 + 4) % 7 === 6 ? 2 : (first + 50_000 + 4) % 7 === 0 ? 1 : 0)) as never));
      assert.ok(businessDayOnOrBefore((first + 49_999) as never, cal) < first);
      businessDaysBetween(day('1900-01-01'), day('2999-12-31'), cal);
    }
    // 200 rounds of each: stepping took 14–30 ms per tiny note; a generous ceiling.
    assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
    assert.equal(businessDaysBetween(day('1900-01-01'), day('2999-12-31'), standard), stepped.between(day('1900-01-01'), day('2999-12-31'), standard));
  });
});
