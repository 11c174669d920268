/** Business-day arithmetic over calendar days, with configurable weekend days and holidays. */
import { addDays, weekday } from './days';
import type { Day } from './types';

export interface WorkCalendar {
  /** Weekdays that are not worked, 0 = Sunday ... 6 = Saturday. Never all seven. */
  readonly weekend: ReadonlySet<number>;
  readonly holidays: ReadonlySet<Day>;
}

export function isBusinessDay(day: Day, calendar: WorkCalendar): boolean {
  return !calendar.weekend.has(weekday(day)) && !calendar.holidays.has(day);
}

/** BD(x, n): the n-th business day after x; BD(x, 0) is x itself. */
export function addBusinessDays(day: Day, n: number, calendar: WorkCalendar): Day {
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isBusinessDay(current, calendar)) left--;
  }
  return current;
}

/** The day itself when it is a business day, else the closest business day before it. */
export function businessDayOnOrBefore(day: Day, calendar: WorkCalendar): Day {
  let current = day;
  while (!isBusinessDay(current, calendar)) current = addDays(current, -1);
  return current;
}

/** Business days strictly after `from` up to and including `to` (0 when `to` <= `from`). */
export function businessDaysBetween(from: Day, to: Day, calendar: WorkCalendar): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d, calendar)) count++;
  return count;
}
