/**
 * The bridge between calendar days (integers, the rule engine's arithmetic) and the JavaScript
 * `Date`s date-fns formats and parses. A day becomes a local `Date` built from its civil fields
 * at noon, never from a UTC instant: whatever the machine's time zone (and its DST changes, which
 * happen at night), the `Date`'s local year, month, day and weekday are the day's own.
 */
import { civilFromDay, dayFromCivil } from './days';
import type { Day } from './types';

const NOON = 12 * 60;

/** A local `Date` on `day`, at `minutes` after midnight (noon by default). */
export function localDateOf(day: Day, minutes: number = NOON): Date {
  const c = civilFromDay(day);
  const date = new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60);
  // setFullYear keeps years 0-99 as written (the Date constructor would map them to 1900-1999).
  date.setFullYear(c.year, c.month - 1, c.day);
  return date;
}

/** The calendar day of a local `Date`. */
export function dayOfLocalDate(date: Date): Day {
  return dayFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Minutes after midnight of a local `Date`. */
export function minutesOfLocalDate(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** `HH:mm`. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
