/** Wires the features together; each lives in its own file under src/vscode/. */
import * as vscode from 'vscode';
import { NoteCodeActions } from './vscode/codeActions';
import { trackActiveLetter } from './vscode/commands/nextPlaceholder';
import { registerCommands } from './vscode/commands/registerCommands';
import { registerCompletion } from './vscode/completion';
import { NoteDiagnostics } from './vscode/diagnostics';
import { DueTreeProvider } from './vscode/dueTree';
import { NotesWorkspace } from './vscode/notesWorkspace';
import { Reminders } from './vscode/reminders';
import { registerStatusBar } from './vscode/statusBar';

export interface InterviewFollowUpApi {
  readonly notes: NotesWorkspace;
  readonly tree: DueTreeProvider;
  readonly diagnostics: NoteDiagnostics;
  readonly reminders: Reminders;
  readonly statusBar: vscode.StatusBarItem;
}

export function activate(context: vscode.ExtensionContext): InterviewFollowUpApi {
  // The index cache belongs to the workspace (storageUri, through workspace.fs in both hosts); without one there is no cache.
  const notes = new NotesWorkspace(context.storageUri);
  const tree = new DueTreeProvider(notes, context.workspaceState);
  const diagnostics = new NoteDiagnostics(notes, context.extensionUri);
  const reminders = new Reminders(notes, context.workspaceState);
  const statusBar = registerStatusBar(notes, tree);
  context.subscriptions.push(
    notes,
    tree,
    diagnostics,
    reminders,
    statusBar,
    registerCommands({ notes, tree, diagnostics }),
    trackActiveLetter(notes),
    registerCompletion(notes),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NoteCodeActions(diagnostics), { providedCodeActionKinds: NoteCodeActions.kinds }),
  );
  // Reading the notes waits until activation is over: nothing on the startup path.
  setTimeout(() => void reminders.start(), 0);
  return { notes, tree, diagnostics, reminders, statusBar: statusBar.item };
}

export function deactivate(): void {}
