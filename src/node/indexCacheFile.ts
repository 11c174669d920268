/**
 * Where the index cache is kept on disk: one file per notes folder under the user's cache folder
 * ($XDG_CACHE_HOME or ~/.cache, `interview-followup/`), never in the notes folder itself (the
 * extension uses its workspace storage folder the same way). INTERVIEW_FOLLOWUP_CACHE_DIR chooses
 * another folder; set to `off` it turns the cache off.
 *
 * A cache holds what the notes say (companies, people, offers, e-mail addresses), so it is as
 * private as the user's own files: the folder is made 0700 and every file 0600, written whole to
 * a temporary file and renamed over the old one, and a file that another user owns or could have
 * written is not read. The folder's files together stay under a size cap: after each write the
 * least recently used files (by modification time: a file is touched whenever it is used) are
 * deleted until the rest fit. Reading and writing can fail (a read-only home, a full disk): the
 * notes are then just read again.
 */
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FOLDER_CAP_BYTES, IndexCache } from '../core/notes/indexCache';

/** Cache files are named `index-<hash>.bin`; nothing else in the folder is touched. */
const CACHE_FILE = /^index-[0-9a-f]{8,64}\.bin$/;

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.INTERVIEW_FOLLOWUP_CACHE_DIR;
  if (chosen !== undefined) return chosen === 'off' || chosen === '' ? undefined : chosen;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'interview-followup');
}

/** The cache file name for a folder's notes: a hash of the folder's real path and the notes folder. */
export function cacheFileName(identity: string): string {
  return `index-${createHash('sha256').update(identity).digest('hex').slice(0, 24)}.bin`;
}

export function cacheFileFor(folder: string, notesDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = cacheFolder(env);
  if (!dir) return undefined;
  let real = folder;
  try {
    real = realpathSync(folder);
  } catch {
    // keep the path as given
  }
  return join(dir, cacheFileName(`${real}\u0000${notesDir}`));
}

const ownUid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/**
 * The cache file's bytes, or undefined when there is none or it cannot be trusted: not a regular
 * file, owned by another user, or writable by group or others. Reading it marks it recently used.
 */
export function readCacheFile(file: string, maxBytes = CACHE_FOLDER_CAP_BYTES): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > maxBytes) return undefined;
    if (ownUid !== undefined && stats.uid !== ownUid) return undefined;
    if ((stats.mode & 0o022) !== 0) return undefined;
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, bytes, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read !== stats.size) return undefined;
    touch(file);
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only cache folder: it is just not marked as used
  }
}

/** Makes the cache folder (0700), and narrows it to 0700 when it is ours and wider. */
export function ensurePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stats = statSync(dir);
  if ((stats.mode & 0o077) !== 0 && (ownUid === undefined || stats.uid === ownUid)) chmodSync(dir, 0o700);
}

/** Writes a cache file: 0600, whole or not at all (a temporary file renamed over it), then keeps the folder under its cap. */
export function writeCacheFile(file: string, bytes: Uint8Array, cap = CACHE_FOLDER_CAP_BYTES): void {
  const dir = join(file, '..');
  ensurePrivateFolder(dir);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, bytes, { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    throw e;
  }
  evictLeastRecentlyUsed(dir, cap, file);
}

/**
 * Deletes the least recently used cache files of `dir` until the rest fit in `cap` bytes; `keep`
 * (the file just written) is never deleted, and temporary files left by a crash go first.
 */
export function evictLeastRecentlyUsed(dir: string, cap: number, keep?: string): void {
  const files: { path: string; size: number; used: number }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // A crash's temporary file, or a cache of the JSON layout (version 4 and before): never read again.
    const stale = (name.endsWith('.tmp') && /^index-[0-9a-f]+\.bin\./.test(name)) || /^index-[0-9a-f]{8,64}\.json$/.test(name);
    if (!CACHE_FILE.test(name) && !stale) continue;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) continue;
      // A temporary file younger than a minute may be another process's write in progress.
      if (stale && name.endsWith('.tmp') && Date.now() - stats.mtimeMs < 60_000) continue;
      files.push({ path, size: stats.size, used: stale ? -1 : stats.mtimeMs });
    } catch {
      // removed meanwhile
    }
  }
  let total = files.reduce((n, f) => n + f.size, 0);
  for (const f of files.sort((a, b) => a.used - b.used)) {
    if (total <= cap && f.used !== -1) break;
    if (f.path === keep) continue;
    try {
      unlinkSync(f.path);
      total -= f.size;
    } catch {
      // another process removed or holds it
    }
  }
}

export function loadIndexCache(file: string | undefined): IndexCache {
  return IndexCache.decode(file ? readCacheFile(file) : undefined);
}

export function saveIndexCache(file: string | undefined, cache: IndexCache): void {
  if (!file || !cache.changed) return;
  try {
    writeCacheFile(file, cache.encode(Date.now()));
  } catch {
    // The cache is only a shortcut: without it the next run reads the notes again.
  }
}
