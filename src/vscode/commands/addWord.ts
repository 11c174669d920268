/**
 * "Add to word list": appends a word to the workspace's word list file, creating it when missing.
 * A list on disk is written as the CLI writes notes (diskAccess, in the Node host: its lock,
 * re-read under it, a temporary file renamed over it, a link kept a link): a failure or a crash leaves the old
 * list whole. A list open with unsaved changes gets the word in the editor instead, and one in a
 * virtual workspace through VS Code's file service. Only where the setting keeps it inside the
 * workspace folder (a prepared `"../.bashrc"` or a link out of the folder is refused, never
 * written), and only to a regular file of a word list's size.
 */
import * as vscode from 'vscode';
import { wordListWith } from '../../core/checks/knownWords';
import { messageText } from '../../core/present/markdownText';
import { SMALL_FILE_LIMIT } from '../../core/shared/settingPaths';
import { diskAccess, type DiskAccess } from '../diskAccess';
import { createNewFile, exists } from '../documentEdits';
import type { NoteDiagnostics } from '../diagnostics';
import { readFileSafely } from '../workspaceFileSystem';

async function appendOnDisk(disk: DiskAccess, uri: vscode.Uri, word: string): Promise<boolean> {
  try {
    await disk.replaceFile(
      uri.fsPath,
      (bytes) => {
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          throw new Error('it is not valid UTF-8; writing it would change its other bytes');
        }
        return new TextEncoder().encode(wordListWith(text, word));
      },
      { maxBytes: SMALL_FILE_LIMIT, what: 'the word list' },
    );
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(messageText(`The word list ${vscode.workspace.asRelativePath(uri)} was not changed: ${e instanceof Error ? e.message : String(e)}`));
    return false;
  }
}

async function appendInEditor(uri: vscode.Uri, word: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  const content = document.getText();
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, document.positionAt(content.length), wordListWith(content, word).slice(content.length));
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok && !wasDirty) await document.save();
  return ok;
}

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
      const why = e instanceof Error ? e.message : String(e);
      void vscode.window.showErrorMessage(messageText(`The word list ${vscode.workspace.asRelativePath(uri)} was not changed: ${why}.`));
      return false;
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const disk = diskAccess();
    ok = disk && uri.scheme === 'file' && !open?.isDirty ? await appendOnDisk(disk, uri, text.trim()) : await appendInEditor(uri, text.trim());
  } else {
    ok = await createNewFile(uri, `# Words the Interview Follow-Up spelling check accepts, one a line.\n${text.trim()}\n`);
  }
  if (ok) {
    await diagnostics.reloadWordList();
    diagnostics.checkAllOpen();
  }
  return ok;
}
