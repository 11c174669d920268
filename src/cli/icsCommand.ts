/** `interview-followup ics [folder] [--today YYYY-MM-DD] [-o file.ics]` */
import { writeFileSync } from 'node:fs';
import { toICalendar } from '../core/calendar';
import { computeSchedule, scheduleContext } from '../core/schedule';
import type { Day } from '../core/types';
import { loadFolder } from './loadFolder';

export async function icsExport(folder: string, today: Day): Promise<{ text: string; events: number }> {
  const loaded = await loadFolder(folder);
  const actions = computeSchedule(loaded.index, scheduleContext(today, loaded.settings));
  return { text: toICalendar(actions, { today }), events: actions.filter((a) => a.due !== null).length };
}

export function writeIcs(path: string, text: string): void {
  writeFileSync(path, text, 'utf8');
}
