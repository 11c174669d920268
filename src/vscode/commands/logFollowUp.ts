/** "Log Follow-Up": appends a contact to the interview's `follow_ups`. */
import * as vscode from 'vscode';
import { messageText } from '../../core/present/markdownText';
import { notAfter, type TypedDate } from '../../core/present/dateInput';
import { formatDay } from '../../core/shared/days';
import { FOLLOW_UP_MEDIA } from '../../core/edits/noteCommands';
import type { Day } from '../../core/shared/types';
import { editNote } from '../documentEdits';
import { askDate, dateArgument, resolveInterview } from '../pickers';
import type { CommandContext } from './context';

/** As a command argument: `date` and `next` are typed dates ("2026-11-25", "today", "fri", "in a week"). */
export interface FollowUpEntry {
  readonly date: string;
  readonly via?: string;
  readonly note?: string;
  readonly next?: string;
}

const STEPS = 4;

function isEntry(arg: unknown): arg is FollowUpEntry {
  return typeof (arg as FollowUpEntry | undefined)?.date === 'string';
}

const afterContact = (contact: Day) => (value: TypedDate) =>
  value.day > contact ? undefined : `Checking back is after the contact on ${formatDay(contact)}: try a later day, e.g. in a week.`;

interface Entry {
  readonly date: Day;
  readonly via?: string;
  readonly note?: string;
  readonly next?: Day;
}

async function askEntry(company: string, today: Day): Promise<Entry | undefined> {
  const title = (step: number) => `Log Follow-Up with ${company} (${step}/${STEPS})`;
  const date = await askDate({ title: title(1), prompt: 'When did you contact them?', today, direction: 'past', value: 'today', check: notAfter(today, 'A contact you log') });
  if (!date) return undefined;
  const via = await vscode.window.showQuickPick([...FOLLOW_UP_MEDIA], { title: `${title(2)}: how?`, placeHolder: 'How did you reach them?', ignoreFocusOut: true });
  if (!via) return undefined;
  const note = await vscode.window.showInputBox({ title: `${title(3)}: what happened?`, prompt: 'What happened? (optional)', placeHolder: 'Left a voicemail; they expect news next week', ignoreFocusOut: true });
  if (note === undefined) return undefined;
  const next = await askDate({
    title: `${title(4)}: did they say when to check back?`,
    prompt: 'Check back on (optional: left empty, the next follow-up is due a week later)',
    today,
    direction: 'future',
    optional: true,
    check: afterContact(date.day),
  });
  if (next === undefined) return undefined;
  return { date: date.day, via, note: note.trim() || undefined, next: next ? next.day : undefined };
}

/** Reads an entry given as an argument; a date that cannot be read is an error, never a guess. */
function readEntry(entry: FollowUpEntry, today: Day): Entry | string {
  const date = dateArgument(entry.date, { today, direction: 'past', check: notAfter(today, 'A contact you log') });
  if (!date?.ok) return `the follow-up's date: ${date?.message}`;
  let next: Day | undefined;
  if (entry.next !== undefined && entry.next.trim() !== '') {
    const read = dateArgument(entry.next, { today, direction: 'future', check: afterContact(date.value.day) });
    if (!read?.ok) return `the day to check back: ${read?.message}`;
    next = read.value.day;
  }
  return { date: date.value.day, via: entry.via, note: entry.note, next };
}

export async function logFollowUp({ notes }: CommandContext, arg?: unknown, entry?: unknown): Promise<boolean> {
  const target = await resolveInterview(notes, arg, 'Log a follow-up for which interview?');
  if (!target) return false;
  const today = notes.today();
  let values: Entry | undefined;
  if (isEntry(entry)) {
    const read = readEntry(entry, today);
    if (typeof read === 'string') {
      void vscode.window.showErrorMessage(messageText(`Log Follow-Up: ${read}`));
      return false;
    }
    values = read;
  } else {
    values = await askEntry(target.interview.model.company?.value ?? target.key, today);
  }
  if (!values) return false;
  return editNote(target.uri, { verb: 'log', date: values.date, via: values.via, note: values.note, next: values.next });
}

