/**
 * The due actions as an iCalendar file (RFC 5545): one all-day event per open dated action on
 * its due day (an overdue one on the export day: an event on a past day is never seen), with an
 * alarm on that day and a UID that stays the same across exports so calendars update instead of
 * duplicating.
 */
import { addDays, civilFromDay, formatDay } from '../shared/days';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { shortHash } from '../shared/text';
import type { Day, DueAction } from '../shared/types';

export interface CalendarOptions {
  /** Stamps the events (DTSTAMP), and the day overdue actions are put on. */
  readonly today: Day;
  /** A name for the calendar. */
  readonly name?: string;
  /** `HH:mm`: each event's alarm goes off at this time on its day (setting `calendarAlarmTime`, default 09:00). */
  readonly alarmTime?: string;
}

const PRODID = '-//Interview Follow-Up//Due follow-ups//EN';

function basicDate(day: Day): string {
  return formatDay(day).replace(/-/g, '');
}

/**
 * TEXT value escaping (RFC 5545 3.3.11). Line breaks become `\n`; every other control character
 * (a bare CR, ESC, BEL, ...) is dropped: RFC 5545 does not allow them, and a bare CR would let a
 * lenient reader see a new content line ("BEGIN:VEVENT") inside a note's value. Bidirectional
 * controls (U+202E...) go too: they would show a calendar entry's text reordered.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    if (pair) i++;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, dependency-free. */
/** The same action (kind, note, person) always gets the same UID, whatever its title says (the offers it names change). */
export function actionUid(action: DueAction): string {
  const identity = [action.kind, action.file ?? '', action.person ?? ''].join('\u0000');
  return `${action.kind}-${shortHash(identity)}@interview-followup`;
}

/**
 * The alarm's trigger as a duration after the start of the all-day event (its day's midnight, in
 * the calendar's own time zone): "09:00" is `PT9H`. Calendars that honour all-day alarms read it
 * as a time of day.
 */
function alarmTrigger(time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const hours = m ? Number(m[1]) : 9;
  const minutes = m ? Number(m[2]) : 0;
  if (!m || hours > 23 || minutes > 59) return alarmTrigger(DEFAULT_SETTINGS.calendarAlarmTime);
  if (hours === 0 && minutes === 0) return 'PT0S';
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
}

export function toICalendar(actions: readonly DueAction[], options: CalendarOptions): string {
  const trigger = alarmTrigger(options.alarmTime ?? DEFAULT_SETTINGS.calendarAlarmTime);
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
    const overdue = action.due < options.today;
    const day = overdue ? options.today : action.due;
    const summary = overdue ? `Overdue: ${action.title}` : action.title;
    const description = [
      overdue ? `Overdue: it was due on ${formatDay(action.due)}, so it is shown on the day of the export (${formatDay(day)}) to stay in sight.` : '',
      action.advice,
      action.opens !== null && action.opens !== action.due ? `Makes sense from ${formatDay(action.opens)}.` : '',
      action.file ? `Note: ${action.file}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${actionUid(action)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(day)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(day, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(action.kind)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:${trigger}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
