/** "Record Outcome": sets `status` and `status_date`. */
import * as vscode from 'vscode';
import { parseDay } from '../../core/days';
import { STATUSES, type Status } from '../../core/types';
import { editNote } from '../documentEdits';
import { pickDay, resolveInterview } from '../pickers';
import type { CommandContext } from './context';

const DESCRIPTIONS: Record<Status, string> = {
  offer: 'They made an offer: use it as leverage with the others',
  accepted: 'You accepted an offer',
  rejected: 'They went with someone else: stay in touch anyway',
  withdrawn: 'You withdrew from the process',
  waiting: 'Still waiting for their decision',
};

export async function recordOutcome({ notes }: CommandContext, arg?: unknown, status?: unknown, date?: unknown): Promise<boolean> {
  const target = await resolveInterview(notes, arg, 'Record the outcome of which interview?');
  if (!target) return false;
  let chosen = (STATUSES as readonly unknown[]).includes(status) ? (status as Status) : undefined;
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      (['offer', 'accepted', 'rejected', 'withdrawn', 'waiting'] as const).map((s) => ({ label: s, description: DESCRIPTIONS[s] })),
      { title: `Record Outcome: ${target.interview.model.company?.value ?? target.key}`, placeHolder: 'What happened?' },
    );
    if (!picked) return false;
    chosen = picked.label;
  }
  const day = typeof date === 'string' && parseDay(date) !== undefined
    ? date
    : await pickDay('Record Outcome: since when?', notes.today(), [['Today', 0], ['Yesterday', -1]]);
  if (!day) return false;
  return editNote(target.uri, { verb: 'outcome', status: chosen, day: parseDay(day)! });
}
