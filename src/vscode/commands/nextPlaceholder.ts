/**
 * "Next Placeholder" / "Previous Placeholder": select the next place in a letter still to be
 * written. The context key `interviewFollowUp.letterActive` (the active editor holds a thank-you
 * letter) scopes their keybindings.
 */
import * as vscode from 'vscode';
import { findPlaceholders, nextPlaceholder } from '../../core/letters/letterPlaceholders';
import { summaryOf } from '../../core/notes/note';
import { isMac } from '../hostEnvironment';
import type { NotesWorkspace } from '../notesWorkspace';

const LETTER_ACTIVE_KEY = 'interviewFollowUp.letterActive';
/** The default keybinding, as package.json contributes it. */
export const NEXT_PLACEHOLDER_KEY = isMac() ? '⌃]' : 'Alt+]';

function isLetter(notes: NotesWorkspace, editor: vscode.TextEditor | undefined): boolean {
  const key = editor ? notes.keyOf(editor.document.uri) : undefined;
  const indexed = key !== undefined ? notes.index.get(key) : undefined;
  return indexed !== undefined && summaryOf(indexed).type === 'thank-you';
}

/** Keeps the context key true while a letter is the active editor. */
export function trackActiveLetter(notes: NotesWorkspace): vscode.Disposable {
  let last: boolean | undefined;
  const update = () => {
    const active = isLetter(notes, vscode.window.activeTextEditor);
    if (active === last) return;
    last = active;
    void vscode.commands.executeCommand('setContext', LETTER_ACTIVE_KEY, active);
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), notes.onDidChange(update));
}

/** Selects the next (or previous) placeholder in the active editor; returns what it selected. */
export async function goToPlaceholder(direction: 'next' | 'previous'): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document } = editor;
  const target = nextPlaceholder(findPlaceholders(document.getText()), document.offsetAt(editor.selection.start), direction);
  if (!target) {
    void vscode.window.showInformationMessage('No placeholder is left in this letter: give it a last read, then run "Mark Letter Sent".');
    return undefined;
  }
  const range = new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target.text;
}
