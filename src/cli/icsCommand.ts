/** `interview-followup ics [folder] [--today D] [-o file.ics]` */
import { lstatSync, writeFileSync } from 'node:fs';
import { toICalendar } from '../core/schedule/calendar';
import { computeSchedule, scheduleContext } from '../core/schedule/schedule';
import type { Day } from '../core/shared/types';
import { UsageError } from './args';
import { loadFolder } from './loadFolder';

export async function icsExport(folder: string, today: Day): Promise<{ text: string; events: number }> {
  const loaded = await loadFolder(folder);
  const actions = computeSchedule(loaded.index, scheduleContext(today, loaded.settings));
  return { text: toICalendar(actions, { today, alarmTime: loaded.settings.calendarAlarmTime }), events: actions.filter((a) => a.due !== null).length };
}

/**
 * Writes the calendar. An existing file is replaced only when it is a regular `.ics` file (a
 * re-export); never a note, a link (whatever it points to), a pipe or anything else.
 */
export function writeIcs(path: string, text: string): void {
  let existing;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (existing) {
    const what = existing.isSymbolicLink() ? 'a symbolic link' : existing.isFile() ? (/\.ics$/i.test(path) ? undefined : 'not an .ics file') : 'not a regular file';
    if (what) throw new UsageError(`${path} exists and is ${what}; choose another file to write the calendar to`);
  }
  writeFileSync(path, text, 'utf8');
}
