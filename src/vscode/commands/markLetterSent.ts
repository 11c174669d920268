/**
 * "Mark Letter Sent": sets `sent` on a letter, or `thank_you_sent` on an interviewer thanked
 * without a letter file. A letter that still has error-level problems (unfilled placeholders, a
 * wrong name, ...) asks first; `{ force: true }` as the second argument skips the question (scripts).
 */
import * as vscode from 'vscode';
import { messageText } from '../../core/present/markdownText';
import { draftedLetterFor } from '../../core/letters/draftedLetters';
import { sendQuestion } from '../../core/checks/sendReadiness';
import { editNote } from '../documentEdits';
import { isActionNode } from '../dueTree';
import type { CommandContext } from './context';

const SHOW_PROBLEMS = 'Show Problems';
const MARK_AS_SENT = 'Mark as Sent';

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
  const setSent = async (key: string) => {
    const uri = notes.uriOf(key);
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
    if (letter) return setSent(letter.file);
    const uri = notes.uriOf(action.file!);
    return uri ? editNote(uri, { verb: 'mark-done', kind: 'thank-you', person: action.person, day: today }) : false;
  }

  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const key = uri ? notes.keyOf(uri) : undefined;
  if (key && notes.index.get(key)?.model?.type === 'thank-you') return setSent(key);

  const unsent = notes.index.letters().filter((l) => !l.model.sent);
  if (unsent.length === 0) {
    void vscode.window.showInformationMessage('Every thank-you letter is already marked as sent.');
    return false;
  }
  const picked = await vscode.window.showQuickPick(
    unsent.map((l) => ({ label: messageText(l.model.to?.value ?? l.file), description: messageText((l.interviewFile ? notes.index.interview(l.interviewFile)?.model.company?.value : undefined) ?? ''), detail: messageText(l.file), key: l.file })),
    { placeHolder: 'Which letter went out today?' },
  );
  return picked ? setSent(picked.key) : false;
}
