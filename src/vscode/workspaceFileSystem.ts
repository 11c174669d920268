/** The core's file-system interface over `vscode.workspace.fs`, so virtual and remote workspaces work too. */
import * as vscode from 'vscode';
import type { EntryKind, NoteFileSystem } from '../core/loader';
import { readHeadSync } from '../node/readHead';

export function workspaceFileSystem(root: vscode.Uri): NoteFileSystem {
  const uriOf = (relative: string) => (relative ? vscode.Uri.joinPath(root, relative) : root);
  return {
    async readDirectory(dir) {
      const entries = await vscode.workspace.fs.readDirectory(uriOf(dir));
      return entries.map(([name, type]) => {
        const kind: EntryKind = type & vscode.FileType.Directory ? (type & vscode.FileType.SymbolicLink ? 'other' : 'directory') : type & vscode.FileType.File ? 'file' : 'other';
        return [name, kind] as const;
      });
    },
    async readHead(file, maxBytes) {
      const uri = uriOf(file);
      if (uri.scheme === 'file') return readHeadSync(uri.fsPath, maxBytes);
      // workspace.fs has no ranged read: elsewhere the file is read whole and cut before decoding.
      const bytes = await vscode.workspace.fs.readFile(uriOf(file));
      return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes };
    },
  };
}
