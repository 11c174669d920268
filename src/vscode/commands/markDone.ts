/** "Mark Done" and "Snooze": close or hide an action by writing the note's fields. */
import * as vscode from 'vscode';
import { messageText } from '../../core/present/markdownText';
import type { TypedDate } from '../../core/present/dateInput';
import type { Day } from '../../core/shared/types';
import { editNote } from '../documentEdits';
import { askDate, dateArgument, resolveAction } from '../pickers';
import type { CommandContext } from './context';

export async function markDone({ notes }: CommandContext, arg?: unknown): Promise<boolean> {
  const action = await resolveAction(notes, arg, 'Mark which follow-up as done?');
  const uri = action?.file ? notes.uriOf(action.file) : undefined;
  if (!action || !uri) return false;
  return editNote(uri, { verb: 'mark-done', kind: action.kind, person: action.kind === 'thank-you' ? action.person : null, day: notes.today() }, { context: { open: notes.openActionsOf(action.file!) } });
}

/** A snooze hides an action until a day: today or earlier would hide nothing. */
const afterToday = (today: Day) => (value: TypedDate) =>
  value.day > today ? undefined : 'Snooze until a day after today, e.g. tomorrow, fri or in a week.';

/** `until` as an argument is a typed date ("2026-12-01", "tomorrow", "fri", "in a week"). */
export async function snooze({ notes }: CommandContext, arg?: unknown, until?: unknown): Promise<boolean> {
  const action = await resolveAction(notes, arg, 'Snooze which follow-up?');
  const uri = action?.file ? notes.uriOf(action.file) : undefined;
  if (!action || !uri) return false;
  const today = notes.today();
  const rule = { today, direction: 'future' as const, check: afterToday(today) };
  const argued = dateArgument(until, rule);
  if (argued && !argued.ok) {
    void vscode.window.showErrorMessage(messageText(`Snooze: ${argued.message}`));
    return false;
  }
  const day = argued?.ok
    ? argued.value.day
    : (await askDate({ ...rule, title: `Snooze "${action.title}"`, prompt: 'Hide it until', value: 'tomorrow' }))?.day;
  if (day === undefined) return false;
  return editNote(uri, { verb: 'snooze', kind: action.kind, until: day }, { context: { open: notes.openActionsOf(action.file!) } });
}
