/** After a quick fix that records something (Mark sent today): say what, with Undo and Open Note, as every write does. */
import * as vscode from 'vscode';
import { reportWrite } from '../documentEdits';

/** Runs after VS Code applied the fix's edit: `before` is the text the fix was planned on. */
export async function reportFix(uri: unknown, summary: unknown, before: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || typeof summary !== 'string' || typeof before !== 'string') return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const after = document.getText();
  if (after === before) return false; // the edit did not apply: nothing was recorded
  reportWrite({ uri, summary, before, after });
  return true;
}
