/**
 * The persistent index cache: each note's parse, keyed by its path and stamp (size, modification
 * and change times, inode), so an unchanged folder is loaded from `stat` calls and one JSON file
 * instead of reading and parsing every note. Safe to delete; a cache of another version, or one
 * that does not parse, is ignored. Entries for files changed within two seconds of the cache being
 * written are not trusted (file systems with coarse timestamps could hide a second edit).
 */
import type { EncodedNote } from './noteCodec';

const CACHE_VERSION = 6;

/** What identifies one version of a file on disk. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, note: EncodedNote];

interface CacheFile {
  readonly version: number;
  readonly writtenAt: number;
  readonly entries: Record<string, Entry>;
}

/** Clock skew and coarse timestamps (FAT: 2 s) between a write and the cache's own time. */
const RACY_MS = 2000;

export class IndexCache {
  private readonly next: Record<string, Entry> = Object.create(null);
  private dirty = false;
  private hits = 0;

  private constructor(private readonly previous: Record<string, Entry>, private readonly writtenAt: number) {}

  static empty(): IndexCache {
    return new IndexCache(Object.create(null), 0);
  }

  /** A cache from its file's text; an empty one when the text is missing, corrupt or of another version. */
  static parse(text: string | undefined): IndexCache {
    if (!text) return IndexCache.empty();
    try {
      const data = JSON.parse(text) as CacheFile;
      if (data?.version !== CACHE_VERSION || typeof data.writtenAt !== 'number' || typeof data.entries !== 'object' || data.entries === null) return IndexCache.empty();
      return new IndexCache(Object.assign(Object.create(null), data.entries), data.writtenAt);
    } catch {
      return IndexCache.empty();
    }
  }

  /** The stored parse of `file` when its stamp is unchanged (and it is kept for the next cache file). */
  lookup(file: string, stamp: FileStamp): EncodedNote | undefined {
    const entry = this.previous[file];
    if (!Array.isArray(entry) || entry.length !== 5) return undefined;
    if (entry[0] !== stamp.size || entry[1] !== stamp.mtimeMs || entry[2] !== stamp.ctimeMs || entry[3] !== stamp.ino) return undefined;
    if (stamp.mtimeMs >= this.writtenAt - RACY_MS || stamp.ctimeMs >= this.writtenAt - RACY_MS) return undefined;
    this.next[file] = entry;
    this.hits++;
    return entry[4];
  }

  store(file: string, stamp: FileStamp, note: EncodedNote): void {
    this.next[file] = [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, note];
    this.dirty = true;
  }

  /** Whether the cache file should be written again: something was parsed, or a file is gone. */
  get changed(): boolean {
    return this.dirty || this.hits !== Object.keys(this.previous).length;
  }

  get hitCount(): number {
    return this.hits;
  }

  /** The cache file's text: the entries looked up or stored in this run only (deleted files drop out). */
  serialize(now: number): string {
    const data: CacheFile = { version: CACHE_VERSION, writtenAt: now, entries: this.next };
    return JSON.stringify(data);
  }
}
