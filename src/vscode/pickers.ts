/** Shared quick inputs: which interview, which action, which day. */
import * as vscode from 'vscode';
import { addDays, formatDay, parseDay } from '../core/days';
import type { IndexedInterview } from '../core/noteIndex';
import { actionLabel, actionDescription } from '../core/presentation';
import type { Day, DueAction } from '../core/types';
import { isActionNode } from './dueTree';
import type { NotesWorkspace } from './notesWorkspace';

export interface InterviewTarget {
  readonly key: string;
  readonly uri: vscode.Uri;
  readonly interview: IndexedInterview;
}

/** The interview a command is about: a tree item's note, a given URI, the active editor's note, or one the user picks. */
export async function resolveInterview(notes: NotesWorkspace, arg: unknown, placeHolder: string): Promise<InterviewTarget | undefined> {
  await notes.whenLoaded();
  const fromKey = (key: string | null | undefined): InterviewTarget | undefined => {
    if (!key) return undefined;
    const interview = notes.index.interview(key);
    const uri = notes.uriOf(key);
    return interview && uri ? { key, uri, interview } : undefined;
  };
  if (isActionNode(arg)) return fromKey(arg.action.file);
  const explicit = arg instanceof vscode.Uri;
  const uri = explicit ? arg : vscode.window.activeTextEditor?.document.uri;
  const key = uri ? notes.keyOf(uri) : undefined;
  const direct = fromKey(key);
  if (direct) return direct;
  if (key) {
    // A letter: its interview.
    const letter = notes.index.letters().find((l) => l.file === key);
    const linked = fromKey(letter?.interviewFile);
    if (linked) return linked;
  }
  if (explicit) {
    const problem = key ? notes.index.get(key)?.problems.find((p) => p.severity === 'error') : undefined;
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(arg)} is not an interview note${problem ? `: ${problem.message}` : ' (its front-matter needs "type: interview")'}`);
    return undefined;
  }
  const items = notes.index.interviews().map((i) => ({
    label: i.model.company?.value ?? i.file,
    description: [i.model.role?.value, i.model.date ? formatDay(i.model.date.value.day) : undefined].filter(Boolean).join(' · '),
    detail: i.file,
    key: i.file,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('There are no interview notes yet.', 'New Interview Note').then((choice) => {
      if (choice) void vscode.commands.executeCommand('interviewFollowUp.newInterviewNote');
    });
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return fromKey(picked?.key);
}

/** The action a command is about: a tree item's, or one the user picks from the open ones that belong to a note. */
export async function resolveAction(notes: NotesWorkspace, arg: unknown, placeHolder: string, filter: (a: DueAction) => boolean = () => true): Promise<DueAction | undefined> {
  if (isActionNode(arg)) return arg.action;
  await notes.whenLoaded();
  const today = notes.today();
  const candidates = notes.schedule().filter((a) => a.file !== null && filter(a));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('No open follow-up fits here.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((action) => ({ label: actionLabel(action), description: actionDescription(action, today), detail: action.title, action })),
    { placeHolder, matchOnDetail: true },
  );
  return picked?.action;
}

export function validateDay(text: string): string | undefined {
  return parseDay(text) === undefined ? 'Enter a date as YYYY-MM-DD, e.g. 2026-11-20' : undefined;
}

/** A day from a short list (today, tomorrow, ...) or typed. */
export async function pickDay(title: string, today: Day, offsets: readonly (readonly [string, number])[]): Promise<string | undefined> {
  const custom = 'Another day…';
  const items = [
    ...offsets.map(([label, n]) => ({ label, description: formatDay(addDays(today, n)) })),
    { label: custom, description: 'YYYY-MM-DD' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'When?' });
  if (!picked) return undefined;
  if (picked.label !== custom) return picked.description;
  return vscode.window.showInputBox({ title, value: formatDay(today), validateInput: validateDay, ignoreFocusOut: true });
}
