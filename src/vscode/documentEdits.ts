/**
 * Applies a writing command to a note through a WorkspaceEdit on its document: planned (and
 * verified) by the core from the document's current text and version, re-planned when the user
 * typed in between, and refused for a file that is not valid UTF-8 (saving it would destroy its bytes).
 */
import * as vscode from 'vscode';
import { decodeNoteBytes } from '../core/notes/decode';
import { planNoteCommand, type NoteCommand } from '../core/edits/noteCommands';
import { messageText } from '../core/present/markdownText';
import { readFileSafely } from './workspaceFileSystem';

const ATTEMPTS = 3;
/** As the CLI's writing verbs: a larger file is not a note people write, and is not edited. */
const EDIT_LIMIT = 16 * 1024 * 1024;

export async function editNote(uri: vscode.Uri, command: NoteCommand): Promise<boolean> {
  const name = messageText(vscode.workspace.asRelativePath(uri));
  if (await exists(uri)) {
    let bytes: Uint8Array;
    try {
      // A regular file of a note's size only: a pipe or a device named like a note is never opened as a document.
      bytes = await readFileSafely(uri, EDIT_LIMIT, 'the note');
    } catch (e) {
      void vscode.window.showErrorMessage(`${name} was not changed: ${messageText(e instanceof Error ? e.message : String(e))}`);
      return false;
    }
    const decoded = decodeNoteBytes(bytes);
    if (!decoded.ok) {
      void vscode.window.showErrorMessage(`${name} was not changed: ${messageText(decoded.message)}`);
      return false;
    }
  }
  // Not on disk yet (an untitled or new document): the document's text is all there is.
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    const plan = planNoteCommand(document.getText(), command);
    if (!plan.ok) {
      void vscode.window.showErrorMessage(`${name} was not changed: ${messageText(plan.reason)}`);
      return false;
    }
    if (plan.changes.length === 0) {
      void vscode.window.showInformationMessage(`${name}: nothing to change (${messageText(plan.summary)}).`);
      return true;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const change of plan.changes) {
      edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    }
    // The edit carries the document's version: VS Code refuses it if the text moved on meanwhile.
    if (!(await vscode.workspace.applyEdit(edit))) continue;
    if (!wasDirty) await document.save();
    return true;
  }
  void vscode.window.showErrorMessage(`${name} was not changed: it kept changing while the edit was planned. Try again.`);
  return false;
}

/** Creates a file that must not exist yet; never overwrites. */
export async function createNewFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
