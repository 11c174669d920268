/**
 * "Add to word list": appends a word to the workspace's word list file, creating it when missing —
 * only where the setting keeps it inside the workspace folder (a prepared `"../.bashrc"` or a link
 * out of the folder is refused, never written), and only to a regular file of a word list's size.
 */
import * as vscode from 'vscode';
import { messageText } from '../../core/present/markdownText';
import { SMALL_FILE_LIMIT } from '../../core/shared/settingPaths';
import { FileRefusal } from '../../node/safeFiles';
import { createNewFile, exists } from '../documentEdits';
import type { NoteDiagnostics } from '../diagnostics';
import { readFileSafely } from '../workspaceFileSystem';

export async function addWord(diagnostics: NoteDiagnostics, word?: unknown): Promise<boolean> {
  const target = await diagnostics.wordListTarget();
  if (!target) {
    void vscode.window.showErrorMessage('Open a folder first: the word list lives in the workspace.');
    return false;
  }
  if (!target.ok) {
    void vscode.window.showErrorMessage(messageText(`${target.message}: nothing was written. Set it to a file inside the workspace folder.`));
    return false;
  }
  const uri = target.uri;
  const text = typeof word === 'string' ? word : await vscode.window.showInputBox({ title: 'Add to the word list', prompt: 'A word the spelling check should accept' });
  if (!text?.trim() || /\s/.test(text.trim())) return false;
  let ok: boolean;
  if (await exists(uri)) {
    try {
      await readFileSafely(uri, SMALL_FILE_LIMIT, 'the word list');
    } catch (e) {
      const why = e instanceof FileRefusal ? e.message : String(e);
      void vscode.window.showErrorMessage(messageText(`The word list ${vscode.workspace.asRelativePath(uri)} was not changed: ${why}.`));
      return false;
    }
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
