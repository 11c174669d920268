/** The core's file-system interface over `vscode.workspace.fs`, so virtual and remote workspaces work too. */
import * as vscode from 'vscode';
import type { EntryKind, NoteFileSystem } from '../core/notes/loader';
import { statSync } from 'node:fs';
import { FileRefusal, readRegularFile, readRegularHead, stampOf } from '../node/safeFiles';

/** Files of virtual and remote workspaces are read whole; past this size they are not read. */
const REMOTE_READ_LIMIT = 8 * 1024 * 1024;

/** Virtual file systems tell size and times only: that is the stamp. */
function remoteStamp(stat: vscode.FileStat): { size: number; mtimeMs: number; ctimeMs: number; ino: number } {
  return { size: stat.size, mtimeMs: stat.mtime, ctimeMs: stat.ctime, ino: 0 };
}

export function workspaceFileSystem(root: vscode.Uri): NoteFileSystem {
  const uriOf = (relative: string) => (relative ? vscode.Uri.joinPath(root, relative) : root);
  return {
    async readDirectory(dir) {
      const entries = await vscode.workspace.fs.readDirectory(uriOf(dir));
      return entries.map(([name, type]) => {
        const kind: EntryKind = type & vscode.FileType.Directory ? (type & vscode.FileType.SymbolicLink ? 'link-directory' : 'directory') : type & vscode.FileType.File ? 'file' : 'other';
        return [name, kind] as const;
      });
    },
    async readHead(file, maxBytes) {
      const uri = uriOf(file);
      if (uri.scheme === 'file') return readRegularHead(uri.fsPath, maxBytes);
      // workspace.fs has no ranged read: elsewhere a file is read whole (if it is a file of a sane size) and cut before decoding.
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.File)) throw new Error('it is not a file');
      if (stat.size > REMOTE_READ_LIMIT) throw new Error(`it is ${Math.round(stat.size / 1024 / 1024)} MB, too large to read over this connection`);
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes, stamp: remoteStamp(stat) };
    },
    async stat(file) {
      const uri = uriOf(file);
      if (uri.scheme === 'file') {
        const stats = statSync(uri.fsPath);
        return stats.isFile() ? stampOf(stats) : undefined;
      }
      const stat = await vscode.workspace.fs.stat(uri);
      return stat.type & vscode.FileType.File ? remoteStamp(stat) : undefined;
    },
  };
}

/**
 * Reads a whole file the extension needs (word list, template, cache, a letter, a note before an
 * edit) as the CLI does: a regular file only — a named pipe would never answer, a link to
 * /dev/zero never end — and at most `maxBytes`; anything else throws a FileRefusal whose message
 * says why. On disk the checks are made on the open file; elsewhere, on what the file system tells.
 */
export async function readFileSafely(uri: vscode.Uri, maxBytes: number, what: string): Promise<Uint8Array> {
  if (uri.scheme === 'file') return readRegularFile(uri.fsPath, maxBytes, what);
  const stat = await vscode.workspace.fs.stat(uri);
  if (!(stat.type & vscode.FileType.File)) throw new FileRefusal(`${what} is not a file`);
  if (stat.size > maxBytes) throw new FileRefusal(`${what} is ${Math.ceil(stat.size / 1024)} KB, more than the ${Math.ceil(maxBytes / 1024)} KB read at most`);
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > maxBytes) throw new FileRefusal(`${what} grew past the ${Math.ceil(maxBytes / 1024)} KB read at most`);
  return bytes;
}
