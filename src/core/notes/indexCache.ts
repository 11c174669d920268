/**
 * The persistent index cache: each note's parse, keyed by the file's identity and stamp (size,
 * modification and change times, inode), so an unchanged folder is loaded from `stat` calls and
 * one file instead of reading and parsing every note. Safe to delete; a cache of another version,
 * or one whose structure does not hold, is ignored. Entries for files changed within two seconds
 * of the cache being written are not trusted (file systems with coarse timestamps could hide a
 * second edit).
 *
 * The file is binary, laid out so that loading it decodes almost nothing: a header, every entry's
 * stamp (float64s), the offsets of its record, one flags byte per entry, the entries' names (one
 * JSON array), then the records (see noteCodec). A warm start reads the header and the names,
 * compares stamps, and files each note by its flags; a note's summary and model are decoded when
 * something asks for them.
 *
 * An entry has two names: its key, which identifies the file as the file system opens it (the raw
 * bytes of a name that is not UTF-8, so two such files never share an entry), and the path the
 * index shows (the same text for every ordinary name, and then stored once).
 */
import { decodeRecord, encodeRecord, type NoteRecord } from './noteCodec';
import type { ParsedNote } from './note';

/** 5: the binary layout (4 was JSON). Bump when the layout or the record codec changes. */
export const CACHE_VERSION = 5;
/** "IFUC" as a little-endian u32: the first bytes of every cache file. */
const MAGIC = 0x43554649;
const HEADER_BYTES = 24;

/** What identifies one version of a file on disk. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/** Clock skew and coarse timestamps (FAT: 2 s) between a write and the cache's own time. */
const RACY_MS = 2000;

/** A loaded cache file, undecoded. */
interface Loaded {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly count: number;
  readonly writtenAt: number;
  readonly stampsAt: number;
  readonly offsetsAt: number;
  readonly flagsAt: number;
  readonly blobAt: number;
  readonly keys: string[];
  readonly files: string[];
}

/** An entry kept for the next file: copied from the loaded one (a hit) or encoded from a fresh parse. */
type Kept = { readonly from: number } | { readonly key: string; readonly file: string; readonly stamp: FileStamp; readonly parsed: ParsedNote };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function load(bytes: Uint8Array): Loaded | undefined {
  if (bytes.length < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== CACHE_VERSION) return undefined;
  const count = view.getUint32(8, true);
  const namesLength = view.getUint32(12, true);
  const writtenAt = view.getFloat64(16, true);
  const stampsAt = HEADER_BYTES;
  const offsetsAt = stampsAt + count * 32;
  const flagsAt = offsetsAt + (count * 2 + 1) * 4;
  const namesAt = flagsAt + count;
  const blobAt = namesAt + namesLength;
  if (!Number.isFinite(writtenAt) || blobAt > bytes.length) return undefined;
  // Record offsets must climb and stay inside the file: a record is then always a slice of it.
  let previous = 0;
  for (let i = 0; i <= count * 2; i++) {
    const at = view.getUint32(offsetsAt + i * 4, true);
    if (at < previous) return undefined;
    previous = at;
  }
  if (blobAt + previous !== bytes.length) return undefined;
  let names: unknown;
  try {
    names = JSON.parse(utf8.decode(bytes.subarray(namesAt, blobAt)));
  } catch {
    return undefined;
  }
  if (!Array.isArray(names) || names.length !== count * 2 || !names.every((n) => typeof n === 'string')) return undefined;
  const keys: string[] = new Array(count);
  const files: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    files[i] = names[2 * i];
    keys[i] = names[2 * i + 1] || names[2 * i];
  }
  return { bytes, view, count, writtenAt, stampsAt, offsetsAt, flagsAt, blobAt, keys, files };
}

export class IndexCache {
  private readonly next = new Map<string, Kept>();
  private positions: Map<string, number> | undefined;
  private dirty = false;
  private hits = 0;

  private constructor(private readonly previous: Loaded | undefined) {}

  static empty(): IndexCache {
    return new IndexCache(undefined);
  }

  /** A cache from its file's bytes; an empty one when they are missing, corrupt or of another version. */
  static decode(bytes: Uint8Array | undefined): IndexCache {
    return new IndexCache(bytes ? load(bytes) : undefined);
  }

  /** How many entries the loaded file holds. */
  get size(): number {
    return this.previous?.count ?? 0;
  }

  /**
   * The stored parse of the file `key` when its stamp is unchanged (and it is kept for the next
   * cache file under the path `file`).
   */
  lookup(key: string, stamp: FileStamp, file = key): ParsedNote | undefined {
    const p = this.previous;
    if (!p) return undefined;
    if (!this.positions) {
      this.positions = new Map();
      for (let i = 0; i < p.count; i++) this.positions.set(p.keys[i], i);
    }
    const i = this.positions.get(key);
    if (i === undefined || p.files[i] !== file) return undefined;
    const at = p.stampsAt + i * 32;
    const mtimeMs = p.view.getFloat64(at + 8, true);
    const ctimeMs = p.view.getFloat64(at + 16, true);
    if (p.view.getFloat64(at, true) !== stamp.size || mtimeMs !== stamp.mtimeMs || ctimeMs !== stamp.ctimeMs || p.view.getFloat64(at + 24, true) !== stamp.ino) return undefined;
    if (mtimeMs >= p.writtenAt - RACY_MS || ctimeMs >= p.writtenAt - RACY_MS) return undefined;
    this.next.set(key, { from: i });
    this.hits++;
    return this.noteAt(i);
  }

  /**
   * Every stored note by the path the index shows, without asking the file system whether it is
   * still current: what a window can show at once, before it checks (the caller checks after).
   */
  *stored(): IterableIterator<[file: string, note: ParsedNote]> {
    const p = this.previous;
    if (!p) return;
    for (let i = 0; i < p.count; i++) yield [p.files[i], this.noteAt(i)];
  }

  store(key: string, stamp: FileStamp, parsed: ParsedNote, file = key): void {
    // Encoded when the file is written; the YAML tree is not kept meanwhile.
    this.next.set(key, { key, file, stamp, parsed: { model: parsed.model, problems: parsed.problems } });
    this.dirty = true;
  }

  /** Whether the cache file should be written again: something was parsed, or a file is gone. */
  get changed(): boolean {
    return this.dirty || this.hits !== this.size;
  }

  get hitCount(): number {
    return this.hits;
  }

  /** The cache file's bytes: the entries looked up or stored in this run only (deleted files drop out). */
  encode(now: number): Uint8Array {
    const p = this.previous;
    const entries: { key: string; file: string; stamp: FileStamp | number; flags: number; summary: Uint8Array; model: Uint8Array }[] = [];
    for (const kept of this.next.values()) {
      if ('from' in kept) {
        const i = kept.from;
        const start = p!.view.getUint32(p!.offsetsAt + i * 8, true);
        const middle = p!.view.getUint32(p!.offsetsAt + i * 8 + 4, true);
        const end = p!.view.getUint32(p!.offsetsAt + i * 8 + 8, true);
        entries.push({
          key: p!.keys[i],
          file: p!.files[i],
          stamp: i,
          flags: p!.bytes[p!.flagsAt + i],
          summary: p!.bytes.subarray(p!.blobAt + start, p!.blobAt + middle),
          model: p!.bytes.subarray(p!.blobAt + middle, p!.blobAt + end),
        });
      } else {
        const record: NoteRecord = encodeRecord(kept.parsed);
        entries.push({ key: kept.key, file: kept.file, stamp: kept.stamp, ...record });
      }
    }
    // JSON keeps every name exactly, lone surrogates included (how a name that is not UTF-8 is shown).
    const names = new TextEncoder().encode(JSON.stringify(entries.flatMap((e) => [e.file, e.key === e.file ? '' : e.key])));
    const count = entries.length;
    const blobLength = entries.reduce((n, e) => n + e.summary.length + e.model.length, 0);
    const offsetsAt = HEADER_BYTES + count * 32;
    const flagsAt = offsetsAt + (count * 2 + 1) * 4;
    const namesAt = flagsAt + count;
    const blobAt = namesAt + names.length;
    const bytes = new Uint8Array(blobAt + blobLength);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, CACHE_VERSION, true);
    view.setUint32(8, count, true);
    view.setUint32(12, names.length, true);
    view.setFloat64(16, now, true);
    let at = 0;
    entries.forEach((e, i) => {
      const s = HEADER_BYTES + i * 32;
      if (typeof e.stamp === 'number') {
        bytes.set(p!.bytes.subarray(p!.stampsAt + e.stamp * 32, p!.stampsAt + e.stamp * 32 + 32), s);
      } else {
        view.setFloat64(s, e.stamp.size, true);
        view.setFloat64(s + 8, e.stamp.mtimeMs, true);
        view.setFloat64(s + 16, e.stamp.ctimeMs, true);
        view.setFloat64(s + 24, e.stamp.ino, true);
      }
      view.setUint32(offsetsAt + i * 8, at, true);
      bytes.set(e.summary, blobAt + at);
      at += e.summary.length;
      view.setUint32(offsetsAt + i * 8 + 4, at, true);
      bytes.set(e.model, blobAt + at);
      at += e.model.length;
      bytes[flagsAt + i] = e.flags;
    });
    view.setUint32(offsetsAt + count * 8, at, true);
    bytes.set(names, namesAt);
    return bytes;
  }

  private noteAt(i: number): ParsedNote {
    const p = this.previous!;
    const start = p.view.getUint32(p.offsetsAt + i * 8, true);
    const middle = p.view.getUint32(p.offsetsAt + i * 8 + 4, true);
    const end = p.view.getUint32(p.offsetsAt + i * 8 + 8, true);
    return decodeRecord(p.bytes[p.flagsAt + i], p.bytes, p.blobAt + start, p.blobAt + middle, p.blobAt + end);
  }
}
