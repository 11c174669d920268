import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNote } from '../../bench/generate';
import { main } from '../../src/cli';
import { IndexCache, type FileStamp } from '../../src/core/notes/indexCache';
import { buildIndex, parseNoteBytes, type NoteFileSystem } from '../../src/core/notes/loader';
import type { ParsedNote } from '../../src/core/notes/note';
import { decodeNote, encodeNote } from '../../src/core/notes/noteCodec';
import { summaryOf } from '../../src/core/notes/note';
import { computeSchedule, scheduleContext } from '../../src/core/schedule/schedule';
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

const STAMP: FileStamp = { size: 10, mtimeMs: 1_000, ctimeMs: 1_000, ino: 7 };

describe('the persistent index cache', () => {
  it('round-trips every parse exactly: fixtures, the hostile corpus, generated notes', () => {
    for (const [label, parsed] of samples()) {
      const text = JSON.stringify(encodeNote(parsed));
      // What the index keeps: the model and the problems (never the YAML tree).
      const decoded = decodeNote(JSON.parse(text));
      assert.deepEqual(plain({ model: decoded.model, problems: decoded.problems }), plain({ model: parsed.model, problems: parsed.problems }), label);
      // The summary the index files the note by (offers and acceptances span notes) comes back too.
      assert.deepEqual([summaryOf(decoded).offer, summaryOf(decoded).accepted], [summaryOf(parsed).offer, summaryOf(parsed).accepted], label);
    }
    const accepted = parseNoteBytes(new TextEncoder().encode('---\ntype: interview\ncompany: U\ndate: 2026-11-19\nstatus: accepted\n---\n'), false);
    assert.deepEqual([summaryOf(decodeNote(JSON.parse(JSON.stringify(encodeNote(accepted))))).accepted, summaryOf(accepted).accepted], [true, true]);
  });

  it('keeps an interviewer\'s email and salutation', () => {
    const text = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\ninterviewers:\n  - name: Jane Smith\n    title: CTO\n    email: jane@acme.example\n    salutation: Ms. Smith\n---\n';
    const parsed = parseNoteBytes(new TextEncoder().encode(text), false);
    const decoded = decodeNote(JSON.parse(JSON.stringify(encodeNote(parsed))));
    const person = decoded.model?.type === 'interview' ? decoded.model.interviewers[0] : undefined;
    assert.deepEqual([person?.email?.value, person?.salutation?.value, person?.salutation?.range.start.line], ['jane@acme.example', 'Ms. Smith', 8]);
  });

  it('gives a stored parse back only for the same stamp, and not for files changed just before it was written', () => {
    const cache = IndexCache.empty();
    const encoded = encodeNote({ model: null, problems: [{ code: 'front-matter-invalid', severity: 'error', message: 'x' }] });
    cache.store('a.md', STAMP, encoded);
    cache.store('racy.md', { ...STAMP, mtimeMs: 99_000 }, encoded);
    const reloaded = IndexCache.parse(cache.serialize(100_000));
    assert.deepEqual(reloaded.lookup('a.md', STAMP), encoded);
    for (const changed of [{ size: 11 }, { mtimeMs: 1_001 }, { ctimeMs: 2_000 }, { ino: 8 }]) assert.equal(reloaded.lookup('a.md', { ...STAMP, ...changed }), undefined);
    assert.equal(reloaded.lookup('racy.md', { ...STAMP, mtimeMs: 99_000 }), undefined, 'changed within 2 s of the write: read again');
    assert.equal(reloaded.lookup('unknown.md', STAMP), undefined);
  });

  it('ignores a corrupt cache or one of another version, and drops entries of files that are gone', () => {
    for (const text of ['', '{', 'null', '[]', '{"version":999,"writtenAt":1,"entries":{}}', '{"version":1,"writtenAt":"x","entries":{}}', '{"version":1,"writtenAt":5000,"entries":{"a.md":"junk"}}']) {
      assert.equal(IndexCache.parse(text).lookup('a.md', STAMP), undefined, text);
    }
    const cache = IndexCache.empty();
    cache.store('kept.md', STAMP, 0);
    cache.store('gone.md', STAMP, 0);
    const next = IndexCache.parse(cache.serialize(100_000));
    next.lookup('kept.md', STAMP);
    assert.ok(next.changed, 'a file is gone: the cache is written again');
    assert.deepEqual(Object.keys(JSON.parse(next.serialize(200_000)).entries), ['kept.md']);
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
    const warmCache = IndexCache.parse(cache.serialize(100_000));
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
