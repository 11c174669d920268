/** Reads only the start of a file: a note's front-matter never needs the rest of a huge body. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export function readHeadSync(path: string, maxBytes: number): { bytes: Uint8Array; truncated: boolean } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(Math.min(size, maxBytes));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buffer.subarray(0, read), truncated: size > read };
  } finally {
    closeSync(fd);
  }
}
