/** "Add to word list": appends a word to the workspace's word list file, creating it when missing. */
import * as vscode from 'vscode';
import { createNewFile, exists } from '../documentEdits';
import type { NoteDiagnostics } from '../diagnostics';

export async function addWord(diagnostics: NoteDiagnostics, word?: unknown): Promise<boolean> {
  const uri = diagnostics.wordListUri();
  if (!uri) {
    void vscode.window.showErrorMessage('Open a folder first: the word list lives in the workspace.');
    return false;
  }
  const text = typeof word === 'string' ? word : await vscode.window.showInputBox({ title: 'Add to the word list', prompt: 'A word the spelling check should accept' });
  if (!text?.trim() || /\s/.test(text.trim())) return false;
  let ok: boolean;
  if (await exists(uri)) {
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    const content = document.getText();
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.positionAt(content.length), `${content === '' || content.endsWith('\n') ? '' : eol}${text.trim()}${eol}`);
    ok = await vscode.workspace.applyEdit(edit);
    if (ok && !wasDirty) await document.save();
  } else {
    ok = await createNewFile(uri, `# Words the Interview Follow-Up spelling check accepts, one a line.\n${text.trim()}\n`);
  }
  if (ok) {
    await diagnostics.reloadWordList();
    diagnostics.checkAllOpen();
  }
  return ok;
}
