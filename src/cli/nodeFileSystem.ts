/**
 * The core's file-system interface over Node's `fs`, rooted at a folder. Synchronous reads measured
 * faster here than async ones. Names that are not valid UTF-8 (a Latin-1 file name) keep each such
 * byte as a lone surrogate (core/shared/fileNames: `caf\udce9.md`), so two of them never become one
 * name; the raw bytes of such paths are kept and used to open them.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { EntryKind, NoteFileSystem } from '../core/notes/loader';
import { decodeFileName, hasRawBytes } from '../core/shared/fileNames';
import { readRegularHead, stampOf } from '../node/safeFiles';


export interface NodeNoteFileSystem extends NoteFileSystem {
  /** The path to give `fs` for a folder-relative path (bytes when a name is not UTF-8). */
  pathOf(relative: string): string | Buffer;
}

export function nodeFileSystem(root: string): NodeNoteFileSystem {
  /** Folder-relative paths (as shown) whose real name is not UTF-8, to their raw bytes. */
  const raw = new Map<string, Buffer>();
  // Folder-relative paths come from the walk (normalised, `/`-separated): joined by hand, as path.join costs more than the stat it precedes.
  const prefix = join(root, '/');
  const pathOf = (relative: string): string | Buffer => raw.get(relative) ?? (relative ? prefix + relative : root);

  const kindOf = (entry: Dirent, path: string | Buffer): EntryKind => {
    if (entry.isFile()) return 'file';
    if (entry.isDirectory()) return 'directory';
    if (!entry.isSymbolicLink()) return 'other';
    try {
      const target = statSync(path);
      return target.isFile() ? 'file' : target.isDirectory() ? 'link-directory' : 'other';
    } catch {
      return 'other'; // a link to nothing: reading it says so
    }
  };

  return {
    pathOf,
    async readDirectory(dir) {
      const base = pathOf(dir);
      const entries = readdirSync(base, { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent[];
      return entries.map((entry) => {
        const bytes = entry.name as unknown as Buffer;
        const name = decodeFileName(bytes);
        const valid = !hasRawBytes(name);
        const relative = dir ? `${dir}/${name}` : name;
        if (!valid || typeof base !== 'string') raw.set(relative, Buffer.concat([Buffer.from(base), Buffer.from('/'), bytes]));
        return [name, kindOf(entry, pathOf(relative))] as const;
      });
    },
    async readHead(file, maxBytes) {
      return readRegularHead(pathOf(file), maxBytes);
    },
    cacheKey(file) {
      const bytes = raw.get(file);
      // Raw bytes (hex, after a NUL no path contains): two names that are not UTF-8 never share an entry.
      return bytes ? `\u0000${bytes.toString('hex')}` : file;
    },
    async stat(file) {
      const stats = statSync(pathOf(file));
      return stats.isFile() ? stampOf(stats) : undefined;
    },
  };
}
