/** "Record Outcome": sets `status` and `status_date`; the status the note already has changes nothing. */
import * as vscode from 'vscode';
import { messageText } from '../../core/present/markdownText';
import { STATUSES, type Status } from '../../core/shared/types';
import { editNote } from '../documentEdits';
import { notAfter } from '../../core/present/dateInput';
import { currentStatusLabel, outcomeConsequence } from '../../core/present/feedback';
import { displayLocale } from '../displayLocale';
import { isActionNode } from '../dueTree';
import { askDate, dateArgument, resolveInterview } from '../pickers';
import type { CommandContext } from './context';

const DESCRIPTIONS: Record<Status, string> = {
  offer: 'They made an offer: use it as leverage with the others',
  accepted: 'You accepted an offer: the others get a Withdraw action',
  rejected: 'They went with someone else: stay in touch anyway',
  withdrawn: 'You withdrew from the process',
  waiting: 'Still waiting for their decision',
};

/** `date` as an argument is a typed date ("2026-12-01", "today", "yesterday", "mon"). */
export async function recordOutcome({ notes }: CommandContext, arg?: unknown, status?: unknown, date?: unknown): Promise<boolean> {
  const target = await resolveInterview(notes, arg, 'Record the outcome of which interview?');
  if (!target) return false;
  const { model } = target.interview;
  const company = model.company?.value ?? target.key;
  const today = notes.today();
  const current = model.status?.value ?? 'waiting';
  const given = (STATUSES as readonly unknown[]).includes(status) ? (status as Status) : undefined;
  const argued = dateArgument(date, { today, direction: 'past', check: notAfter(today, 'The day the outcome came') });
  if (argued && !argued.ok) {
    void vscode.window.showErrorMessage(messageText(`Record Outcome: ${argued.message}`));
    return false;
  }
  const steps = (given ? 0 : 1) + (argued ? 0 : 1);
  const title = (step: number) => `Record Outcome for ${company}${steps > 1 ? ` (${step}/${steps})` : ''}`;
  let chosen = given;
  if (!chosen) {
    const now = currentStatusLabel(model, today, displayLocale());
    const picked = await vscode.window.showQuickPick(
      // From a Withdraw item, "withdrawn" comes first: it is what closes it.
      (isActionNode(arg) && arg.action.kind === 'withdraw' ? ['withdrawn', 'offer', 'accepted', 'rejected', 'waiting'] as const : ['offer', 'accepted', 'rejected', 'withdrawn', 'waiting'] as const).map((s) => ({
        label: s,
        description: s === current ? `current: ${now}` : DESCRIPTIONS[s],
        detail: s === current ? 'Choosing it changes nothing.' : undefined,
      })),
      { title: title(1), placeHolder: `Now ${now}. What happened?`, ignoreFocusOut: true },
    );
    if (!picked) return false;
    chosen = picked.label;
  }
  const consequence = () => outcomeConsequence(notes.index, target.key, chosen!);
  // The same status again: nothing to ask, nothing to write (the core says since when).
  if (chosen === current) return editNote(target.uri, { verb: 'outcome', status: chosen, day: today });
  const day = argued?.ok
    ? argued.value.day
    : (await askDate({ title: title(steps), prompt: `Since when is it "${chosen}"?`, today, direction: 'past', value: 'today', check: notAfter(today, 'The day the outcome came') }))?.day;
  if (day === undefined) return false;
  return editNote(target.uri, { verb: 'outcome', status: chosen, day }, { consequence });
}
