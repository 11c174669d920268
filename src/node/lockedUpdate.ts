/**
 * One safe read-plan-write of a file, for every writer on the Node side: the file's lock is taken
 * (fileLock), the file is read under it and the edit planned on exactly those bytes, and the new
 * text replaces the file atomically (atomicReplace) only if, just before the rename, the file
 * still holds those bytes. Writers of this product that run at the same time therefore queue up
 * and each plans on the text the previous one wrote: none of their edits is lost. A writer that
 * does not take the lock (another editor) and changes the file meanwhile makes the edit be planned
 * again on its text, a few times, then refused. A symbolic link is written through to its target
 * and stays a link.
 */
import { accessSync, constants, realpathSync } from 'node:fs';
import { atomicReplace } from './atomicReplace';
import { acquireLock, type LockOptions } from './fileLock';
import { describeError, FileRefusal, readRegularWithStats } from './safeFiles';

/** What to do with the bytes read under the lock: write `next` (and answer `result`), or nothing. */
export type UpdatePlan<T> = { readonly next: Uint8Array; readonly result: T } | { readonly next?: undefined; readonly result: T };

export interface UpdateOptions extends LockOptions {
  /** Files larger than this are not read. */
  readonly maxBytes: number;
  /** How the file is named in refusals ("the note"). */
  readonly what?: string;
}

const ATTEMPTS = 3;

class ChangedMeanwhile extends Error {}

function readUnderLock(target: string, options: UpdateOptions): ReturnType<typeof readRegularWithStats> {
  try {
    return readRegularWithStats(target, options.maxBytes, options.what);
  } catch (e) {
    throw new FileRefusal(`it cannot be read (${e instanceof FileRefusal ? e.message : describeError(e)})`);
  }
}

/**
 * Reads `path` under its lock, asks `plan` what to write, and writes it atomically. Throws
 * FileRefusal (a sentence for a person) when it cannot; the file is then unchanged.
 */
export async function lockedUpdate<T>(path: string, plan: (bytes: Buffer) => UpdatePlan<T>, options: UpdateOptions): Promise<T> {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    throw new FileRefusal(`it cannot be read (${describeError(e)})`);
  }
  const lock = await acquireLock(target, options);
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const { bytes, stats } = readUnderLock(target, options);
      const planned = plan(bytes);
      if (planned.next === undefined) return planned.result;
      try {
        accessSync(target, constants.W_OK);
      } catch (e) {
        throw new FileRefusal(`it cannot be written (${describeError(e)})`);
      }
      try {
        atomicReplace(target, planned.next, stats, () => {
          if (!lock.stillHeld()) throw new FileRefusal(`its lock file ${lock.path} was removed by someone else while the note was written; run the command again`);
          const now = readUnderLock(target, options);
          if (now.stats.ino !== stats.ino || Buffer.compare(now.bytes, bytes) !== 0) throw new ChangedMeanwhile();
        });
      } catch (e) {
        if (e instanceof ChangedMeanwhile) continue;
        throw e instanceof FileRefusal ? e : new FileRefusal(`it could not be written (${describeError(e)})`);
      }
      return planned.result;
    }
    throw new FileRefusal('it kept changing on disk while the edit was planned (another program is writing it); run the command again');
  } finally {
    lock.release();
  }
}
