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
