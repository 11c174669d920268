/**
 * Business-day arithmetic over calendar days, with configurable weekend days and holidays.
 *
 * Counted, not stepped: the working days in a span are its whole weeks times the working days
 * of a week plus the few days left over, less the holidays in the span (found by binary search in
 * the sorted holidays that fall on working weekdays). Each answer takes time that grows with the
 * logarithm of the span and of the holidays, so neither a date centuries away nor 50,000
 * holidays in the settings make a note slow.
 */
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

interface Counting {
  /** Working weekdays per week. */
  readonly perWeek: number;
  /** Holidays on working weekdays, ascending, without repeats. */
  readonly holidays: Int32Array;
}

const countings = new WeakMap<WorkCalendar, Counting>();

function counting(calendar: WorkCalendar): Counting {
  let c = countings.get(calendar);
  if (!c) {
    const holidays = Int32Array.from([...calendar.holidays].filter((d) => !calendar.weekend.has(weekday(d)))).sort();
    c = { perWeek: 7 - calendar.weekend.size, holidays };
    countings.set(calendar, c);
  }
  return c;
}

/** How many entries of a sorted array are <= value. */
function countAtMost(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Working weekdays (holidays not yet taken off) strictly after `from` up to and including `to`. */
function weekdaysBetween(from: number, to: number, calendar: WorkCalendar, perWeek: number): number {
  if (to <= from) return 0;
  const span = to - from;
  let count = Math.floor(span / 7) * perWeek;
  for (let d = from + 1 + Math.floor(span / 7) * 7; d <= to; d++) if (!calendar.weekend.has(weekday(d as Day))) count++;
  return count;
}

/** Business days strictly after `from` up to and including `to` (0 when `to` <= `from`). */
export function businessDaysBetween(from: Day, to: Day, calendar: WorkCalendar): number {
  if (to <= from) return 0;
  const c = counting(calendar);
  return weekdaysBetween(from, to, calendar, c.perWeek) - (countAtMost(c.holidays, to) - countAtMost(c.holidays, from));
}

/** BD(x, n): the n-th business day after x; BD(x, 0) is x itself. */
export function addBusinessDays(day: Day, n: number, calendar: WorkCalendar): Day {
  if (n <= 0) return day;
  const c = counting(calendar);
  // Past n working weeks' worth of days and every holiday ahead, n business days have surely passed.
  const holidaysAhead = c.holidays.length - countAtMost(c.holidays, day);
  let low = day + 1;
  let high = day + Math.ceil(((n + holidaysAhead) * 7) / c.perWeek) + 7;
  // The first day by which n business days have passed.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (businessDaysBetween(day, middle as Day, calendar) >= n) high = middle;
    else low = middle + 1;
  }
  return low as Day;
}

/** The day itself when it is a business day, else the closest business day before it. */
export function businessDayOnOrBefore(day: Day, calendar: WorkCalendar): Day {
  if (isBusinessDay(day, calendar)) return day;
  const c = counting(calendar);
  const holidaysBefore = countAtMost(c.holidays, day);
  let low = day - Math.ceil(((1 + holidaysBefore) * 7) / c.perWeek) - 7;
  let high: number = day;
  // The last day d with a business day in [d, day].
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (businessDaysBetween(addDays(middle as Day, -1), day, calendar) >= 1) low = middle;
    else high = middle - 1;
  }
  return low as Day;
}
