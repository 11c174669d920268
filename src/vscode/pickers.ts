/** Shared quick inputs: which interview, which action, which day. */
import * as vscode from 'vscode';
import { messageText } from '../core/present/markdownText';
import { dateInputExamples, parseDateInput, type DateDirection, type DateInputResult, type TypedDate } from '../core/present/dateInput';
import { formatDay } from '../core/shared/days';
import type { IndexedInterview } from '../core/notes/noteIndex';
import { actionLabel, actionDescription, typedDateEcho } from '../core/present/presentation';
import type { Day, DueAction } from '../core/shared/types';
import { isActionNode } from './dueTree';
import { displayLocale } from './displayLocale';
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
    void vscode.window.showErrorMessage(messageText(`${vscode.workspace.asRelativePath(arg)} is not an interview note${problem ? `: ${problem.message}` : ' (its front-matter needs "type: interview")'}`));
    return undefined;
  }
  const items = notes.index.interviews().map((i) => ({
    // Quick picks draw `$(icon)`: note values go in as text.
    label: messageText(i.model.company?.value ?? i.file),
    description: messageText([i.model.role?.value, i.model.date ? formatDay(i.model.date.value.day) : undefined].filter(Boolean).join(' · ')),
    detail: messageText(i.file),
    key: i.file,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('There are no interview notes yet.', 'New Interview Note').then((choice) => {
      if (choice) void vscode.commands.executeCommand('interviewFollowUp.newInterviewNote');
    });
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Interview Follow-Up', placeHolder, matchOnDescription: true, matchOnDetail: true });
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
    candidates.map((action) => ({ label: messageText(actionLabel(action)), description: messageText(actionDescription(action, today, displayLocale())), detail: messageText(action.title), action })),
    { title: 'Interview Follow-Up', placeHolder, matchOnDetail: true },
  );
  return picked?.action;
}

export interface DatePrompt {
  /** The input's title, e.g. "Log Follow-Up with Acme Corp (1/4)". */
  readonly title: string;
  /** The question, e.g. "When did you contact them?"; the date read so far is echoed after it. */
  readonly prompt: string;
  readonly today: Day;
  readonly direction: DateDirection;
  readonly allowTime?: boolean;
  /** The text the box starts with (selected, so typing replaces it). */
  readonly value?: string;
  /** A blank answer is allowed and returns null. */
  readonly optional?: boolean;
  /** A rule beyond being a date, e.g. "after today" for a snooze. */
  readonly check?: (value: TypedDate) => string | undefined;
}

function nowMinutes(): number {
  const now = new Date();
  return now.getHours() * 60 + now.getMinutes();
}

/** Reads a typed date the way every prompt does (see src/core/dateInput.ts). */
function readTypedDate(text: string, options: Pick<DatePrompt, 'today' | 'direction' | 'allowTime' | 'check'>): DateInputResult {
  return parseDateInput(text, { today: options.today, direction: options.direction, allowTime: options.allowTime, nowMinutes: nowMinutes(), check: options.check });
}

/**
 * Asks for a date as people type it. While they type, the prompt echoes what it reads
 * ("→ 2026-11-27 · Friday, 27 November 2026 (in 2 days)") or says why it cannot, so nothing is
 * written before the person has seen the day. Resolves to the date, null for a blank optional
 * answer, or undefined when dismissed.
 */
export function askDate(options: DatePrompt): Promise<TypedDate | null | undefined> {
  const locale = displayLocale();
  const examples = dateInputExamples(options.allowTime);
  const input = vscode.window.createInputBox();
  input.title = options.title;
  input.placeholder = options.optional ? `Leave empty to skip · e.g. ${examples}` : `e.g. ${examples}`;
  input.ignoreFocusOut = true;
  input.value = options.value ?? '';
  input.valueSelection = [0, input.value.length];
  let current: TypedDate | null | undefined;
  const update = (text: string) => {
    if (options.optional && text.trim() === '') {
      current = null;
      input.prompt = options.prompt;
      input.validationMessage = undefined;
      return;
    }
    const read = readTypedDate(text, options);
    current = read.ok ? read.value : undefined;
    input.prompt = read.ok ? `${options.prompt} → ${typedDateEcho(read.value, options.today, locale)}` : options.prompt;
    input.validationMessage = read.ok ? undefined : read.message;
  };
  update(input.value);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: TypedDate | null | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
      input.dispose();
    };
    input.onDidChangeValue(update);
    input.onDidAccept(() => {
      update(input.value);
      if (current !== undefined) finish(current);
    });
    input.onDidHide(() => finish(undefined));
    input.show();
  });
}

/** A typed date given as a command argument (scripts, keybindings, tests): read like a typed answer. */
export function dateArgument(value: unknown, options: Pick<DatePrompt, 'today' | 'direction' | 'allowTime' | 'check'>): DateInputResult | undefined {
  return typeof value === 'string' ? readTypedDate(value, options) : undefined;
}
