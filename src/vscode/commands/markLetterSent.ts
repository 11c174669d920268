/** "Mark Letter Sent": sets `sent` on a letter, or `thank_you_sent` on an interviewer thanked without a letter file. */
import * as vscode from 'vscode';
import { samePerson } from '../../core/schedule';
import { editNote } from '../documentEdits';
import { isActionNode } from '../dueTree';
import type { CommandContext } from './context';

export async function markLetterSent({ notes }: CommandContext, arg?: unknown): Promise<boolean> {
  await notes.whenLoaded();
  const today = notes.today();
  const setSent = (key: string) => {
    const uri = notes.uriOf(key);
    return uri ? editNote(uri, { verb: 'sent', day: today }) : Promise.resolve(false);
  };

  if (isActionNode(arg) && arg.action.kind === 'thank-you' && arg.action.file) {
    const { action } = arg;
    const letter = notes.index.lettersFor(action.file!).find((l) => !l.model.sent && l.model.to && action.person && samePerson(l.model.to.value, action.person));
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
    unsent.map((l) => ({ label: l.model.to?.value ?? l.file, description: l.interviewFile ? notes.index.interview(l.interviewFile)?.model.company?.value : undefined, detail: l.file, key: l.file })),
    { placeHolder: 'Which letter went out today?' },
  );
  return picked ? setSent(picked.key) : false;
}
