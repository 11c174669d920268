/**
 * "Mark Letter Sent": sets `sent` on a letter, or `thank_you_sent` on an interviewer thanked
 * without a letter file. A letter that still has error-level problems (unfilled placeholders, a
 * wrong name, ...) asks first, and so does a thank-you that has no letter (it records on the
 * interviewer, not on a letter); `{ force: true }` as the second argument skips the questions (scripts).
 */
import * as vscode from 'vscode';
import { parseNote } from '../../core/notes/note';
import { messageText } from '../../core/present/markdownText';
import { draftedLetterFor } from '../../core/letters/draftedLetters';
import { sendQuestion } from '../../core/checks/sendReadiness';
import { thankedWithoutLetterQuestion } from '../../core/present/feedback';
import { editNote } from '../documentEdits';
import { isActionNode } from '../dueTree';
import type { CommandContext } from './context';

const SHOW_PROBLEMS = 'Show Problems';
const MARK_AS_SENT = 'Mark as Sent';
const RECORD_THANKED = 'Record as Thanked';
const DRAFT_LETTER = 'Draft Thank-You';

export interface MarkLetterSentOptions {
  /** Mark it without asking, whatever problems the letter still has. */
  readonly force?: boolean;
}

function isOptions(value: unknown): value is MarkLetterSentOptions {
  return typeof value === 'object' && value !== null && typeof (value as MarkLetterSentOptions).force === 'boolean';
}

export async function markLetterSent({ notes, diagnostics }: CommandContext, arg?: unknown, options?: unknown): Promise<boolean> {
  await notes.whenLoaded();
  const today = notes.today();
  const force = isOptions(options) && options.force === true;
  const setSent = async (uri: vscode.Uri | undefined) => {
    if (!uri) return false;
    if (!force) {
      const question = sendQuestion(await diagnostics.findingsFor(uri));
      if (question) {
        // "Show Problems" comes first, so Enter does not send a letter with errors.
        const answer = await vscode.window.showWarningMessage(messageText(question.message), { modal: true, detail: messageText(question.detail) }, SHOW_PROBLEMS, MARK_AS_SENT);
        if (answer === SHOW_PROBLEMS) {
          await vscode.window.showTextDocument(uri, { preview: false });
          await vscode.commands.executeCommand('workbench.actions.view.problems');
        }
        if (answer !== MARK_AS_SENT) return false;
      }
    }
    return editNote(uri, { verb: 'sent', day: today });
  };

  if (isActionNode(arg) && arg.action.kind === 'thank-you' && arg.action.file) {
    const { action } = arg;
    const letter = draftedLetterFor(notes.index, action);
    if (letter) return setSent(notes.uriOf(letter.file));
    const uri = notes.uriOf(action.file!);
    if (!uri) return false;
    if (!force) {
      // No letter to mark: say what would be recorded instead of quietly writing on the interviewer.
      const question = thankedWithoutLetterQuestion(action, today);
      const answer = await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, RECORD_THANKED, DRAFT_LETTER);
      if (answer === DRAFT_LETTER) {
        await vscode.commands.executeCommand('interviewFollowUp.draftThankYouNotes', arg);
        return false;
      }
      if (answer !== RECORD_THANKED) return false;
    }
    return editNote(uri, { verb: 'mark-done', kind: 'thank-you', person: action.person, day: today }, { context: { open: notes.openActionsOf(action.file!) } });
  }

  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const key = uri ? notes.keyOf(uri) : undefined;
  // A letter named by the caller is judged by its own text: one drafted a moment ago may not be in the index yet.
  if (uri && key !== undefined && (notes.index.get(key)?.model?.type === 'thank-you' || (await isLetter(uri)))) return setSent(uri);

  const unsent = notes.index.letters().filter((l) => !l.model.sent);
  if (unsent.length === 0) {
    void vscode.window.showInformationMessage('Every thank-you letter is already marked as sent.');
    return false;
  }
  const picked = await vscode.window.showQuickPick(
    unsent.map((l) => ({ label: messageText(l.model.to?.value ?? l.file), description: messageText((l.interviewFile ? notes.index.interview(l.interviewFile)?.model.company?.value : undefined) ?? ''), detail: messageText(l.file), key: l.file })),
    { placeHolder: 'Which letter went out today?' },
  );
  return picked ? setSent(notes.uriOf(picked.key)) : false;
}

async function isLetter(uri: vscode.Uri): Promise<boolean> {
  try {
    return parseNote((await vscode.workspace.openTextDocument(uri)).getText()).model?.type === 'thank-you';
  } catch {
    return false; // gone, or not a text file
  }
}
