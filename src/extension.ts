/** Wires the features together; each lives in its own file under src/vscode/. */
import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands/registerCommands';
import { DueTreeProvider } from './vscode/dueTree';
import { NotesWorkspace } from './vscode/notesWorkspace';
import { registerStatusBar } from './vscode/statusBar';

export interface InterviewFollowUpApi {
  readonly notes: NotesWorkspace;
  readonly tree: DueTreeProvider;
}

export function activate(context: vscode.ExtensionContext): InterviewFollowUpApi {
  const notes = new NotesWorkspace();
  const tree = new DueTreeProvider(notes, context.workspaceState);
  context.subscriptions.push(notes, tree, registerStatusBar(notes, tree), registerCommands({ notes, tree }));
  // Reading the notes waits until activation is over: nothing on the startup path.
  setTimeout(() => void notes.whenLoaded(), 0);
  return { notes, tree };
}

export function deactivate(): void {}
