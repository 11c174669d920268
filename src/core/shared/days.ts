/**
 * Calendar days and the date forms a note may use.
 *
 * Days are plain integers (days since 1970-01-01), computed with civil-calendar arithmetic and
 * never through a JavaScript `Date` at midnight, so the machine's time zone cannot move them.
 */
import type { Day } from './types';

export function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as Day;
}

export function civilFromDay(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  const c = civilFromDay(day);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(day: Day, n: number): Day {
  return (day + n) as Day;
}

/** Today's calendar day on this machine's clock. */
export function dayOfDate(date: Date): Day {
  return dayFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

/** A date value as written in a note. */
export interface NoteDate {
  readonly day: Day;
  /** Wall-clock time when given, minutes after midnight. */
  readonly minutes?: number;
  /** Offset from UTC in minutes, when the value was ISO 8601 with an offset. */
  readonly offsetMinutes?: number;
}

export type DateParse = { ok: true; value: NoteDate } | { ok: false; reason: string };

const DATE_FORMS = 'YYYY-MM-DD, YYYY-MM-DD HH:mm, or ISO 8601 with an offset such as 2026-11-19T14:00-05:00';

/** The years a date may have: a follow-up dated 0000-01-01 or 9999-12-31 is a typo, and due days past 9999 have no calendar form. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?<sep>[Tt ])(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Parses the accepted forms of a date (spec section 2); anything else is refused with a reason, never guessed. */
export function parseNoteDate(text: string): DateParse {
  const m = DATE_RE.exec(text.trim());
  if (!m) return { ok: false, reason: `"${text}" is not a date; use ${DATE_FORMS}` };
  const [, ys, ms, ds, , hs, mins, ss] = m;
  const sep = m.groups?.sep;
  const zone = m.groups?.zone;
  const year = Number(ys);
  const month = Number(ms);
  const dom = Number(ds);
  if (month < 1 || month > 12 || dom < 1 || dom > daysInMonth(year, month)) {
    return { ok: false, reason: `"${text}" is not a real calendar day` };
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, reason: `"${text}" is outside the years ${FIRST_YEAR}–${LAST_YEAR}` };
  const day = dayFromCivil(year, month, dom);
  if (sep === undefined) return { ok: true, value: { day } };

  const hour = Number(hs);
  const minute = Number(mins);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `"${text}" has an impossible time of day` };
  const minutes = hour * 60 + minute;

  if (zone === undefined) {
    if (sep === ' ' && ss === undefined) return { ok: true, value: { day, minutes } };
    return { ok: false, reason: `"${text}" has a time but no offset; use YYYY-MM-DD HH:mm for a local time, or add an offset such as -05:00` };
  }
  if (sep === ' ') return { ok: false, reason: `"${text}" mixes forms; ISO 8601 with an offset uses a T between date and time` };
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 14 || om > 59) return { ok: false, reason: `"${text}" has an impossible UTC offset` };
    offsetMinutes = sign * (oh * 60 + om);
  }
  return { ok: true, value: { day, minutes, offsetMinutes } };
}

/** Parses a plain `YYYY-MM-DD` (holidays, --today). */
export function parseDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const dom = Number(m[3]);
  if (month < 1 || month > 12 || dom < 1 || dom > daysInMonth(year, month)) return undefined;
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  return dayFromCivil(year, month, dom);
}
