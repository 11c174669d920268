/**
 * Applies a writing command to a note through a WorkspaceEdit on its document: planned (and
 * verified) by the core from the document's current text and version, re-planned when the user
 * typed in between, and refused for a file that is not valid UTF-8 (saving it would destroy its bytes).
 * Every write says what it recorded, with Undo (the text as it was, only while the note still
 * holds what the write left) and Open Note.
 */
import * as vscode from 'vscode';
import { decodeNoteBytes } from '../core/notes/decode';
import { EDIT_LIMIT, planNoteCommand, type NoteCommand, type PlanContext } from '../core/edits/noteCommands';
import { planUndo, type RecordedEdit } from '../core/edits/undo';
import { recordedMessage, undoneMessage, unchangedMessage } from '../core/present/feedback';
import { messageText } from '../core/present/markdownText';
import { readFileSafely } from './workspaceFileSystem';

const ATTEMPTS = 3;
const UNDO = 'Undo';
const OPEN_NOTE = 'Open Note';

/** A write the person can still take back. */
export interface RecordedWrite extends RecordedEdit {
  readonly uri: vscode.Uri;
  /** What it recorded, for a person ("thank_you_sent: 2026-12-06 on Jane Smith"). */
  readonly summary: string;
}

/** The latest writes, newest last: Undo Last Write takes back the newest that is still there. */
const recent: RecordedWrite[] = [];
const KEPT = 20;

export interface EditOptions {
  /** What the schedule says about the note (its open actions): a kind not open is refused. */
  readonly context?: PlanContext;
  /** A sentence after "Recorded …": what follows from the write (the withdraw actions an acceptance opens). */
  readonly consequence?: (summary: string) => string | undefined;
}

export async function editNote(uri: vscode.Uri, command: NoteCommand, options: EditOptions = {}): Promise<boolean> {
  const name = vscode.workspace.asRelativePath(uri);
  if (await exists(uri)) {
    let bytes: Uint8Array;
    try {
      // A regular file of a note's size only: a pipe or a device named like a note is never opened as a document.
      bytes = await readFileSafely(uri, EDIT_LIMIT, 'the note');
    } catch (e) {
      void vscode.window.showErrorMessage(messageText(`${name} was not changed: ${e instanceof Error ? e.message : String(e)}`));
      return false;
    }
    const decoded = decodeNoteBytes(bytes);
    if (!decoded.ok) {
      void vscode.window.showErrorMessage(messageText(`${name} was not changed: ${decoded.message}`));
      return false;
    }
  }
  // Not on disk yet (an untitled or new document): the document's text is all there is.
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    const before = document.getText();
    const plan = planNoteCommand(before, command, options.context);
    if (!plan.ok) {
      void vscode.window.showErrorMessage(messageText(`${name} was not changed: ${plan.reason}`));
      return false;
    }
    if (plan.changes.length === 0) {
      void vscode.window.showInformationMessage(messageText(unchangedMessage(plan.summary, name)));
      return true;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const change of plan.changes) {
      edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    }
    // The edit carries the document's version: VS Code refuses it if the text moved on meanwhile.
    if (!(await vscode.workspace.applyEdit(edit))) continue;
    if (!wasDirty) await document.save();
    const consequence = options.consequence?.(plan.summary);
    reportWrite({ uri, summary: plan.summary, before, after: plan.text }, consequence, plan.method);
    return true;
  }
  void vscode.window.showErrorMessage(messageText(`${name} was not changed: it kept changing while the edit was planned. Try again.`));
  return false;
}

/** Says what a write recorded, with Undo and Open Note (the notification is not awaited: the command is done). */
export function reportWrite(write: RecordedWrite, consequence?: string, method: 'bytes' | 'document' = 'bytes'): void {
  recent.push(write);
  if (recent.length > KEPT) recent.shift();
  const name = vscode.workspace.asRelativePath(write.uri);
  const message = [recordedMessage(write.summary, name, method), consequence].filter(Boolean).join(' ');
  void vscode.window.showInformationMessage(messageText(message), UNDO, OPEN_NOTE).then((choice) => {
    if (choice === UNDO) void undoWrite(write);
    else if (choice === OPEN_NOTE) void vscode.window.showTextDocument(write.uri, { preview: false });
  });
}

/**
 * Takes a write back: the note gets the text it had before, through a verified edit, and only while
 * it still holds exactly what the write left. Without an argument, the newest write still kept.
 */
export async function undoWrite(write: RecordedWrite | undefined = recent[recent.length - 1]): Promise<boolean> {
  if (!write) {
    void vscode.window.showInformationMessage('Nothing recorded by Interview Follow-Up is left to undo.');
    return false;
  }
  const name = vscode.workspace.asRelativePath(write.uri);
  const document = await vscode.workspace.openTextDocument(write.uri);
  const wasDirty = document.isDirty;
  const plan = planUndo(document.getText(), write);
  if (!plan.ok) {
    void vscode.window.showErrorMessage(messageText(`${name} was not restored: ${plan.reason}`));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const change of plan.changes) {
    edit.replace(write.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`${name} was not restored: it changed while the undo was planned. Try again.`);
    return false;
  }
  if (!wasDirty) await document.save();
  const at = recent.indexOf(write);
  if (at !== -1) recent.splice(at, 1);
  void vscode.window.showInformationMessage(messageText(undoneMessage(write.summary, name)));
  return true;
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
