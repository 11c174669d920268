/**
 * The core's file-system interface over `vscode.workspace.fs`: one adapter for every scheme
 * (`file`, `vscode-vfs`, `vscode-remote`, in-memory) and for both extension hosts (Node, and the
 * browser's web worker, where there is no `node:fs`). The rules are the disk's: a file is
 * stat'ed first and read only when it is a regular file (or a link to one: a pipe or a device
 * with a note's name is refused, never opened), and only up to a size limit. workspace.fs has no
 * ranged read, so a head is the start of a whole read, and past the limit nothing is read.
 */
import * as vscode from 'vscode';
import type { EntryKind, NoteFileSystem } from '../core/notes/loader';

/** A file larger than this is not read (workspace.fs reads files whole, over a connection in virtual and remote workspaces). */
export const WHOLE_READ_LIMIT = 8 * 1024 * 1024;

type Stamp = { size: number; mtimeMs: number; ctimeMs: number; ino: number };

/** VS Code's file stat tells size and times: that is the stamp (the index cache keys on it). */
function stampOf(stat: vscode.FileStat): Stamp {
  return { size: stat.size, mtimeMs: stat.mtime, ctimeMs: stat.ctime, ino: 0 };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A sentence for a person, as the CLI says it for files on disk. */
function describeError(e: unknown): string {
  if (e instanceof vscode.FileSystemError) {
    if (e.code === 'FileNotFound') return 'it does not exist (deleted or moved?)';
    if (e.code === 'NoPermissions') return 'permission denied';
    if (e.code === 'FileIsADirectory') return 'it is a folder, not a file';
  }
  return e instanceof Error ? e.message : String(e);
}

/** Stats `uri` and throws unless it is a regular file no larger than `maxBytes`. */
async function statRegular(uri: vscode.Uri, maxBytes: number, what: string): Promise<vscode.FileStat> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (e) {
    throw new Error(describeError(e));
  }
  if (stat.type & vscode.FileType.Directory) throw new Error('it is a folder, not a file');
  if (!(stat.type & vscode.FileType.File)) throw new Error('it is not a regular file (a named pipe, a device or a broken link?)');
  if (stat.size > maxBytes) throw new Error(`${what} is ${formatSize(stat.size)}, more than the ${formatSize(maxBytes)} read at most`);
  return stat;
}

/** The whole of a regular file of at most `maxBytes` (else an Error with a sentence for a person), and its stat. */
async function readRegularFile(uri: vscode.Uri, maxBytes: number, what = 'the file'): Promise<{ bytes: Uint8Array; stat: vscode.FileStat }> {
  const stat = await statRegular(uri, maxBytes, what);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    throw new Error(describeError(e));
  }
  // It grew between the stat and the read: still never more than the limit.
  if (bytes.length > maxBytes) throw new Error(`${what} is ${formatSize(bytes.length)}, more than the ${formatSize(maxBytes)} read at most`);
  return { bytes, stat };
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
      const { bytes, stat } = await readRegularFile(uriOf(file), WHOLE_READ_LIMIT, 'it');
      return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes, stamp: stampOf(stat) };
    },
    async stat(file) {
      const stat = await vscode.workspace.fs.stat(uriOf(file));
      return stat.type & vscode.FileType.File && !(stat.type & vscode.FileType.Directory) ? stampOf(stat) : undefined;
    },
  };
}

/**
 * Reads a whole file the extension needs (word list, template, cache, a letter, a note before an
 * edit) as the CLI does: a regular file only — a named pipe would never answer, a link to
 * /dev/zero never end — and at most `maxBytes`; anything else throws an Error whose message
 * says why.
 */
export async function readFileSafely(uri: vscode.Uri, maxBytes: number, what: string): Promise<Uint8Array> {
  return (await readRegularFile(uri, maxBytes, what)).bytes;
}
