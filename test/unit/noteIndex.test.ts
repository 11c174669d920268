import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNote } from '../../src/core/notes/note';
import { NoteIndex } from '../../src/core/notes/noteIndex';
import { note } from './helpers';

const FILES = ['a.md', 'b.md', 'sub/a.md', 'sub/c.md', 'letters/x.md', 'letters/y.md'];
const contentArb = fc.oneof(
  fc.constantFrom('interview', 'offer').map((status) => note(['type: interview', 'company: Co', 'date: 2026-11-19', ...(status === 'offer' ? ['status: offer'] : [])])),
  fc.constantFrom('../a.md', '[[a]]', '[[c]]', '../sub/c.md', 'b', '../nowhere.md').map((link) => note(['type: thank-you', `interview: "${link}"`, 'to: Jo'])),
  fc.constant('# not a note\n'),
  fc.constant('---\ntype: [\n---\n'),
);
const opArb = fc.record({ file: fc.constantFrom(...FILES), content: fc.option(contentArb, { nil: undefined }) });

function view(index: NoteIndex) {
  return {
    interviews: index.interviews().map((i) => i.file),
    offers: index.offers().map((i) => i.file),
    letters: index.letters().map((l) => [l.file, l.interviewFile ?? null]),
    byInterview: index.interviews().map((i) => [i.file, index.lettersFor(i.file).map((l) => l.file)]),
    files: index.files(),
  };
}

describe('the incremental index', () => {
  it('answers as a fresh index of the same files would, after any sequence of changes', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 25 }), fc.array(fc.nat(30), { maxLength: 5 }), (ops, peeks) => {
      const incremental = new NoteIndex();
      const state = new Map<string, string>();
      ops.forEach((op, n) => {
        if (op.content === undefined) {
          incremental.delete(op.file);
          state.delete(op.file);
        } else {
          incremental.set(op.file, parseNote(op.content));
          state.set(op.file, op.content);
        }
        // Reading in between fills the caches the next change must keep right.
        if (peeks.includes(n)) view(incremental);
      });
      const fresh = new NoteIndex();
      for (const [file, text] of state) fresh.set(file, parseNote(text));
      assert.deepEqual(view(incremental), view(fresh));
    }), { numRuns: 500 });
  });

  it('lists 20,000 letters to one interview in path order, built in linear work, and keeps a list it handed out unchanged', () => {
    const index = new NoteIndex();
    index.set('a.md', parseNote(note(['type: interview', 'company: Co', 'date: 2026-11-19'])));
    const letter = parseNote(note(['type: thank-you', 'interview: ../a.md', 'to: Jo']));
    const names = Array.from({ length: 20_000 }, (_, i) => `letters/${String((i * 7919) % 20_000).padStart(5, '0')}.md`);
    const started = Date.now();
    for (const file of names) index.set(file, letter);
    const list = index.lettersFor('a.md');
    assert.equal(list.length, 20_000);
    assert.deepEqual(list.map((l) => l.file), [...names].sort());
    // Re-sorting per letter took seconds; a generous ceiling.
    assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
    index.set('letters/0a.md', letter);
    assert.equal(list.length, 20_000, 'the list handed out is not changed');
    const after = index.lettersFor('a.md').map((l) => l.file);
    assert.equal(after.length, 20_001);
    assert.deepEqual(after, [...after].sort());
  });

  it('changes its vocabulary version only when the names and terms the notes know change', () => {
    const index = new NoteIndex();
    const interview = (name: string, date: string, body = 'Notes.\n') =>
      parseNote(note(['type: interview', 'company: Acme Corp', `date: ${date}`, 'interviewers:', `  - name: ${name}`], body));
    index.set('a.md', interview('Jo Park', '2026-11-19'));
    const first = index.vocabularyVersion;
    index.set('a.md', interview('Jo Park', '2026-11-20', 'Other notes.\n'));
    assert.equal(index.vocabularyVersion, first, 'a new date and body name no one new');
    index.set('a.md', interview('Jo Parker', '2026-11-20'));
    assert.notEqual(index.vocabularyVersion, first, 'a renamed interviewer');
    const second = index.vocabularyVersion;
    index.delete('a.md');
    assert.notEqual(index.vocabularyVersion, second, 'a deleted note');
  });

  it('resolves wiki links by name, preferring the letter\'s own folder', () => {
    const index = new NoteIndex();
    const interview = parseNote(note(['type: interview', 'company: Co', 'date: 2026-11-19']));
    index.set('a.md', interview);
    index.set('sub/a.md', interview);
    assert.equal(index.resolveInterviewLink('sub/letter.md', '[[a]]'), 'sub/a.md');
    assert.equal(index.resolveInterviewLink('other/letter.md', '[[a|the Acme one]]'), 'a.md');
    assert.equal(index.resolveInterviewLink('letter.md', '[[sub/a]]'), 'sub/a.md');
    assert.equal(index.resolveInterviewLink('sub/letter.md', '../../outside.md'), undefined);
  });
});

describe('filling an index at once (a window opening from its saved state)', () => {
  it('gives the same index as setting each note', async () => {
    const { generateNote } = await import('../../bench/generate');
    const { buildIndex } = await import('../../src/core/notes/loader');
    const { computeSchedule, scheduleContext } = await import('../../src/core/schedule/schedule');
    const { memoryFileSystem, settings, day } = await import('./helpers');
    const files: Record<string, string> = { 'readme.md': '# no note\n', 'bad.md': '---\ntype: interview\ncompany: [\n---\n' };
    for (let i = 0; i < 60; i++) files[`n${i}.md`] = generateNote(i).text;
    const one = await buildIndex(memoryFileSystem(files));
    const filled = new NoteIndex();
    filled.fill(one.files().map((file) => [file, one.get(file)!] as const));
    assert.deepEqual(filled.files(), one.files());
    assert.deepEqual(filled.offers().map((o) => o.file), one.offers().map((o) => o.file));
    assert.deepEqual(filled.accepted().map((o) => o.file), one.accepted().map((o) => o.file));
    assert.deepEqual(filled.letters().map((l) => [l.file, l.interviewFile]), one.letters().map((l) => [l.file, l.interviewFile]));
    const context = scheduleContext(day('2026-11-25'), settings());
    assert.deepEqual(computeSchedule(filled, context), computeSchedule(one, context));
    const before = filled.vocabularyVersion;
    filled.fill([['late.md', one.get('n0.md')!]]);
    assert.ok(filled.get('late.md') && filled.vocabularyVersion !== before, 'a second fill adds note by note');
  });
});
