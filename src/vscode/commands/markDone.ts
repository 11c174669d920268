/** "Mark Done" and "Snooze": close or hide an action by writing the note's fields. */
import { addDays, parseDay } from '../../core/days';
import { editNote } from '../documentEdits';
import { pickDay, resolveAction } from '../pickers';
import type { CommandContext } from './context';

export async function markDone({ notes }: CommandContext, arg?: unknown): Promise<boolean> {
  const action = await resolveAction(notes, arg, 'Mark which follow-up as done?');
  const uri = action?.file ? notes.uriOf(action.file) : undefined;
  if (!action || !uri) return false;
  return editNote(uri, { verb: 'mark-done', kind: action.kind, person: action.kind === 'thank-you' ? action.person : null, day: notes.today() });
}

export async function snooze({ notes }: CommandContext, arg?: unknown, until?: unknown): Promise<boolean> {
  const action = await resolveAction(notes, arg, 'Snooze which follow-up?');
  const uri = action?.file ? notes.uriOf(action.file) : undefined;
  if (!action || !uri) return false;
  const today = notes.today();
  const day = typeof until === 'string' && parseDay(until) !== undefined
    ? until
    : await pickDay(`Snooze "${action.title}" until`, today, [['Tomorrow', 1], ['In 3 days', 3], ['In a week', 7]]);
  const parsed = day === undefined ? undefined : parseDay(day);
  if (parsed === undefined) return false;
  return editNote(uri, { verb: 'snooze', kind: action.kind, until: parsed <= today ? addDays(today, 1) : parsed });
}
