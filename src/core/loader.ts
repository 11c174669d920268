/** Finds and reads the notes under a folder through an abstract file system (Node's for the CLI, VS Code's in the editor). */
import { decodeNoteBytes, startsWithFence } from './decode';
import { FRONT_MATTER_LIMIT } from './frontMatter';
import { parseNote, type ParsedNote } from './note';
import { NoteIndex } from './noteIndex';
import { isMarkdownPath } from './paths';

export type EntryKind = 'file' | 'directory' | 'other';

/** Paths are folder-relative with `/` separators; '' is the folder itself. */
export interface NoteFileSystem {
  readDirectory(dir: string): Promise<readonly (readonly [name: string, kind: EntryKind])[]>;
  /** Up to `maxBytes` bytes from the start of the file, and whether the file is longer. */
  readHead(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }>;
}

/** Enough of a file to hold the largest accepted front-matter and its fences. */
export const HEAD_BYTES = FRONT_MATTER_LIMIT + 1024;

const SKIPPED_FOLDERS = new Set(['node_modules']);

export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** Every Markdown file under `dir`, skipping hidden folders and node_modules, in path order. */
export async function findMarkdownFiles(fs: NoteFileSystem, dir = ''): Promise<string[]> {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: readonly (readonly [string, EntryKind])[];
    try {
      entries = await fs.readDirectory(current);
    } catch {
      continue; // vanished or unreadable: nothing to index there
    }
    for (const [name, kind] of entries) {
      const path = current ? `${current}/${name}` : name;
      if (kind === 'directory' && !isSkippedFolder(name)) pending.push(path);
      else if (kind === 'file' && isMarkdownPath(name)) found.push(path);
    }
  }
  return found.sort();
}

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

/** A UTF-16 byte-order mark followed by "---" in UTF-16: a note in the wrong encoding. */
function isUtf16(bytes: Uint8Array): boolean {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x2d && bytes[3] === 0x00;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff && bytes[2] === 0x00 && bytes[3] === 0x2d;
  return le || be;
}

/** Parses a note from its bytes; `truncated` when only the head of the file was read. */
export function parseNoteBytes(bytes: Uint8Array, truncated: boolean): ParsedNote {
  if (isUtf16(bytes)) {
    return { model: null, problems: [{ code: 'front-matter-invalid', severity: 'error', message: 'The file is saved as UTF-16: save it as UTF-8 to use it as a note.', range: FIRST_LINE }] };
  }
  if (!startsWithFence(bytes)) return { model: null, problems: [] };
  const decoded = decodeNoteBytes(bytes, truncated);
  if (!decoded.ok) return { model: null, problems: [{ code: 'front-matter-invalid', severity: 'error', message: decoded.message, range: FIRST_LINE }] };
  return parseNote(decoded.text, truncated);
}

export async function readNote(fs: NoteFileSystem, file: string): Promise<ParsedNote> {
  let head: { bytes: Uint8Array; truncated: boolean };
  try {
    head = await fs.readHead(file, HEAD_BYTES);
  } catch (e) {
    return {
      model: null,
      problems: [{ code: 'front-matter-invalid', severity: 'error', message: `The file cannot be read: ${(e as Error).message ?? String(e)}` }],
    };
  }
  return parseNoteBytes(head.bytes, head.truncated);
}

/** Builds the index of every note under `dir`. */
export async function buildIndex(fs: NoteFileSystem, dir = ''): Promise<NoteIndex> {
  const index = new NoteIndex();
  for (const file of await findMarkdownFiles(fs, dir)) index.set(file, await readNote(fs, file));
  return index;
}
