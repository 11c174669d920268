/**
 * The writing verbs (`mark-done`, `snooze`, `log`, `outcome`, `sent`): the VS Code commands' edits
 * (one planner, `planNoteCommand`), planned under the note's lock on the bytes read under it and
 * written by an atomic replace (node/lockedUpdate). `--dry-run` prints a unified diff instead.
 * Whatever cannot be done safely is refused with exit 1 and the file left byte for byte.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { editDiff } from '../core/edits/editDiff';
import { decodeNoteBytes } from '../core/notes/decode';
import { EDIT_LIMIT, planNoteCommand, type NoteCommand, type PlanContext } from '../core/edits/noteCommands';
import type { LockOptions } from '../node/fileLock';
import { lockedUpdate, type UpdatePlan } from '../node/lockedUpdate';
import { describeError, FileRefusal, readRegularFile } from '../node/safeFiles';
import { UsageError } from './args';
import { printable, terminalBlock } from './printable';


const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export interface EditOutcome {
  readonly code: 0 | 1;
  /** For stdout: the diff (dry run) or what was recorded. */
  readonly out: string;
  /** For stderr: why nothing was changed. */
  readonly error?: string;
}

export interface EditOptions extends LockOptions {
  /** What the schedule says about the note (its open actions), as the editor gives it. */
  readonly context?: PlanContext;
  /** The flag that records a kind that is not open anyway, named in the refusal. */
  readonly forceFlag?: string;
}

export async function runEdit(path: string, command: NoteCommand, dryRun: boolean, options: EditOptions = {}): Promise<EditOutcome> {
  const { context = {}, forceFlag = '--force', ...lockOptions } = options;
  const shown = printable(path);
  const refuse = (reason: string): EditOutcome => {
    const line = /\bline (\d+)/.exec(reason)?.[1];
    return { code: 1, out: '', error: `${shown}${line ? `:${line}` : ''}: not changed: ${printable(reason)}\n` };
  };
  try {
    lstatSync(path);
  } catch {
    throw new UsageError(`no such file: ${path}`);
  }
  // Planned on the bytes read under the note's lock (a dry run takes none): parallel verbs each see the previous one's edit.
  const planOn = (bytes: Buffer): UpdatePlan<EditOutcome> => {
    const decoded = decodeNoteBytes(bytes);
    if (!decoded.ok) return { result: refuse(decoded.message) };
    const plan = planNoteCommand(decoded.text, command, context);
    if (!plan.ok) return { result: refuse(plan.notOpen ? `${plan.reason} Run again with ${forceFlag} to record it anyway.` : plan.reason) };
    if (plan.changes.length === 0) return { result: { code: 0, out: `${shown}: nothing changed: ${printable(plan.summary)}\n` } };
    if (dryRun) {
      return { result: { code: 0, out: terminalBlock(editDiff(path, decoded.text, plan.text, plan.changes)) } };
    }
    const encoded = new TextEncoder().encode(plan.text);
    const firstLine = decoded.text.slice(0, plan.changes[0]?.start ?? 0).split('\n').length;
    return {
      next: decoded.bom ? concat(UTF8_BOM, encoded) : encoded,
      result: { code: 0, out: `${shown}:${firstLine}: recorded ${printable(plan.summary)}${plan.method === 'document' ? ' (the front-matter was re-printed: its quoting or spacing may have changed)' : ''}\n` },
    };
  };
  try {
    if (dryRun) {
      let bytes: Buffer;
      try {
        bytes = readRegularFile(realpathSync(path), EDIT_LIMIT, 'the note');
      } catch (e) {
        return refuse(`it cannot be read (${e instanceof FileRefusal ? e.message : describeError(e)})`);
      }
      return planOn(bytes).result;
    }
    return await lockedUpdate(path, planOn, { ...lockOptions, maxBytes: EDIT_LIMIT, what: 'the note' });
  } catch (e) {
    if (e instanceof FileRefusal) return refuse(e.message);
    return refuse(`it could not be read or written (${describeError(e)})`);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
