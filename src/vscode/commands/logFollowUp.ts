/** "Log Follow-Up": appends a contact to the interview's `follow_ups`. */
import * as vscode from 'vscode';
import { addDays, formatDay, parseDay } from '../../core/days';
import type { Day } from '../../core/types';
import { editNote } from '../documentEdits';
import { pickDay, resolveInterview, validateDay } from '../pickers';
import type { CommandContext } from './context';

export interface FollowUpEntry {
  readonly date: string;
  readonly via?: string;
  readonly note?: string;
  readonly next?: string;
}

function isEntry(arg: unknown): arg is FollowUpEntry {
  return typeof (arg as FollowUpEntry | undefined)?.date === 'string' && parseDay((arg as FollowUpEntry).date) !== undefined;
}

async function askEntry(today: Day): Promise<FollowUpEntry | undefined> {
  const date = await pickDay('Log Follow-Up: when did you contact them?', today, [['Today', 0], ['Yesterday', -1]]);
  if (!date) return undefined;
  const via = await vscode.window.showQuickPick(['phone', 'email', 'mail', 'fax', 'in person'], { title: 'Log Follow-Up: how?' });
  if (!via) return undefined;
  const note = await vscode.window.showInputBox({ title: 'Log Follow-Up: what happened? (optional)', placeHolder: 'Left a voicemail; they expect news next week', ignoreFocusOut: true });
  if (note === undefined) return undefined;
  const nextChoice = await vscode.window.showQuickPick(
    [
      { label: 'No date given', description: 'the next follow-up is due a week later' },
      { label: 'They asked me to check back on…', description: 'enter the day' },
    ],
    { title: 'Log Follow-Up: did they say when to check back?' },
  );
  if (!nextChoice) return undefined;
  let next: string | undefined;
  if (nextChoice.label.startsWith('They')) {
    next = await vscode.window.showInputBox({ title: 'Check back on', value: formatDay(addDays(parseDay(date)!, 7)), validateInput: validateDay, ignoreFocusOut: true });
    if (next === undefined) return undefined;
  }
  return { date, via, note: note.trim() || undefined, next };
}

export async function logFollowUp({ notes }: CommandContext, arg?: unknown, entry?: unknown): Promise<boolean> {
  const target = await resolveInterview(notes, arg, 'Log a follow-up for which interview?');
  if (!target) return false;
  const values = isEntry(entry) ? entry : await askEntry(notes.today());
  if (!values) return false;
  const next = values.next ? parseDay(values.next) : undefined;
  return editNote(target.uri, { verb: 'log', date: parseDay(values.date)!, via: values.via, note: values.note, next });
}
