/**
 * Replaces a regular file's content all at once, as editors and databases that must not lose a
 * file do: the new bytes go to a temporary file in the same folder, which is flushed to disk,
 * given the old file's mode and owner, and renamed over the old file (rename is atomic: a reader,
 * a crash or a kill sees the old file or the new one, never a mix); then the folder is flushed so
 * the rename itself survives a power cut. Any failure (a full disk, a quota, a file-size limit,
 * a permission) removes the temporary file and leaves the old one byte for byte.
 *
 * The temporary file has a fixed name per file (`.<name>.interview-followup.tmp`): only the holder
 * of the file's lock writes it, so one left behind by a killed writer is removed by the next one
 * instead of piling up.
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileRefusal } from './safeFiles';

export function tempPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.interview-followup.tmp`);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // not there
  }
}

/** Flushes a folder's entries (the rename); a file system that cannot (some network ones) is left to its own rules. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EINVAL/EISDIR/EACCES on file systems without directory fsync: the rename is still atomic for readers
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why a file cannot be replaced this way, or undefined. A file with more than one hard link is
 * refused: the rename would give this name a new file and leave the other names on the old text.
 */
export function replaceRefusal(stats: Stats): string | undefined {
  if (!stats.isFile()) return 'it is not a regular file';
  if (stats.nlink > 1) return `it has ${stats.nlink} hard links; writing it would split them into different files (edit it through a copy, or make the other names symbolic links)`;
  if ((stats.mode & 0o222) === 0) return 'it is read-only (no one has write permission)';
  return undefined;
}

/**
 * Writes `next` as the new content of the regular file `file` (a real path, not a link), whose
 * current stats are `stats`. Throws FileRefusal (or the system error) with the old file untouched.
 * `beforeRename` runs after the new text is safely on disk, just before the rename: a last check
 * that the file still holds what the edit was planned on (it throws to refuse).
 */
export function atomicReplace(file: string, next: Uint8Array, stats: Stats, beforeRename: () => void = () => undefined): void {
  const refusal = replaceRefusal(stats);
  if (refusal) throw new FileRefusal(refusal);
  const temp = tempPathOf(file);
  removeQuietly(temp); // a killed writer's leftover (never followed: a link there is removed, not written through)
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    let at = 0;
    while (at < next.length) at += writeSync(fd, next, at, next.length - at);
    if (process.getuid && (stats.uid !== process.getuid() || stats.gid !== process.getgid?.())) {
      try {
        fchownSync(fd, stats.uid, stats.gid);
      } catch {
        throw new FileRefusal(`it belongs to user ${stats.uid} and group ${stats.gid}; writing it would give it to you`);
      }
    }
    fchmodSync(fd, stats.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    beforeRename();
    renameSync(temp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
    throw e;
  }
  syncFolder(dirname(file));
}

/**
 * Creates `file` with `bytes`, all or nothing: written and flushed under a temporary name, then
 * linked to its name (which fails if a file of that name appeared meanwhile: never overwritten).
 */
export function atomicCreate(file: string, bytes: Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.interview-followup.tmp`);
  removeQuietly(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o666);
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    try {
      linkSync(temp, file);
    } catch (e) {
      throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? new FileRefusal('a file of that name appeared while it was written') : e;
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
  }
  syncFolder(dirname(file));
}
