/**
 * An exclusive lock on one file between this product's writers, as git takes `index.lock`: a file
 * `<file>.lock` created with O_EXCL next to it, holding who took it (pid, host, start time). It is
 * removed when the holder is done — also when the process exits, or a signal or an exception ends
 * it — and recognised as stale when its holder is gone (same host, and that pid no longer alive,
 * as after a SIGKILL, or now a process started after the lock, as after a power cut and reboot). A live lock is waited on for a bounded time, then refused with
 * a message naming the lock file. The lock is advisory: other programs do not look at it.
 */
import { closeSync, fstatSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FileRefusal, describeError } from './safeFiles';

/** Who holds a lock, as written in the lock file (one JSON line). */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

export interface LockOptions {
  /** How long a live lock is waited on before the write is refused (ms). */
  readonly timeoutMs?: number;
  /** How often it is tried again meanwhile (ms). */
  readonly retryMs?: number;
}

/** A lock file whose content cannot be read (a writer killed between creating and filling it) is stale after this long. */
const UNREADABLE_STALE_MS = 10_000;
export const DEFAULT_LOCK_TIMEOUT_MS = 5_000;

export class LockBusy extends FileRefusal {}

export interface FileLock {
  readonly path: string;
  /** Removes the lock file if it is still this lock's (idempotent). */
  release(): void;
  /** Whether the lock file on disk is still the one this lock created. */
  stillHeld(): boolean;
}

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

/** Locks held by this process, released on exit and on the signals that end it. */
const held = new Set<FileLock>();
let exitHooked = false;
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

function releaseAll(): void {
  for (const lock of [...held]) lock.release();
}

function onSignal(signal: keyof typeof SIGNALS): void {
  releaseAll();
  // The default action, now that the lock is gone: end with the signal's status.
  process.exit(128 + SIGNALS[signal]);
}

/**
 * The signal handlers are there only while a lock is held (milliseconds): a process that uses
 * this module (the extension host too) keeps its own signal behaviour the rest of the time.
 */
function hold(lock: FileLock): void {
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', releaseAll);
  }
  if (held.size === 0) for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, onSignal);
  held.add(lock);
}

function unhold(lock: FileLock): boolean {
  if (!held.delete(lock)) return false;
  if (held.size === 0) for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(signal, onSignal);
  return true;
}

/** Removes what writers killed while breaking a stale lock left (`<lock>.stale-<pid>-…` of a pid no longer alive). */
function removeDeadAsides(path: string): void {
  const prefix = `${basename(path)}.stale-`;
  let names: string[];
  try {
    names = readdirSync(dirname(path)).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (pid > 0 && pid !== process.pid && !alive(pid)) {
      try {
        unlinkSync(join(dirname(path), name));
      } catch {
        // another writer removed it
      }
    }
  }
}

function tryCreate(path: string): FileLock | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new FileRefusal(`its lock file ${path} cannot be created (${describeError(e)})`);
  }
  let ino: number;
  try {
    const holder: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    writeSync(fd, `${JSON.stringify(holder)}\n`);
    ino = fstatSync(fd).ino;
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
    throw new FileRefusal(`its lock file ${path} cannot be written (${describeError(e)})`);
  }
  closeSync(fd);
  const lock: FileLock = {
    path,
    stillHeld: () => {
      try {
        return lstatSync(path).ino === ino;
      } catch {
        return false;
      }
    },
    release: () => {
      if (!unhold(lock)) return;
      // Only our own lock file: one broken as stale by another writer (it should not be) is not theirs to lose.
      if (lock.stillHeld()) {
        try {
          unlinkSync(path);
        } catch {
          // gone already
        }
      }
    },
  };
  hold(lock);
  return lock;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/**
 * When a process started (ms since the epoch), where the system says (Linux /proc), else
 * undefined. A pid alive now but started after the lock was taken is another process that got
 * the same number (after a reboot, typically): the lock's holder is gone.
 */
function processStartMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): field 22, starttime, in clock ticks since boot.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && boot > 0 ? boot * 1000 + ticks * 10 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** Margin for the clock's resolution and small adjustments when comparing a process's start with a lock's. */
const START_MARGIN_MS = 2_000;

function holderGone(holder: LockHolder): boolean {
  if (holder.host !== hostname() || holder.pid === process.pid) return false;
  if (!alive(holder.pid)) return true;
  const started = Date.parse(holder.started);
  const processStarted = processStartMs(holder.pid);
  return processStarted !== undefined && Number.isFinite(started) && processStarted > started + START_MARGIN_MS;
}

/** The holder of an existing lock file, and whether it is stale; undefined when the file is gone. */
export function inspectLock(path: string): { holder?: LockHolder; stale: boolean; ino: number } | undefined {
  let ino: number;
  let mtimeMs: number;
  let text: string;
  try {
    const stats = lstatSync(path);
    ino = stats.ino;
    mtimeMs = stats.mtimeMs;
    text = stats.isFile() && stats.size <= 4096 ? readFileSync(path, 'utf8') : '';
  } catch {
    return undefined;
  }
  let holder: LockHolder | undefined;
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(parsed.pid) && (parsed.pid as number) > 0 && typeof parsed.host === 'string') holder = { pid: parsed.pid as number, host: parsed.host, started: String(parsed.started ?? '') };
  } catch {
    holder = undefined;
  }
  if (!holder) return { stale: Date.now() - mtimeMs > UNREADABLE_STALE_MS, ino };
  return { holder, stale: holderGone(holder), ino };
}

/**
 * Removes a stale lock without ever removing a live one: it is renamed away first and checked to
 * be the very file found stale; a live lock taken meanwhile and renamed by mistake is put back.
 */
function breakStale(path: string, ino: number): void {
  const aside = `${path}.stale-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else broke it
  }
  let same = false;
  try {
    same = lstatSync(aside).ino === ino;
  } catch {
    same = false;
  }
  if (!same) {
    try {
      linkSync(aside, path);
    } catch {
      // a third writer took the lock meanwhile: the one moved aside finds it gone and refuses (stillHeld)
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone
  }
}

function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'a writer that did not say who it is';
  return `process ${holder.pid} on ${holder.host}${holder.started ? ` since ${holder.started}` : ''}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Takes the lock on `file` (its real path), waiting up to the timeout for a live holder; throws LockBusy or FileRefusal. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<FileLock> {
  const path = lockPathOf(file);
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const retryMs = options.retryMs ?? 20;
  const deadline = Date.now() + timeoutMs;
  let lastHolder: LockHolder | undefined;
  for (;;) {
    const lock = tryCreate(path);
    if (lock) {
      // A writer killed while breaking a stale lock may have left one; one listing of the folder per write.
      removeDeadAsides(path);
      return lock;
    }
    const found = inspectLock(path);
    if (found?.stale) {
      breakStale(path, found.ino);
      continue;
    }
    lastHolder = found?.holder ?? lastHolder;
    if (Date.now() >= deadline) {
      throw new LockBusy(
        `another writer holds its lock file ${path} (${describeHolder(lastHolder)}) and did not finish within ${Math.round(timeoutMs / 100) / 10} s; ` +
          'run the command again, or delete that file if no other interview-followup or editor is writing the note',
      );
    }
    // A little jitter so that writers that all woke together do not collide again.
    await sleep(retryMs / 2 + Math.random() * retryMs);
  }
}
