/** `interview-followup ics [folder] [--today D] [-o file.ics]` */
import { lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toICalendar } from '../core/schedule/calendar';
import { computeSchedule, scheduleContext } from '../core/schedule/schedule';
import type { Day } from '../core/shared/types';
import { atomicCreate, atomicReplace } from '../node/atomicReplace';
import { describeError, FileRefusal } from '../node/safeFiles';
import { UsageError } from './args';
import { loadFolder } from './loadFolder';

export async function icsExport(folder: string, today: Day): Promise<{ text: string; events: number }> {
  const loaded = await loadFolder(folder);
  const actions = computeSchedule(loaded.index, scheduleContext(today, loaded.settings));
  return { text: toICalendar(actions, { today, alarmTime: loaded.settings.calendarAlarmTime }), events: actions.filter((a) => a.due !== null).length };
}

/**
 * Writes the calendar. An existing file is replaced only when it is a regular `.ics` file (a
 * re-export); never a note, a link (whatever it points to), a pipe or anything else. The file is
 * written whole or not at all (atomicReplace / atomicCreate): a full disk leaves the old calendar.
 * A folder that does not exist is bad usage (exit 2); a write that fails is a FileRefusal (exit 1).
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
  const folder = dirname(resolve(path));
  let folderStats;
  try {
    folderStats = statSync(folder);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: its folder ${folder} ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be used (${describeError(e)})`}`);
  }
  if (!folderStats.isDirectory()) throw new UsageError(`cannot write ${path}: ${folder} is not a folder`);
  const bytes = new TextEncoder().encode(text);
  try {
    if (existing) atomicReplace(path, bytes, existing);
    else atomicCreate(path, bytes);
  } catch (e) {
    throw new FileRefusal(`${path} was not written: ${e instanceof FileRefusal ? e.message : describeError(e)}`);
  }
}
