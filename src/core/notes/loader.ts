/**
 * Finds and reads the notes under a folder through an abstract file system (Node's for the CLI,
 * VS Code's in the editor), with one policy for what is read:
 * - Markdown files (`.md`, `.markdown`) in the folder and its subfolders, except hidden folders
 *   and `node_modules`;
 * - a symbolic link to a file is read like the file; a link to a folder is not followed (it could
 *   loop or lead out of the folder) and is reported;
 * - only regular files are read (a named pipe or device with a note's name is reported), and never
 *   more than the first NOTE_READ_LIMIT bytes; a folder that cannot be read is reported.
 */
import { decodeNoteBytes, startsWithFence } from './decode';
import type { FileStamp, IndexCache } from './indexCache';
import { NOTE_READ_LIMIT } from './frontMatter';
import { NOTE_TYPE_WORDS, parseNote, type ParsedNote } from './note';
import { NoteIndex } from './noteIndex';
import { isMarkdownPath } from '../shared/paths';
import { compareText } from '../shared/text';
import type { Problem } from '../shared/types';

/** 'link-directory': a symbolic link to a folder; 'other': a link to nothing, a pipe, a device... */
export type EntryKind = 'file' | 'directory' | 'link-directory' | 'other';

/** Paths are folder-relative with `/` separators; '' is the folder itself. */
export interface NoteFileSystem {
  readDirectory(dir: string): Promise<readonly (readonly [name: string, kind: EntryKind])[]>;
  /**
   * Up to `maxBytes` bytes from the start of a regular file, whether the file is longer, and (for
   * the cache) the stamp of the version read; throws for anything but a regular file.
   */
  readHead(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean; stamp?: FileStamp }>;
  /** The file's current stamp, when the file system can tell cheaply (a warm start costs these calls). */
  stat?(file: string): Promise<FileStamp | undefined>;
  /**
   * What identifies the file for the cache, when the path shown is not enough: a name that is not
   * valid UTF-8 is shown with U+FFFD, so two such names can look alike; their raw bytes never do.
   */
  cacheKey?(file: string): string;
}

export { NOTE_READ_LIMIT };

const SKIPPED_FOLDERS = new Set(['node_modules']);

export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** Something under the folder that was not read, and why (reported with the notes' problems). */
export interface Skipped {
  readonly path: string;
  readonly message: string;
}

export interface FoundFiles {
  /** Markdown files to read, in path order. */
  readonly files: string[];
  readonly skipped: Skipped[];
}

/** Every Markdown file under `dir`, and what was skipped on the way (by the policy above). */
export async function findMarkdownFiles(fs: NoteFileSystem, dir = ''): Promise<FoundFiles> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: readonly (readonly [string, EntryKind])[];
    try {
      entries = await fs.readDirectory(current);
    } catch (e) {
      if (current === dir) throw e;
      skipped.push({ path: current, message: `The folder cannot be read (${messageOf(e)}), so notes in it are missing.` });
      continue;
    }
    for (const [name, kind] of entries) {
      const path = current ? `${current}/${name}` : name;
      if (kind === 'directory') {
        if (!isSkippedFolder(name)) pending.push(path);
      } else if (kind === 'link-directory') {
        if (!isSkippedFolder(name)) skipped.push({ path, message: 'This is a link to a folder: notes are not read through folder links (they can loop or lead out of the notes folder).' });
      } else if (isMarkdownPath(name)) {
        // Files, links to files, and anything else with a note's name: reading it says why it cannot be a note.
        files.push(path);
      }
    }
  }
  return { files: files.sort(compareText), skipped: skipped.sort((a, b) => compareText(a.path, b.path)) };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

function invalid(message: string): ParsedNote {
  return { model: null, problems: [{ code: 'front-matter-invalid', severity: 'error', message, range: FIRST_LINE }] };
}

/** A UTF-16 byte-order mark followed by "---" in UTF-16: a note in the wrong encoding. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x2d && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff && bytes[2] === 0x00 && bytes[3] === 0x2d) return 'utf-16be';
  return undefined;
}

/** The bytes as Latin-1 text: every byte one character, for looking for ASCII words in text that is not UTF-8. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

const NOT_A_NOTE: ParsedNote = { model: null, problems: [] };

/** Whether the bytes hold an ASCII word (no decoding: most files of a vault are never decoded). */
function includesWord(bytes: Uint8Array, word: Uint8Array): boolean {
  const first = word[0];
  for (let i = bytes.indexOf(first); i !== -1 && i + word.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < word.length && bytes[i + j] === word[j]) j++;
    if (j === word.length) return true;
  }
  return false;
}

const INTERVIEW = new TextEncoder().encode('interview');
const THANK_YOU = new TextEncoder().encode('thank-you');

/** Parses a note from its bytes; `truncated` when only the head of the file was read. */
export function parseNoteBytes(bytes: Uint8Array, truncated: boolean): ParsedNote {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(0, NOTE_READ_LIMIT));
    return NOTE_TYPE_WORDS.test(text) ? invalid('The file is saved as UTF-16: save it as UTF-8 to use it as a note.') : NOT_A_NOTE;
  }
  if (!startsWithFence(bytes)) return NOT_A_NOTE;
  // A note names its type: without either word anywhere, the file is not decoded or parsed at all.
  if (!includesWord(bytes, INTERVIEW) && !includesWord(bytes, THANK_YOU)) return NOT_A_NOTE;
  const decoded = decodeNoteBytes(bytes, truncated);
  if (!decoded.ok) return NOTE_TYPE_WORDS.test(latin1(bytes.subarray(0, NOTE_READ_LIMIT))) ? invalid(decoded.message) : NOT_A_NOTE;
  return parseNote(decoded.text, truncated);
}

export async function readNote(fs: NoteFileSystem, file: string, cache?: IndexCache): Promise<ParsedNote> {
  const key = cache && (fs.cacheKey?.(file) ?? file);
  if (cache && fs.stat) {
    const stamp = await fs.stat(file).catch(() => undefined);
    const hit = stamp && cache.lookup(key!, stamp, file);
    if (hit !== undefined) return hit;
  }
  let head: { bytes: Uint8Array; truncated: boolean; stamp?: FileStamp };
  try {
    head = await fs.readHead(file, NOTE_READ_LIMIT);
  } catch (e) {
    return invalid(`The file cannot be read: ${messageOf(e)}.`);
  }
  const parsed = parseNoteBytes(head.bytes, head.truncated);
  if (cache && head.stamp) cache.store(key!, head.stamp, parsed, file);
  return parsed;
}

/** What was skipped, as an index entry (so it is reported with the notes' problems). */
export function skippedNote(skipped: Skipped): ParsedNote {
  const problem: Problem = { code: 'front-matter-invalid', severity: 'warning', message: skipped.message };
  return { model: null, problems: [problem] };
}

/** Builds the index of every note under `dir`; with a cache, unchanged files are not read again. */
export async function buildIndex(fs: NoteFileSystem, dir = '', cache?: IndexCache): Promise<NoteIndex> {
  const index = new NoteIndex();
  const found = await findMarkdownFiles(fs, dir);
  for (const file of found.files) index.set(file, await readNote(fs, file, cache));
  for (const skipped of found.skipped) index.set(skipped.path, skippedNote(skipped));
  return index;
}
