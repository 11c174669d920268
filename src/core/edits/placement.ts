/** Where a new interview note goes: where the person's interview notes already live. */
import { dirname, joinRelative } from '../shared/paths';

export interface NotePlacementInput {
  /** `interviewFollowUp.newNotesFolder`: relative to the workspace folder; '' lets the notes decide. */
  readonly newNotesFolder: string;
  /** `interviewFollowUp.notesFolder`: where notes are looked for; '' is the whole workspace folder. */
  readonly notesFolder: string;
  /** The existing interview notes, as paths relative to the workspace folder with `/` separators. */
  readonly interviewPaths: readonly string[];
}

export interface NotePlacement {
  /** Folder relative to the workspace folder, '' for the folder itself. */
  readonly folder: string;
  /** Why, for a person ("where 4 of your 5 interview notes are"). */
  readonly reason: string;
}

/**
 * The setting when it names a folder (inside the workspace folder); otherwise the folder that
 * holds the most interview notes (a tie goes to the folder of the most recently named note, by
 * path, as notes are usually named by date, then to the shallower folder); with no notes yet,
 * the notes folder.
 */
export function newNoteFolder(input: NotePlacementInput): NotePlacement {
  const configured = input.newNotesFolder.trim();
  if (configured) {
    const folder = joinRelative('', configured)?.replace(/\/+$/, '');
    if (folder !== undefined) return { folder, reason: 'set by interviewFollowUp.newNotesFolder' };
  }
  const counts = new Map<string, { count: number; newest: string }>();
  for (const path of input.interviewPaths) {
    const folder = dirname(path);
    const name = path.slice(folder.length ? folder.length + 1 : 0);
    const entry = counts.get(folder) ?? { count: 0, newest: '' };
    counts.set(folder, { count: entry.count + 1, newest: name > entry.newest ? name : entry.newest });
  }
  const ranked = [...counts.entries()].sort(([fa, a], [fb, b]) =>
    b.count - a.count || (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0) || fa.split('/').length - fb.split('/').length || fa.localeCompare(fb));
  if (ranked.length > 0) {
    const [folder, { count }] = ranked[0];
    const total = input.interviewPaths.length;
    return { folder, reason: count === total ? `where your interview notes are` : `where ${count} of your ${total} interview notes are` };
  }
  return { folder: joinRelative('', input.notesFolder.trim()) ?? '', reason: 'in the notes folder' };
}
