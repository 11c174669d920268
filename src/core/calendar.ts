/**
 * The due actions as an iCalendar file (RFC 5545): one all-day event per open dated action on
 * its due day, with a UID that stays the same across exports so calendars update instead of
 * duplicating.
 */
import { addDays, civilFromDay, formatDay } from './days';
import type { Day, DueAction } from './types';

export interface CalendarOptions {
  /** Stamps the events (DTSTAMP); the export day keeps repeated exports on one day identical. */
  readonly today: Day;
  /** A name for the calendar. */
  readonly name?: string;
}

const PRODID = '-//Interview Follow-Up//Due follow-ups//EN';

function basicDate(day: Day): string {
  return formatDay(day).replace(/-/g, '');
}

/**
 * TEXT value escaping (RFC 5545 3.3.11). Line breaks become `\n`; every other control character
 * (a bare CR, ESC, BEL, ...) is dropped: RFC 5545 does not allow them, and a bare CR would let a
 * lenient reader see a new content line ("BEGIN:VEVENT") inside a note's value.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, dependency-free. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The same action (kind, note, person, and for leverage the other company) always gets the same UID. */
export function actionUid(action: DueAction): string {
  const identity = [action.kind, action.file ?? '', action.person ?? '', action.kind === 'leverage-offer' ? action.title : ''].join('\u0000');
  return `${action.kind}-${hash(identity)}@interview-followup`;
}

export function toICalendar(actions: readonly DueAction[], options: CalendarOptions): string {
  const c = civilFromDay(options.today);
  const stamp = `${String(c.year).padStart(4, '0')}${String(c.month).padStart(2, '0')}${String(c.day).padStart(2, '0')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? 'Interview follow-ups')}`,
  ];
  for (const action of actions) {
    if (action.due === null) continue;
    const description = [action.advice, action.opens !== null && action.opens !== action.due ? `Makes sense from ${formatDay(action.opens)}.` : '', action.file ? `Note: ${action.file}` : '']
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${actionUid(action)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(action.due)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(action.due, 1))}`,
      `SUMMARY:${escapeText(action.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(action.kind)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
