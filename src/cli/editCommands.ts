/**
 * The writing verbs (`mark-done`, `snooze`, `log`, `outcome`, `sent`): the VS Code commands' edits
 * (one planner, `planNoteCommand`), made in place on the file. `--dry-run` prints a unified diff
 * instead. Whatever cannot be done safely is refused with exit 1 and the file left byte for byte.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { editDiff } from '../core/edits/editDiff';
import { decodeNoteBytes } from '../core/notes/decode';
import { planNoteCommand, type NoteCommand } from '../core/edits/noteCommands';
import { describeError, FileRefusal, readRegularFile, rewriteInPlace } from '../node/safeFiles';
import { UsageError } from './args';
import { printable } from './printable';

/** A note larger than this is not edited (the front-matter is at the top; a file this big is not a note people write). */
const EDIT_LIMIT = 16 * 1024 * 1024;

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export interface EditOutcome {
  readonly code: 0 | 1;
  /** For stdout: the diff (dry run) or what was recorded. */
  readonly out: string;
  /** For stderr: why nothing was changed. */
  readonly error?: string;
}

export function runEdit(path: string, command: NoteCommand, dryRun: boolean): EditOutcome {
  const shown = printable(path);
  const refuse = (reason: string): EditOutcome => {
    const line = /\bline (\d+)/.exec(reason)?.[1];
    return { code: 1, out: '', error: `${shown}${line ? `:${line}` : ''}: not changed: ${printable(reason)}\n` };
  };
  let bytes: Buffer;
  let target: string;
  try {
    lstatSync(path);
  } catch {
    throw new UsageError(`no such file: ${path}`);
  }
  try {
    target = realpathSync(path);
    bytes = readRegularFile(target, EDIT_LIMIT, 'the note');
  } catch (e) {
    return refuse(`it cannot be read (${e instanceof FileRefusal ? e.message : describeError(e)})`);
  }
  const decoded = decodeNoteBytes(bytes);
  if (!decoded.ok) return refuse(decoded.message);
  const plan = planNoteCommand(decoded.text, command);
  if (!plan.ok) return refuse(plan.reason);
  if (plan.changes.length === 0) return { code: 0, out: `${shown}: nothing changed: ${printable(plan.summary)}\n` };
  if (dryRun) {
    return { code: 0, out: editDiff(path, decoded.text, plan.text, plan.changes) };
  }
  const encoded = new TextEncoder().encode(plan.text);
  const next = decoded.bom ? concat(UTF8_BOM, encoded) : encoded;
  try {
    rewriteInPlace(target, bytes, next);
  } catch (e) {
    return refuse(e instanceof FileRefusal ? e.message : `it could not be written (${(e as Error).message})`);
  }
  const firstLine = decoded.text.slice(0, plan.changes[0]?.start ?? 0).split('\n').length;
  return { code: 0, out: `${shown}:${firstLine}: recorded ${printable(plan.summary)}${plan.method === 'document' ? ' (the front-matter was re-printed: its quoting or spacing may have changed)' : ''}\n` };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
