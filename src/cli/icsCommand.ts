/** `interview-followup ics [folder] [--today D] [-o file.ics]` */
import { statSync, writeFileSync } from 'node:fs';
import { toICalendar } from '../core/calendar';
import { computeSchedule, scheduleContext } from '../core/schedule';
import type { Day } from '../core/types';
import { UsageError } from './args';
import { loadFolder } from './loadFolder';

export async function icsExport(folder: string, today: Day): Promise<{ text: string; events: number }> {
  const loaded = await loadFolder(folder);
  const actions = computeSchedule(loaded.index, scheduleContext(today, loaded.settings));
  return { text: toICalendar(actions, { today, alarmTime: loaded.settings.calendarAlarmTime }), events: actions.filter((a) => a.due !== null).length };
}

/** Writes the calendar; an existing file is replaced only when it is an .ics file (a re-export), never a note or anything else. */
export function writeIcs(path: string, text: string): void {
  let existing;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing && !(existing.isFile() && /\.ics$/i.test(path))) throw new UsageError(`${path} exists and is not an .ics file; choose another file to write the calendar to`);
  writeFileSync(path, text, 'utf8');
}
