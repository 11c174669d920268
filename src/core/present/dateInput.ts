/**
 * Dates as people type them ("today 14:00", "fri", "next friday", "19 Nov", "Nov 19 2pm",
 * "in 3 days", "2026-11-19 14:00"), read relative to a given today into a calendar day, an
 * optional time, and the canonical text a note stores (`YYYY-MM-DD` or `YYYY-MM-DD HH:mm`).
 *
 * Written forms are read with date-fns `parse` against a fixed list of formats (English month
 * names, as the notes are English); the relative words are counted on integer days. Anything
 * that could mean two days is refused with an example of what works, never guessed:
 *
 * - A bare weekday ("fri") or a day without a year ("19 Nov") points the way the question
 *   does (`direction`). `past` ("when was the interview?", "when did you call?"): the most
 *   recent one, today included — notes are usually written the same day. `future` ("check
 *   back on", "snooze until"): for a weekday the next one after today (today is "today"), for
 *   a day of a month the next one from today on.
 * - "next fri" is the first Friday after today and "last fri" the last one before today,
 *   whichever way the question points; the echo shows the day before anything is written.
 * - "11/12/2026" (day or month first?) is refused unless only one reading is a real day
 *   ("19/11/2026"); "19.11.2026" is always day first. "next week" is not one day: refused.
 */
import { addMonths, isValid, parse } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { addDays, civilFromDay, dayFromCivil, formatDay, weekday } from '../shared/days';
import { dayOfLocalDate, formatMinutes, localDateOf, minutesOfLocalDate } from '../shared/localDate';
import type { Day } from '../shared/types';

export type DateDirection = 'past' | 'future';

export interface DateInputOptions {
  readonly today: Day;
  /** Which way a bare weekday or a day without a year points (see the module comment). */
  readonly direction: DateDirection;
  /** Whether a time of day may be given ("14:00", "2pm"). */
  readonly allowTime?: boolean;
  /** Minutes after midnight now, so "now" can be read; without it "now" is refused. */
  readonly nowMinutes?: number;
  /** A rule beyond being a date (a contact logged cannot be after today): a message refuses the date. */
  readonly check?: (value: TypedDate) => string | undefined;
}

export interface TypedDate {
  readonly day: Day;
  /** Minutes after midnight, when a time was given. */
  readonly minutes?: number;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`: what is written into a note. */
  readonly text: string;
}

export type DateInputResult = { readonly ok: true; readonly value: TypedDate } | { readonly ok: false; readonly message: string };

/** Examples of what works, for prompts and refusals. */
export function dateInputExamples(allowTime = false): string {
  return allowTime
    ? '2026-11-19 14:00, today 14:00, yesterday, fri 2pm, 19 Nov, Nov 19 2pm or 3 days ago'
    : '2026-11-19, today, tomorrow, fri, next fri, 19 Nov or in 3 days';
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0,
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
};
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WITH_YEAR = ['yyyy-MM-dd', 'd MMM yyyy', 'd MMMM yyyy', 'do MMM yyyy', 'do MMMM yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'MMM do yyyy', 'MMMM do yyyy'];
const WITHOUT_YEAR = ['d MMM', 'd MMMM', 'do MMM', 'do MMMM', 'MMM d', 'MMMM d', 'MMM do', 'MMMM do'];
const TIME_FORMATS = ['H:mm', 'h:mm a', 'h:mma', 'h a', 'ha'];

/** A time at the start or end of the text: "14:00", "2pm", "2:30 pm", "at 9:15". */
const TIME_AT_END = /(?:^|\s)(?:at\s+)?(\d{1,2}:\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m|noon|midnight)$/;
const TIME_AT_START = /^(?:at\s+)?(\d{1,2}:\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m|noon|midnight)(?:\s|$)/;

type Part<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function normalize(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .replace(/(\d{4}-\d{2}-\d{2})t(\d)/, '$1 $2')
    .replace(/[,]/g, ' ')
    .replace(/\b(\d{1,2})(st|nd|rd|th)\b/g, '$1')
    .replace(/\bof\b/g, ' ')
    .replace(/\bsept\b/g, 'sep')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim()
    .replace(/^on /, '');
}

function parseTime(text: string): number | undefined {
  if (text === 'noon') return 12 * 60;
  if (text === 'midnight') return 0;
  const reference = localDateOf(dayFromCivil(2000, 1, 1), 0);
  for (const pattern of TIME_FORMATS) {
    const parsed = parse(text, pattern, reference, { locale: enUS });
    if (isValid(parsed)) return minutesOfLocalDate(parsed);
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

/** The day of a month and day without a year, the way the question points. */
function resolveYearless(month: number, dom: number, today: Day, direction: DateDirection): Day | undefined {
  const year = civilFromDay(today).year;
  // Far enough for 29 February.
  const years = direction === 'past' ? [0, -1, -2, -3, -4, -5, -6, -7, -8] : [0, 1, 2, 3, 4, 5, 6, 7, 8];
  for (const offset of years) {
    const y = year + offset;
    if (dom > daysInMonth(y, month)) continue;
    const day = dayFromCivil(y, month, dom);
    if (direction === 'past' ? day <= today : day >= today) return day;
  }
  return undefined;
}

function weekdayDay(target: number, today: Day, how: 'next' | 'last' | DateDirection): Day {
  const now = weekday(today);
  if (how === 'next') return addDays(today, ((target - now + 7) % 7) || 7);
  if (how === 'last') return addDays(today, -(((now - target + 7) % 7) || 7));
  if (how === 'future') return addDays(today, ((target - now + 7) % 7) || 7);
  return addDays(today, -((now - target + 7) % 7));
}

const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

function shift(today: Day, amount: number, unit: string): Day {
  if (unit.startsWith('day')) return addDays(today, amount);
  if (unit.startsWith('week')) return addDays(today, amount * 7);
  return dayOfLocalDate(addMonths(localDateOf(today), amount));
}

function monthDayName(month: number, dom: number): string {
  return `${dom} ${MONTH_NAMES[month - 1]}`;
}

/** Reads a numeric day and month ("19/11", "11/19/2026", "19.11.2026"); refuses two readings. */
function numericDate(text: string, options: DateInputOptions, example: string): Part<Day> | undefined {
  const m = /^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}))?\.?$/.exec(text);
  if (!m) return undefined;
  const [, a, separator, b, yearText] = m;
  const readings: { month: number; dom: number }[] = [{ month: Number(b), dom: Number(a) }];
  if (separator === '/') readings.push({ month: Number(a), dom: Number(b) });
  const valid = readings
    .filter((r) => r.month >= 1 && r.month <= 12 && r.dom >= 1 && r.dom <= (yearText ? daysInMonth(Number(yearText), r.month) : daysInMonth(2000, r.month)))
    .filter((r, i, all) => all.findIndex((o) => o.month === r.month && o.dom === r.dom) === i);
  if (valid.length === 0) return fail(`"${text}" is not a real day. Try ${example}.`);
  if (valid.length > 1) {
    const [first, second] = valid;
    return fail(`"${text}" could be ${monthDayName(first.month, first.dom)} or ${monthDayName(second.month, second.dom)}: write the month as a word (${first.dom} ${MONTH_NAMES[first.month - 1].slice(0, 3)}) or as YYYY-MM-DD.`);
  }
  const { month, dom } = valid[0];
  if (yearText) return { ok: true, value: dayFromCivil(Number(yearText), month, dom) };
  const day = resolveYearless(month, dom, options.today, options.direction);
  return day === undefined ? fail(`"${text}" is not a real day. Try ${example}.`) : { ok: true, value: day };
}

/** Reads the date part (no time). */
function datePart(text: string, options: DateInputOptions, example: string): Part<Day> {
  const { today, direction } = options;
  switch (text) {
    case '':
    case 'today':
    case 'now':
      return { ok: true, value: today };
    case 'tomorrow':
    case 'tmrw':
    case 'tmr':
      return { ok: true, value: addDays(today, 1) };
    case 'yesterday':
      return { ok: true, value: addDays(today, -1) };
  }

  const relative = /^(?:in (\d+|[a-z]+) (days?|weeks?|months?)|(\d+|[a-z]+) (days?|weeks?|months?) ago)$/.exec(text);
  if (relative) {
    const [countText, unit] = relative[1] !== undefined ? [relative[1], relative[2]] : [relative[3], relative[4]];
    const count = /^\d+$/.test(countText) ? Number(countText) : COUNT_WORDS[countText];
    if (count === undefined || count > 3660) return fail(`Can't count "${countText}" in "${text}". Try in 3 days or 2 weeks ago.`);
    return { ok: true, value: shift(today, relative[1] !== undefined ? count : -count, unit) };
  }

  if (/^(next|last|this|coming) (week|month|year)$/.test(text)) {
    return fail(`"${text}" is not one day: say which, e.g. next mon, in 7 days or ${direction === 'past' ? '3 days ago' : 'in 2 weeks'}.`);
  }

  const weekdayMatch = /^(?:(next|last|this|coming) )?([a-z]+)$/.exec(text);
  if (weekdayMatch && WEEKDAYS[weekdayMatch[2]] !== undefined) {
    const how = weekdayMatch[1] === 'next' || weekdayMatch[1] === 'coming' ? 'next' : weekdayMatch[1] === 'last' ? 'last' : direction;
    return { ok: true, value: weekdayDay(WEEKDAYS[weekdayMatch[2]], today, how) };
  }

  const numeric = numericDate(text, options, example);
  if (numeric) return numeric;

  // A weekday may stand before a written date ("Thu 19 Nov", as the tree shows them); it must agree.
  let named: number | undefined;
  let rest = text;
  const leading = /^([a-z]+) (.+)$/.exec(text);
  if (leading && WEEKDAYS[leading[1]] !== undefined) {
    named = WEEKDAYS[leading[1]];
    rest = leading[2];
  }
  const checkWeekday = (day: Day): Part<Day> =>
    named === undefined || weekday(day) === named
      ? { ok: true, value: day }
      : fail(`${formatDay(day)} is a ${WEEKDAY_NAMES[weekday(day)]}, not a ${WEEKDAY_NAMES[named]}: check the day.`);

  for (const pattern of WITH_YEAR) {
    const parsed = parse(rest, pattern, localDateOf(today), { locale: enUS });
    if (isValid(parsed)) return checkWeekday(dayOfLocalDate(parsed));
  }
  // Without a year, read against a leap year so 29 February is a day, then place it in time.
  const leapReference = localDateOf(dayFromCivil(2000, 1, 1));
  for (const pattern of WITHOUT_YEAR) {
    const parsed = parse(rest, pattern, leapReference, { locale: enUS });
    if (!isValid(parsed)) continue;
    const day = resolveYearless(parsed.getMonth() + 1, parsed.getDate(), today, direction);
    if (day === undefined) return fail(`"${text}" is not a real day. Try ${example}.`);
    return checkWeekday(day);
  }

  const wholeMonth = /^(?:(\d{1,2}) ([a-z]+)|([a-z]+) (\d{1,2}))(?: (\d{4}))?$/.exec(rest);
  if (wholeMonth) {
    const monthWord = wholeMonth[2] ?? wholeMonth[3];
    const month = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(monthWord) && monthWord.length >= 3);
    if (month !== -1) return fail(`${MONTH_NAMES[month]} has no day ${wholeMonth[1] ?? wholeMonth[4]}${wholeMonth[5] ? ` in ${wholeMonth[5]}` : ''}.`);
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return fail(`"${text}" is not a real day. Try ${example}.`);
  return fail(`Can't read "${text}" as a date. Try ${example}.`);
}

/**
 * Reads a typed date relative to `options.today`. The result's `text` is what a note stores;
 * a refusal's `message` says why and gives an example of what works.
 */
export function parseDateInput(input: string, options: DateInputOptions): DateInputResult {
  const example = dateInputExamples(options.allowTime);
  const text = normalize(input);
  if (text === '') return fail(`Enter a date, e.g. ${example}.`);

  let minutes: number | undefined;
  let rest = text;
  const timeMatch = TIME_AT_END.exec(text) ?? TIME_AT_START.exec(text);
  // "19.11" and "2026-11-19" are dates, not times; only a colon, am/pm or a word makes a time.
  if (timeMatch) {
    const time = parseTime(timeMatch[1].replace(/\s+/g, ' '));
    if (time === undefined) return fail(`"${timeMatch[1]}" is not a time of day: use 24-hour 14:00 or 2pm.`);
    minutes = time;
    rest = (text.slice(0, timeMatch.index) + text.slice(timeMatch.index + timeMatch[0].length)).trim().replace(/ at$/, '').trim();
  } else if (text === 'now' && options.allowTime) {
    minutes = options.nowMinutes;
    if (minutes === undefined) return fail(`"now" needs a clock; try today or ${example}.`);
  }
  if (minutes !== undefined && !options.allowTime) {
    return fail(`Only a day is needed here, without a time: e.g. ${example}.`);
  }
  if (rest === '' && minutes === undefined) return fail(`Enter a date, e.g. ${example}.`);
  if (rest === 'now' && minutes !== undefined && text !== 'now') return fail(`"now" already is a time; try today ${formatMinutes(minutes)}.`);

  const date = datePart(rest, options, example);
  if (!date.ok) return date;
  const day = date.value;
  if (civilFromDay(day).year < 1900 || civilFromDay(day).year > 2999) return fail(`${formatDay(day)} is too far away. Try ${example}.`);
  const canonical = minutes === undefined ? formatDay(day) : `${formatDay(day)} ${formatMinutes(minutes)}`;
  const value: TypedDate = minutes === undefined ? { day, text: canonical } : { day, minutes, text: canonical };
  const problem = options.check?.(value);
  return problem ? fail(problem) : { ok: true, value };
}

/** A rule for questions about what already happened: the day may not be after today. */
export function notAfter(today: Day, what: string): (value: TypedDate) => string | undefined {
  return (value) => (value.day > today ? `${what} cannot be after today (${formatDay(today)}).` : undefined);
}
