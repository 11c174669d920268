import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNote } from '../../bench/generate';
import { main } from '../../src/cli';
import { IndexCache, type FileStamp } from '../../src/core/notes/indexCache';
import { buildIndex, parseNoteBytes, type NoteFileSystem } from '../../src/core/notes/loader';
import { summarize, summaryOf, type NoteSummary, type ParsedNote } from '../../src/core/notes/note';
import { decodeStandalone, encodeRecord } from '../../src/core/notes/noteCodec';
import { evictLeastRecentlyUsed, loadIndexCache, readCacheFile, saveIndexCache, writeCacheFile } from '../../src/node/indexCacheFile';
import { nodeFileSystem } from '../../src/cli/nodeFileSystem';
import { computeSchedule, scheduleContext } from '../../src/core/schedule/schedule';
import { restoreSchedule, saveSchedule } from '../../src/core/schedule/savedSchedule';
import { caseBytes, loadCorpus } from './hostileCorpus';
import { day, memoryFileSystem, note, settings } from './helpers';

const ROOT = resolve(__dirname, '../../..');

/** A parse as plain data, ranges included (Fields and Spans make their ranges on access). */
function plain(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(([k, v]) => [k, plain(v)]);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('keyRange' in o && 'value' in o) return { value: plain(o.value), range: plain(o.range), keyRange: plain(o.keyRange) };
    if ('start' in o && 'end' in o) return { start: { ...(o.start as object) }, end: { ...(o.end as object) } };
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function samples(): [string, ParsedNote][] {
  const out: [string, ParsedNote][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.md')) out.push([path, parseNoteBytes(readFileSync(path), false)]);
    }
  };
  walk(join(ROOT, 'test/fixtures'));
  for (const c of loadCorpus()) {
    const bytes = caseBytes(c);
    if (bytes.length < 200_000) out.push([c.name, parseNoteBytes(bytes, false)]);
  }
  for (let i = 0; i < 300; i++) out.push([`generated #${i}`, parseNoteBytes(new TextEncoder().encode(generateNote(i).text), false)]);
  return out;
}

function summaryFields(s: NoteSummary) {
  return { type: s.type, offer: s.offer, accepted: s.accepted, company: s.company, terms: [...s.terms], people: [...s.people], link: s.link };
}

const STAMP: FileStamp = { size: 10, mtimeMs: 1_000, ctimeMs: 1_000, ino: 7 };

describe('the persistent index cache', () => {
  it('round-trips every parse exactly: fixtures, the hostile corpus, generated notes', () => {
    for (const [label, parsed] of samples()) {
      // What the index keeps: the model, the problems and the summary (never the YAML tree).
      const decoded = decodeStandalone(encodeRecord(parsed));
      assert.deepEqual(plain({ model: decoded.model, problems: decoded.problems }), plain({ model: parsed.model, problems: parsed.problems }), label);
      assert.deepEqual(plain(summaryFields(summaryOf(decoded))), plain(summaryFields(summarize(parsed.model))), label);
    }
    const accepted = parseNoteBytes(new TextEncoder().encode('---\ntype: interview\ncompany: U\ndate: 2026-11-19\nstatus: accepted\n---\n'), false);
    assert.deepEqual([summaryOf(decodeStandalone(encodeRecord(accepted))).accepted, summaryOf(accepted).accepted], [true, true]);
  });

  it('keeps an interviewer\'s email and salutation', () => {
    const text = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\ninterviewers:\n  - name: Jane Smith\n    title: CTO\n    email: jane@acme.example\n    salutation: Ms. Smith\n---\n';
    const parsed = parseNoteBytes(new TextEncoder().encode(text), false);
    const decoded = decodeStandalone(encodeRecord(parsed));
    const person = decoded.model?.type === 'interview' ? decoded.model.interviewers[0] : undefined;
    assert.deepEqual([person?.email?.value, person?.salutation?.value, person?.salutation?.range.start.line], ['jane@acme.example', 'Ms. Smith', 8]);
  });

  it('gives a stored parse back only for the same stamp, and not for files changed just before it was written', () => {
    const cache = IndexCache.empty();
    const parsed: ParsedNote = { model: null, problems: [{ code: 'front-matter-invalid', severity: 'error', message: 'x' }] };
    cache.store('a.md', STAMP, parsed);
    cache.store('racy.md', { ...STAMP, mtimeMs: 99_000 }, parsed);
    const reloaded = IndexCache.decode(cache.encode(100_000));
    assert.deepEqual(plain(reloaded.lookup('a.md', STAMP)?.problems), plain(parsed.problems));
    for (const changed of [{ size: 11 }, { mtimeMs: 1_001 }, { ctimeMs: 2_000 }, { ino: 8 }]) assert.equal(reloaded.lookup('a.md', { ...STAMP, ...changed }), undefined);
    assert.equal(reloaded.lookup('racy.md', { ...STAMP, mtimeMs: 99_000 }), undefined, 'changed within 2 s of the write: read again');
    assert.equal(reloaded.lookup('unknown.md', STAMP), undefined);
  });

  it('ignores a corrupt cache or one of another version, and drops entries of files that are gone', () => {
    const cache = IndexCache.empty();
    cache.store('kept.md', STAMP, parseNoteBytes(new TextEncoder().encode(generateNote(1).text), false));
    cache.store('gone.md', STAMP, { model: null, problems: [] });
    const good = cache.encode(100_000);
    assert.ok(IndexCache.decode(good).lookup('kept.md', STAMP));
    const otherVersion = good.slice();
    otherVersion[4] = 99;
    const corrupt: Uint8Array[] = [new Uint8Array(0), new TextEncoder().encode('{"version":4,"writtenAt":1,"entries":{}}'), otherVersion, good.subarray(0, good.length - 1), good.subarray(0, 30)];
    for (let at = 32; at < 140; at += 7) {
      const flipped = good.slice();
      flipped[at] ^= 0xff;
      corrupt.push(flipped);
    }
    for (const bytes of corrupt) {
      // A damaged file is ignored as a whole, or read as far as its structure holds: never a crash.
      const damaged = IndexCache.decode(bytes);
      damaged.lookup('kept.md', STAMP);
      damaged.encode(200_000);
    }
    for (const bytes of corrupt.slice(0, 5)) assert.equal(IndexCache.decode(bytes).lookup('kept.md', STAMP), undefined);
    const next = IndexCache.decode(good);
    next.lookup('kept.md', STAMP);
    assert.ok(next.changed, 'a file is gone: the cache is written again');
    assert.deepEqual([...IndexCache.decode(next.encode(200_000)).stored()].map(([file]) => file), ['kept.md']);
  });

  it('keys entries by the raw bytes of a name, so two names shown alike never share an entry', () => {
    const cache = IndexCache.empty();
    const a = parseNoteBytes(new TextEncoder().encode(note(['type: interview', 'company: Latin One', 'date: 2026-11-19'])), false);
    const b = parseNoteBytes(new TextEncoder().encode(note(['type: interview', 'company: Latin Two', 'date: 2026-11-19'])), false);
    // Both shown as "caf\uFFFD.md" by a lossy decoder: different bytes on disk.
    cache.store('\u0000e9', STAMP, a, 'caf\uFFFD.md');
    cache.store('\u0000e8', STAMP, b, 'caf\uFFFD.md');
    const reloaded = IndexCache.decode(cache.encode(100_000));
    assert.equal(reloaded.lookup('\u0000e9', STAMP, 'caf\uFFFD.md')?.summary?.company, 'Latin One');
    assert.equal(reloaded.lookup('\u0000e8', STAMP, 'caf\uFFFD.md')?.summary?.company, 'Latin Two');
    assert.equal(reloaded.lookup('caf\uFFFD.md', STAMP), undefined);
    // A name kept with lone surrogates survives the file exactly.
    const surrogate = IndexCache.empty();
    surrogate.store('\u0000ff', STAMP, a, 'caf\udce9.md');
    assert.deepEqual([...IndexCache.decode(surrogate.encode(100_000)).stored()].map(([file]) => file), ['caf\udce9.md']);
  });

  it('the Node file system keys a name that is not UTF-8 by its bytes', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'ifu-cache-raw-'));
    try {
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), note(['type: interview', 'company: One', 'date: 2026-11-19']));
      writeFileSync(join(dir, 'plain.md'), note(['type: interview', 'company: Two', 'date: 2026-11-19']));
      const fs = nodeFileSystem(dir);
      const entries = await fs.readDirectory('');
      const keys = entries.map(([name]) => fs.cacheKey!(name)).sort();
      assert.deepEqual(keys.filter((k) => !k.startsWith('\u0000')), ['plain.md']);
      const raw = keys.find((k) => k.startsWith('\u0000'))!;
      assert.ok(raw.endsWith(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]).toString('hex')), raw);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on disk: files 0600 in a 0700 folder, another user\'s or a writable file not read', function () {
    if (process.platform === 'win32') this.skip();
    const root = mkdtempSync(join(tmpdir(), 'ifu-cache-perm-'));
    try {
      const folder = join(root, 'cache');
      mkdirSync(folder, { mode: 0o755 });
      chmodSync(folder, 0o755);
      const file = join(folder, 'index-0123456789abcdef01234567.bin');
      const cache = IndexCache.empty();
      cache.store('a.md', STAMP, { model: null, problems: [{ code: 'front-matter-invalid', severity: 'error', message: 'x' }] });
      saveIndexCache(file, cache);
      assert.equal(statSync(folder).mode & 0o777, 0o700, 'the folder is narrowed to 0700');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.deepEqual(readdirSync(folder), ['index-0123456789abcdef01234567.bin'], 'no temporary file left');
      assert.ok(loadIndexCache(file).lookup('a.md', STAMP));
      chmodSync(file, 0o622);
      assert.equal(readCacheFile(file), undefined, 'a file others could have written is not trusted');
      assert.equal(loadIndexCache(file).size, 0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the cache folder under its size cap, deleting the least recently used files first', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ifu-cache-lru-'));
    try {
      const name = (i: number) => `index-${String(i).padStart(24, '0')}.bin`;
      for (let i = 0; i < 5; i++) {
        writeCacheFile(join(folder, name(i)), new Uint8Array(1000), 1_000_000);
        const used = new Date(Date.now() - (10 - i) * 60_000); // file 0 used longest ago
        utimesSync(join(folder, name(i)), used, used);
      }
      writeFileSync(join(folder, 'notes.txt'), 'not ours');
      writeFileSync(join(folder, 'index-0000000a.json'), '{}'); // the old JSON layout
      // Reading file 1 marks it used now: it outlives files 0, 2 and 3.
      assert.ok(readCacheFile(join(folder, name(1))));
      writeCacheFile(join(folder, name(9)), new Uint8Array(1000), 3000);
      assert.deepEqual(readdirSync(folder).sort(), [name(1), name(4), name(9), 'notes.txt'].sort());
      // The file just written is kept even when it alone is over the cap.
      writeCacheFile(join(folder, name(8)), new Uint8Array(5000), 3000);
      assert.deepEqual(readdirSync(folder).sort(), [name(8), 'notes.txt']);
      evictLeastRecentlyUsed(folder, 0);
      assert.deepEqual(readdirSync(folder), ['notes.txt']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a warm index reads no file and gives the same schedule', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`n${i}.md`] = generateNote(i).text;
    files['readme.md'] = '# not a note\n';
    const base = memoryFileSystem(files);
    let reads = 0;
    const fs: NoteFileSystem = {
      readDirectory: (dir) => base.readDirectory(dir),
      readHead: async (file, max) => {
        reads++;
        return { ...(await base.readHead(file, max)), stamp: { ...STAMP, size: files[file].length } };
      },
      stat: async (file) => ({ ...STAMP, size: files[file].length }),
    };
    const cache = IndexCache.empty();
    const cold = await buildIndex(fs, '', cache);
    const coldReads = reads;
    const warmCache = IndexCache.decode(cache.encode(100_000));
    const warm = await buildIndex(fs, '', warmCache);
    assert.equal(reads, coldReads, 'no file read on the warm start');
    assert.equal(warmCache.hitCount, 51);
    const context = scheduleContext(day('2026-11-25'), settings());
    assert.deepEqual(computeSchedule(warm, context), computeSchedule(cold, context));
  });

  it('the CLI keeps it outside the notes folder, and sees an edited note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifu-cache-cli-'));
    try {
      const file = join(dir, 'a.md');
      writeFileSync(file, note(['type: interview', 'company: Before Co', 'date: 2026-11-19']));
      const past = new Date(Date.now() - 60_000);
      utimesSync(file, past, past);
      const due = async () => {
        let out = '';
        await main(['due', dir, '--today', '2026-11-25', '--json'], (t) => (out += t));
        return JSON.parse(out).actions.map((a: { company: string }) => a.company);
      };
      assert.ok((await due()).includes('Before Co'));
      assert.ok((await due()).includes('Before Co'), 'warm');
      assert.deepEqual(readdirSync(dir), ['a.md'], 'nothing written into the notes folder');
      assert.ok(readdirSync(process.env.INTERVIEW_FOLLOWUP_CACHE_DIR!).some((f) => f.startsWith('index-')));
      writeFileSync(file, note(['type: interview', 'company: After Co', 'date: 2026-11-19']));
      utimesSync(file, past, past); // the same mtime: the size and change time still tell
      const after = await due();
      assert.ok(after.includes('After Co') && !after.includes('Before Co'), JSON.stringify(after));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the saved schedule (what a window showed, for the next window to show first)', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`n${i}.md`] = generateNote(i).text;

  it('comes back as computed, for the same day and settings only, through the cache file', async () => {
    const index = await buildIndex(memoryFileSystem(files));
    const today = day('2026-11-25');
    const context = scheduleContext(today, settings());
    const actions = computeSchedule(index, context);
    assert.ok(actions.length > 20);
    const cache = IndexCache.empty();
    cache.savedView = saveSchedule(actions, today, settings());
    assert.ok(cache.changed, 'a new saved view is written');
    const reloaded = IndexCache.decode(cache.encode(100_000));
    assert.deepEqual(plain(restoreSchedule(reloaded.savedView, today, settings())), plain(actions));
    assert.equal(restoreSchedule(reloaded.savedView, day('2026-11-26'), settings()), undefined, 'another day: a snooze may have ended');
    assert.equal(restoreSchedule(reloaded.savedView, today, settings({ 'interviewFollowUp.thankYouBusinessDays': 3 })), undefined, 'other settings move due days');
    for (const junk of [undefined, '', '{', '{"format":2}', JSON.stringify({ format: 2, day: today, settings: JSON.stringify(settings()), files: [], companies: [], actions: [[99, -1, -1, 0, 't', -1, -1, -1]] })]) {
      assert.equal(restoreSchedule(junk, today, settings()), undefined, String(junk));
    }
    const same = IndexCache.decode(cache.encode(100_000));
    same.savedView = reloaded.savedView;
    assert.equal(same.changed, false, 'the same view again is not a change');
  });
});
