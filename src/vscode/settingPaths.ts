/**
 * Path settings in the extension (core/shared/settingPaths): each must stay inside its workspace
 * folder, symbolic links included. On disk (`file:`, in the Node host) links are resolved with
 * realpath; on other file systems, where a link's target cannot be known, any link on the way is
 * refused. A refusal
 * is told once per window, in a notification naming the setting.
 */
import * as vscode from 'vscode';
import { messageText } from '../core/present/markdownText';
import { linkOutsideMessage, settingPath, type PathSetting } from '../core/shared/settingPaths';
import { diskAccess } from './diskAccess';

export type ContainedUri = { readonly ok: true; readonly uri: vscode.Uri; /** Folder-relative, `/`-separated. */ readonly relative: string } | { readonly ok: false; readonly message: string };

function lexical(folder: vscode.Uri, key: PathSetting, written: string): ContainedUri {
  const result = settingPath(key, written, folder.scheme === 'file' ? folder.fsPath : folder.path);
  if (!result.ok) return result;
  return { ok: true, relative: result.path, uri: result.path ? vscode.Uri.joinPath(folder, result.path) : folder };
}

/** The setting's place inside the folder, checked without waiting (links resolved on disk only). */
export function containedUriSync(folder: vscode.Uri, key: PathSetting, written: string): ContainedUri {
  const result = lexical(folder, key, written);
  const disk = diskAccess();
  if (!result.ok || folder.scheme !== 'file' || !disk) return result;
  const escape = disk.linkEscape(folder.fsPath, result.relative);
  return escape ? { ok: false, message: linkOutsideMessage(key, written, undefined, escape === 'dangling') } : result;
}

/** The setting's place inside the folder, links included on every file system. */
export async function containedUri(folder: vscode.Uri, key: PathSetting, written: string): Promise<ContainedUri> {
  const result = containedUriSync(folder, key, written);
  if (!result.ok || (folder.scheme === 'file' && diskAccess())) return result;
  let current = folder;
  for (const segment of result.relative.split('/').filter((s) => s !== '')) {
    current = vscode.Uri.joinPath(current, segment);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(current);
    } catch {
      break; // the rest does not exist yet
    }
    if (stat.type & vscode.FileType.SymbolicLink) return { ok: false, message: linkOutsideMessage(key, written) };
  }
  return result;
}

const told = new Set<string>();

/** Shows why a path setting is not used, once per message and window. */
export function tellRefusedSetting(message: string, consequence: string): void {
  const text = messageText(`${message}: ${consequence}`);
  if (told.has(text)) return;
  told.add(text);
  void vscode.window.showWarningMessage(text);
}
