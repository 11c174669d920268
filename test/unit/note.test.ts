import assert from 'node:assert/strict';
import { plainRange } from '../../src/core/shared/span';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDay } from '../../src/core/shared/days';
import { parseNoteBytes } from '../../src/core/notes/loader';
import { parseNote, type InterviewNote, type LetterNote } from '../../src/core/notes/note';
import { indexOf, note } from './helpers';

const interview = (text: string) => {
  const parsed = parseNote(text);
  assert.equal(parsed.model?.type, 'interview', JSON.stringify(parsed.problems));
  return { model: parsed.model as InterviewNote, problems: parsed.problems };
};
const codes = (text: string) => parseNote(text).problems.map((p) => p.code);

describe('reading a note', () => {
  it('reads every field of an interview note as text, with source ranges', () => {
    const { model, problems } = interview(note([
      'type: interview',
      'company: Acme Corp',
      'role: Senior Engineer',
      'date: 2026-11-19 14:00',
      'timezone: America/New_York',
      'decision_expected: 2026-11-28',
      'contact_via: email',
      'status: waiting',
      'references: [Dana Lee, Sam Ortiz]',
      'references_alerted: 2026-11-20',
      'interviewers:',
      '  - name: Jane Smith',
      '    title: Engineering Manager',
      '    thank_you_sent: 2026-11-20',
      'follow_ups:',
      '  - date: 2026-11-27',
      '    via: phone',
      '    next: 2026-12-02',
      'done:',
      '  network: 2026-12-03',
      'snooze:',
      '  follow-up-call: 2026-12-01',
    ]));
    assert.deepEqual(problems, []);
    assert.equal(model.company?.value, 'Acme Corp');
    assert.deepEqual(plainRange(model.company!.range), { start: { line: 2, character: 9 }, end: { line: 2, character: 18 } });
    assert.equal(formatDay(model.date!.value.day), '2026-11-19');
    assert.equal(model.date!.value.minutes, 840);
    assert.deepEqual(model.references.map((r) => r.value), ['Dana Lee', 'Sam Ortiz']);
    assert.equal(model.interviewers[0].name?.value, 'Jane Smith');
    assert.equal(model.interviewers[0].range.start.line, 12);
    assert.equal(formatDay(model.followUps[0].next!.value), '2026-12-02');
    assert.equal(formatDay(model.done.get('network')!.value), '2026-12-03');
    assert.equal(formatDay(model.snooze.get('follow-up-call')!.value), '2026-12-01');
  });

  it('reads a thank-you letter', () => {
    const parsed = parseNote(note(['type: thank-you', 'interview: "[[2026-11-19-acme]]"', 'to: Jane Smith', 'via: email', 'sent:']));
    const model = parsed.model as LetterNote;
    assert.deepEqual(parsed.problems, []);
    assert.equal(model.interview?.value, '[[2026-11-19-acme]]');
    assert.equal(model.sent, undefined);
  });

  it('keeps YAML dates as text: a bare date is never a UTC Date', () => {
    const { model } = interview(note(['type: interview', 'company: A', 'date: 2026-03-02']));
    assert.equal(formatDay(model.date!.value.day), '2026-03-02');
  });

  it('is not a note without front-matter, or with another type', () => {
    assert.equal(parseNote('# Title\n\ntext\n').model, null);
    assert.deepEqual(parseNote('# Title\n').problems, []);
    assert.equal(parseNote(note(['layout: post', 'title: Hello'])).model, null);
    assert.deepEqual(parseNote(note(['layout: post'])).problems, []);
  });

  it('handles CRLF line endings and a BOM with the same ranges', () => {
    const text = note(['type: interview', 'company: Acme', 'date: 2026-11-19']).replace(/\n/g, '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const parsed = parseNoteBytes(bytes, false);
    const model = parsed.model as InterviewNote;
    assert.equal(model.company?.value, 'Acme');
    assert.deepEqual(plainRange(model.company!.range), { start: { line: 2, character: 9 }, end: { line: 2, character: 13 } });
  });

  it('reports wrong types and forms as field-invalid, at the right line', () => {
    const parsed = parseNote(note([
      'type: interview',
      'company: [Acme, Globex]',
      'date: next tuesday',
      'status: pending',
      'contact_via: carrier pigeon',
      'interviewers: Jane',
      'done:',
      '  lunch: 2026-11-20',
    ]));
    const invalid = parsed.problems.filter((p) => p.code === 'field-invalid');
    assert.deepEqual(invalid.map((p) => p.range?.start.line), [2, 3, 4, 5, 6, 8]);
    assert.match(invalid[1].message, /"next tuesday" is not a date/);
    assert.match(invalid[2].message, /waiting, offer, accepted, rejected, withdrawn/);
  });

  it('reads a status in the wrong case but says how to write it', () => {
    const parsed = parseNote(note(['type: interview', 'company: A', 'date: 2026-11-19', 'status: Rejected']));
    assert.equal((parsed.model as InterviewNote).status?.value, 'rejected');
    assert.match(parsed.problems[0].message, /write "rejected"/);
  });

  it('reports missing company and date', () => {
    assert.deepEqual(codes(note(['type: interview'])), ['field-missing', 'field-missing']);
    assert.deepEqual(codes(note(['type: interview', 'company:', 'date: 2026-11-19'])), ['field-missing']);
  });

  it('reports interviewers without a name or a title', () => {
    const parsed = parseNote(note(['type: interview', 'company: A', 'date: 2026-11-19', 'interviewers:', '  - name: Jo', '  - title: CTO']));
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.range?.start.line]), [['interviewer-incomplete', 5], ['interviewer-incomplete', 6]]);
  });

  it('reports an unknown time zone', () => {
    assert.deepEqual(codes(note(['type: interview', 'company: A', 'date: 2026-11-19', 'timezone: Mars/Olympus'])), ['field-invalid']);
  });
});

describe('hostile and broken front-matter', () => {
  it('never evaluates ---js front-matter (no marker file appears)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifu-js-'));
    const marker = join(dir, 'executed');
    try {
      const payload = `{ type: 'interview', x: require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned') }`;
      for (const lang of ['js', 'javascript', 'JS', 'JavaScript', 'coffee', 'coffeescript', 'toml', 'json']) {
        const parsed = parseNote(`---${lang}\n${payload}\n---\nBody\n`);
        assert.equal(parsed.model, null);
        assert.deepEqual(parsed.problems.map((p) => p.code), ['front-matter-unsafe'], lang);
        assert.match(parsed.problems[0].message, new RegExp(`"${lang}"`));
      }
      const index = await indexOf({ 'evil.md': `---js\n${payload}\n---\n`, 'ok.md': note(['type: interview', 'company: A', 'date: 2026-11-19']) });
      assert.equal(index.interviews().length, 1);
      assert.equal(existsSync(marker), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      'type: interview',
    ];
    const started = Date.now();
    const parsed = parseNote(note(bomb));
    assert.ok(Date.now() - started < 500, `took ${Date.now() - started} ms`);
    assert.equal(parsed.model, null);
    assert.deepEqual(parsed.problems.map((p) => p.code), ['front-matter-invalid']);
    assert.match(parsed.problems[0].message, /alias bomb/);
  });

  it('expands a small, legitimate alias', () => {
    const parsed = parseNote(note(['type: interview', 'company: &c Acme', 'date: 2026-11-19', 'role: *c']));
    assert.equal((parsed.model as InterviewNote).role?.value, 'Acme');
  });

  it('refuses front-matter over 64 KB quickly, and reads the rest of the folder', async () => {
    const huge = note(['type: interview', ...Array.from({ length: 5000 }, (_, i) => `key${i}: ${'x'.repeat(20)}`)]);
    assert.ok(huge.length > 64 * 1024);
    const started = Date.now();
    const parsed = parseNote(huge);
    assert.ok(Date.now() - started < 500);
    assert.match(parsed.problems[0].message, /larger than 64 KB/);
    const unclosed = `---\ntype: interview\n${'filler: text\n'.repeat(20_000)}`;
    const index = await indexOf({ 'a-huge.md': huge, 'b-unclosed.md': unclosed, 'c-ok.md': note(['type: interview', 'company: A', 'date: 2026-11-19']) });
    assert.deepEqual(index.interviews().map((i) => i.file), ['c-ok.md']);
    assert.deepEqual(index.files(), ['a-huge.md', 'b-unclosed.md', 'c-ok.md']);
    assert.match(index.get('b-unclosed.md')!.problems[0].message, /larger than 64 KB/);
  });

  it('reports front-matter that never closes', () => {
    assert.match(parseNote('---\ntype: interview\ncompany: A\n').problems[0].message, /never closes/);
  });

  it('reports syntax errors, tabs and duplicate keys at their line', () => {
    const syntax = parseNote(note(['type: interview', 'company: [Acme', 'date: 2026-11-19']));
    assert.equal(syntax.problems[0].code, 'front-matter-invalid');
    const tabs = parseNote(note(['type: interview', 'interviewers:', '\t- name: Jo']));
    assert.match(tabs.problems[0].message, /tabs/i);
    assert.equal(tabs.problems[0].range?.start.line, 3);
    const dup = parseNote(note(['type: interview', 'company: A', 'company: B']));
    assert.match(dup.problems[0].message, /appears twice/);
    assert.equal(dup.problems[0].range?.start.line, 3);
  });

  it('reports an interviewer listed twice', () => {
    const parsed = parseNote(note(['type: interview', 'company: A', 'date: 2026-11-19', 'interviewers:', '  - name: Ana Pérez', '    title: CTO', '  - name: ana  pérez', '    title: CTO']));
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.severity, p.range?.start.line]), [['field-invalid', 'warning', 7]]);
    assert.match(parsed.problems[0].message, /ana {2}pérez is listed twice under interviewers \(lines 6 and 8\)/);
  });

  it('requires a mapping', () => {
    assert.match(parseNote(note(['- type: interview', '- b'])).problems[0].message, /not a list/);
    assert.match(parseNote('---\njust text about an interview\n---\n').problems[0].message, /not a single value/);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `---\ntype: interview\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`;
    assert.equal(parseNote(deep).problems[0].code, 'front-matter-invalid');
  });

  it('treats __proto__ keys as plain keys', () => {
    const parsed = parseNote(note(['type: interview', 'company: A', 'date: 2026-11-19', '__proto__:', '  polluted: yes']));
    assert.equal(parsed.model?.type, 'interview');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('refuses binary data and invalid UTF-8 with a clear message', () => {
    const enc = new TextEncoder();
    const binary = new Uint8Array([...enc.encode('---\ntype: interview\n'), 0, 1, 2, ...enc.encode('\n---\n')]);
    assert.match(parseNoteBytes(binary, false).problems[0].message, /binary/);
    const latin1 = new Uint8Array([...enc.encode('---\ntype: interview\ncompany: Caf'), 0xe9, ...enc.encode('\n---\n')]);
    assert.match(parseNoteBytes(latin1, false).problems[0].message, /not valid UTF-8/);
  });

  it('does not cut a multi-byte character at the end of a truncated head', () => {
    const text = note(['type: interview', 'company: Zoë', 'date: 2026-11-19'], 'é'.repeat(10));
    const bytes = new TextEncoder().encode(text);
    const parsed = parseNoteBytes(bytes.subarray(0, bytes.length - 3), true);
    assert.equal((parsed.model as InterviewNote).company?.value, 'Zoë');
  });
});
