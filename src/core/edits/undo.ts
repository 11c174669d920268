/**
 * Undo of a recorded edit: the note goes back to the text it had before, byte for byte, and only
 * while it still holds exactly what the edit left (anything typed or written since is never lost).
 */
import { applyChanges, minimalChange, type TextChange } from './textChanges';

/** What an edit left, to take it back: the text before and after it. */
export interface RecordedEdit {
  readonly before: string;
  readonly after: string;
}

export type UndoPlan = { readonly ok: true; readonly changes: readonly TextChange[] } | { readonly ok: false; readonly reason: string };

/** The one change that turns `current` back into `edit.before`, verified; refused when the note has changed since. */
export function planUndo(current: string, edit: RecordedEdit): UndoPlan {
  if (current !== edit.after) {
    return { ok: false, reason: 'it has changed since the edit was recorded; undo it by hand (or with Edit → Undo in its editor).' };
  }
  const changes = minimalChange(current, edit.before);
  // The verification: the result is the old text exactly.
  if (applyChanges(current, changes) !== edit.before) return { ok: false, reason: 'the old text could not be rebuilt exactly.' };
  return { ok: true, changes };
}
