/** Opens the note behind a tree item, at the line the action comes from. */
import * as vscode from 'vscode';
import { isActionNode } from '../dueTree';
import type { CommandContext } from './context';

export async function openAction({ notes }: CommandContext, arg?: unknown): Promise<void> {
  if (!isActionNode(arg) || !arg.action.file) return;
  const uri = notes.uriOf(arg.action.file);
  if (!uri) return;
  const range = arg.action.range;
  const at = range ? new vscode.Position(range.start.line, range.start.character) : new vscode.Position(0, 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), preview: true });
}
