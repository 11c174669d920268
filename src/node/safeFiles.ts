/**
 * Reading and writing only regular files, never more than a cap. A FIFO named like a note would
 * block a plain `open` forever, and a symlink to /dev/zero never ends: files are opened without
 * blocking and checked with `fstat` on the open descriptor (no race between a check and the open).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** A file that was refused, with a sentence for a person. */
export class FileRefusal extends Error {}

export type PathLike = string | Buffer;

function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Opens a regular file (following symlinks) without blocking; throws FileRefusal for anything else. */
function openRegular(path: PathLike, flags: number = constants.O_RDONLY): { fd: number; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(path, flags | constants.O_NONBLOCK);
  } catch (e) {
    throw new FileRefusal(describeError(e));
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw new FileRefusal(`it is ${describeKind(stats)}, not a file`);
  }
  return { fd, stats };
}

export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist (deleted or moved?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'it is a symbolic link that loops';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EFBIG':
      return 'the file would exceed the file-size limit (ulimit -f)';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

function readFrom(fd: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/** The stamp of a file version, for the index cache. */
export function stampOf(stats: Stats): { size: number; mtimeMs: number; ctimeMs: number; ino: number } {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

/** Up to `maxBytes` from the start of a regular file, whether the file is longer, and the stamp of what was read. */
export function readRegularHead(path: PathLike, maxBytes: number): { bytes: Uint8Array; truncated: boolean; stamp: ReturnType<typeof stampOf> } {
  const { fd, stats } = openRegular(path);
  try {
    const bytes = readFrom(fd, Math.min(stats.size, maxBytes));
    return { bytes, truncated: stats.size > bytes.length, stamp: stampOf(stats) };
  } finally {
    closeSync(fd);
  }
}

/** The whole of a regular file, refused (FileRefusal) when it is larger than `maxBytes`. */
export function readRegularFile(path: PathLike, maxBytes: number, what = 'the file'): Buffer {
  return readRegularWithStats(path, maxBytes, what).bytes;
}

/** The whole of a regular file and the stats of the very file read (from its open descriptor). */
export function readRegularWithStats(path: PathLike, maxBytes: number, what = 'the file'): { bytes: Buffer; stats: Stats } {
  const { fd, stats } = openRegular(path);
  try {
    if (stats.size > maxBytes) throw new FileRefusal(`${what} is ${formatBytes(stats.size)}, more than the ${formatBytes(maxBytes)} read at most`);
    // One byte more than the size: a file growing meanwhile is seen to differ.
    return { bytes: readFrom(fd, stats.size + 1), stats };
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}
