/**
 * The persistent index cache: each note's parse, keyed by the file's identity and stamp (size,
 * modification and change times, inode), so an unchanged folder is loaded from `stat` calls and
 * one file instead of reading and parsing every note. Safe to delete; a cache of another version,
 * or one whose structure does not hold, is ignored. Entries for files changed within two seconds
 * of the cache being written are not trusted (file systems with coarse timestamps could hide a
 * second edit).
 *
 * The file is binary, laid out so that loading it decodes almost nothing: a header, every entry's
 * stamp (float64s), where its model starts, one flags byte per entry, the entries' names and their
 * summaries (two JSON arrays), what a window last showed from them (see savedView), then the
 * models (see noteCodec). A warm start reads the header and the names,
 * compares stamps, and files each note by its flags; a note's summary and model are decoded when
 * something asks for them.
 *
 * An entry has two names: its key, which identifies the file as the file system opens it (the raw
 * bytes of a name that is not UTF-8, so two such files never share an entry), and the path the
 * index shows (the same text for every ordinary name, and then stored once).
 */
import { decodeRecord, encodeRecord, type EncodedSummary, type SummarySource } from './noteCodec';
import type { ParsedNote } from './note';

/** 7: the binary layout with accepted offers and salutations (4 was JSON). Bump when the layout or the record codec changes. */
export const CACHE_VERSION = 7;
/** All the cache files of one cache folder together (a 10,000-note journal takes about 7 MB); no one file is read past it. */
export const CACHE_FOLDER_CAP_BYTES = 256 * 1024 * 1024;
/** "IFUC" as a little-endian u32: the first bytes of every cache file. */
const MAGIC = 0x43554649;
/** magic, version, count, names' length, summaries' length, saved view's length, writtenAt (float64). */
const HEADER_BYTES = 32;

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
  readonly count: number;
  readonly writtenAt: number;
  /** Four numbers an entry: size, mtimeMs, ctimeMs, ino. */
  readonly stamps: Float64Array;
  /** Where each entry's model starts, and the end (from the models' start). */
  readonly offsets: Uint32Array;
  readonly flagsAt: number;
  readonly summariesAt: number;
  readonly viewAt: number;
  readonly modelsAt: number;
  readonly keys: string[];
  readonly files: string[];
}

/** An entry kept for the next file: copied from the loaded one (a hit) or encoded from a fresh parse. */
type Kept = { readonly from: number } | { readonly key: string; readonly file: string; readonly stamp: FileStamp; readonly parsed: ParsedNote };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Typed arrays read the stamps and offsets in place (a DataView read costs ten times more before the JIT warms up): little-endian machines only. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function load(given: Uint8Array): Loaded | undefined {
  if (given.length < HEADER_BYTES || !LITTLE_ENDIAN) return undefined;
  // The float64s must sit on an 8-byte boundary of their buffer.
  const bytes = given.byteOffset % 8 === 0 ? given : given.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== CACHE_VERSION) return undefined;
  const count = view.getUint32(8, true);
  const namesLength = view.getUint32(12, true);
  const summariesLength = view.getUint32(16, true);
  const viewLength = view.getUint32(20, true);
  const writtenAt = view.getFloat64(24, true);
  const offsetsAt = HEADER_BYTES + count * 32;
  const flagsAt = offsetsAt + (count + 1) * 4;
  const namesAt = flagsAt + count;
  const summariesAt = namesAt + namesLength;
  const viewAt = summariesAt + summariesLength;
  const modelsAt = viewAt + viewLength;
  if (!Number.isFinite(writtenAt) || modelsAt > bytes.length) return undefined;
  const stamps = new Float64Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, count * 4);
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsAt, count + 1);
  // Model offsets must climb and end at the file's end: a model is then always a slice of it.
  let previous = 0;
  for (let i = 0; i <= count; i++) {
    const at = offsets[i];
    if (at < previous) return undefined;
    previous = at;
  }
  if (modelsAt + previous !== bytes.length) return undefined;
  let names: unknown;
  try {
    names = JSON.parse(utf8.decode(bytes.subarray(namesAt, summariesAt)));
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
  return { bytes, count, writtenAt, stamps, offsets, flagsAt, summariesAt, viewAt, modelsAt, keys, files };
}

export class IndexCache implements SummarySource {
  private readonly next = new Map<string, Kept>();
  private positions: Map<string, number> | undefined;
  /** Every entry's summary, parsed at once when the first is asked for (one JSON text: cheaper than one parse a note). */
  private summaries: (EncodedSummary | 0)[] | undefined;
  private dirty = false;
  private hits = 0;
  private viewText: string | undefined;
  private viewChanged = false;

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
    const stamps = p.stamps;
    const mtimeMs = stamps[i * 4 + 1];
    const ctimeMs = stamps[i * 4 + 2];
    if (stamps[i * 4] !== stamp.size || mtimeMs !== stamp.mtimeMs || ctimeMs !== stamp.ctimeMs || stamps[i * 4 + 3] !== stamp.ino) return undefined;
    if (mtimeMs >= p.writtenAt - RACY_MS || ctimeMs >= p.writtenAt - RACY_MS) return undefined;
    this.next.set(key, { from: i });
    this.hits++;
    return this.noteAt(i);
  }

  /**
   * Every stored note by the path the index shows, without asking the file system whether it is
   * still current: what a window can show at once, before it checks (the caller checks after).
   */
  stored(): [file: string, note: ParsedNote][] {
    const p = this.previous;
    const out: [string, ParsedNote][] = new Array(p?.count ?? 0);
    for (let i = 0; i < out.length; i++) out[i] = [p!.files[i], this.noteAt(i)];
    return out;
  }

  /** The summary of entry `i` (for the notes this cache gives out). */
  summary(i: number): EncodedSummary | 0 {
    return this.summaryTable()[i];
  }

  store(key: string, stamp: FileStamp, parsed: ParsedNote, file = key): void {
    // Encoded when the file is written; the YAML tree is not kept meanwhile.
    this.next.set(key, { key, file, stamp, parsed: { model: parsed.model, problems: parsed.problems } });
    this.dirty = true;
  }

  /** Whether the cache file should be written again: something was parsed, a file is gone, or the saved view changed. */
  get changed(): boolean {
    return this.dirty || this.viewChanged || this.hits !== this.size;
  }

  /**
   * What a window last showed from these notes (opaque text: the schedule part writes and reads it,
   * see schedule/savedSchedule), written with the cache file.
   */
  get savedView(): string | undefined {
    if (this.viewText === undefined && this.previous && this.previous.modelsAt > this.previous.viewAt) {
      try {
        this.viewText = utf8.decode(this.previous.bytes.subarray(this.previous.viewAt, this.previous.modelsAt));
      } catch {
        this.viewText = '';
      }
    }
    return this.viewText || undefined;
  }

  set savedView(text: string | undefined) {
    if (text === this.savedView) return;
    this.viewText = text ?? '';
    this.viewChanged = true;
  }

  get hitCount(): number {
    return this.hits;
  }

  /** The cache file's bytes: the entries looked up or stored in this run only (deleted files drop out). */
  encode(now: number): Uint8Array {
    const p = this.previous;
    const entries: { key: string; file: string; stamp: FileStamp | number; flags: number; summary: string; model: Uint8Array }[] = [];
    for (const kept of this.next.values()) {
      if ('from' in kept) {
        const i = kept.from;
        const summary = this.summaryTable()[i];
        entries.push({
          key: p!.keys[i],
          file: p!.files[i],
          stamp: i,
          flags: p!.bytes[p!.flagsAt + i],
          summary: summary === 0 ? '' : JSON.stringify(summary),
          model: p!.bytes.subarray(p!.modelsAt + p!.offsets[i], p!.modelsAt + p!.offsets[i + 1]),
        });
      } else {
        entries.push({ key: kept.key, file: kept.file, stamp: kept.stamp, ...encodeRecord(kept.parsed) });
      }
    }
    const encoder = new TextEncoder();
    // JSON keeps every name exactly, lone surrogates included (how a name that is not UTF-8 is shown).
    const names = encoder.encode(JSON.stringify(entries.flatMap((e) => [e.file, e.key === e.file ? '' : e.key])));
    const summaries = encoder.encode(`[${entries.map((e) => e.summary || '0').join(',')}]`);
    const savedView = encoder.encode(this.savedView ?? '');
    const count = entries.length;
    const modelsLength = entries.reduce((n, e) => n + e.model.length, 0);
    const offsetsAt = HEADER_BYTES + count * 32;
    const flagsAt = offsetsAt + (count + 1) * 4;
    const namesAt = flagsAt + count;
    const summariesAt = namesAt + names.length;
    const viewAt = summariesAt + summaries.length;
    const modelsAt = viewAt + savedView.length;
    const bytes = new Uint8Array(modelsAt + modelsLength);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, CACHE_VERSION, true);
    view.setUint32(8, count, true);
    view.setUint32(12, names.length, true);
    view.setUint32(16, summaries.length, true);
    view.setUint32(20, savedView.length, true);
    view.setFloat64(24, now, true);
    const stamps = new Float64Array(bytes.buffer, HEADER_BYTES, count * 4);
    const offsets = new Uint32Array(bytes.buffer, offsetsAt, count + 1);
    let at = 0;
    entries.forEach((e, i) => {
      if (typeof e.stamp === 'number') stamps.set(p!.stamps.subarray(e.stamp * 4, e.stamp * 4 + 4), i * 4);
      else stamps.set([e.stamp.size, e.stamp.mtimeMs, e.stamp.ctimeMs, e.stamp.ino], i * 4);
      offsets[i] = at;
      bytes.set(e.model, modelsAt + at);
      at += e.model.length;
      bytes[flagsAt + i] = e.flags;
    });
    offsets[count] = at;
    bytes.set(names, namesAt);
    bytes.set(summaries, summariesAt);
    bytes.set(savedView, viewAt);
    return bytes;
  }

  private summaryTable(): (EncodedSummary | 0)[] {
    if (!this.summaries) {
      const p = this.previous!;
      let table: unknown;
      try {
        table = JSON.parse(utf8.decode(p.bytes.subarray(p.summariesAt, p.viewAt)));
      } catch {
        table = undefined;
      }
      this.summaries = Array.isArray(table) && table.length === p.count ? table : new Array<0>(p.count).fill(0);
    }
    return this.summaries;
  }

  private noteAt(i: number): ParsedNote {
    const p = this.previous!;
    return decodeRecord(p.bytes[p.flagsAt + i], this, i, p.bytes, p.modelsAt + p.offsets[i], p.modelsAt + p.offsets[i + 1]);
  }
}
