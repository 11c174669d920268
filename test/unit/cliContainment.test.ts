/**
 * A notes repository someone else prepared, through the CLI (issue 18): path settings that lead
 * out of the folder (as written or through a symbolic link), settings in a folder another user
 * can write, a settings file built to overflow the parser, verbs named like Object's properties,
 * a reader that goes away, and note text that would drive the terminal.
 */
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { note } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'out/src/cli.js');

const INTERVIEW = note(['type: interview', 'company: Acme', 'date: 2026-11-19', 'decision_expected: 2026-12-01', 'interviewers:', '  - name: Jo Park', '    title: CTO'], 'We talked about zorblat.\n');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, INTERVIEW_FOLLOWUP_CACHE_DIR: 'off', ...env } });
  assert.notEqual(r.signal, 'SIGTERM', `${args.join(' ')} did not finish in 20 s`);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  return { ...r, ms: Date.now() - started };
}

interface Due {
  actions: { kind: string; file: string | null; company: string; title: string }[];
  problems: { file: string; message: string }[];
}

function due(dir: string, env?: Record<string, string>): Due {
  const r = cli(['due', dir, '--today', '2026-11-25', '--json'], dir, env);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Due;
}

function spellingWords(dir: string, file: string, env?: Record<string, string>) {
  const r = cli(['check', file, '--today', '2026-11-25', '--json'], dir, env);
  const diagnostics = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string; fixes: { title: string }[] }[] }).diagnostics;
  return { words: diagnostics.filter((d) => d.code === 'spelling').map((d) => /"([^"]+)"/.exec(d.message)?.[1]), diagnostics, stderr: r.stderr };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('a prepared repository, through the CLI', function () {
  this.timeout(120_000);
  let base: string;
  let dir: string;
  let outside: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'ifu-contain-'));
    dir = join(base, 'notes');
    outside = join(base, 'outside');
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(dir, 'acme.md'), INTERVIEW);
    // A "secret" outside the workspace whose lines would become known words and suggestions.
    writeFileSync(join(outside, 'secret.txt'), 'zorblat\nhunter2password\n');
  });
  afterEach(() => {
    chmodSync(dir, 0o700);
    rmSync(base, { recursive: true, force: true });
  });

  const settings = (values: Record<string, unknown>) => writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify(values));

  for (const [how, value] of [['climbing out with ..', '../outside/secret.txt'], ['as an absolute path', '/OUTSIDE/secret.txt']] as const) {
    it(`a word list outside the folder (${how}) is not read, and said so`, () => {
      settings({ 'interviewFollowUp.wordListFile': value.replace('/OUTSIDE', outside) });
      const { words, stderr } = spellingWords(dir, 'acme.md');
      assert.deepEqual(words, ['zorblat'], 'the outside file\'s words are not known');
      assert.match(stderr, /interviewFollowUp\.wordListFile ".*secret\.txt" is outside the folder, so it is not used/);
      assert.ok(due(dir).problems.some((p) => p.file === '.vscode/settings.json' && /wordListFile .* is outside the folder/.test(p.message)));
    });
  }

  it('a word list reached through a symbolic link that leads out of the folder is not read', () => {
    symlinkSync(outside, join(dir, '.vscode/words'));
    settings({ 'interviewFollowUp.wordListFile': '.vscode/words/secret.txt' });
    const { words, stderr } = spellingWords(dir, 'acme.md');
    assert.deepEqual(words, ['zorblat']);
    assert.match(stderr, /leads outside the folder through a symbolic link/);
    // The default word list linked to a file outside: the same.
    settings({});
    symlinkSync(join(outside, 'secret.txt'), join(dir, '.vscode/interview-words.txt'));
    assert.deepEqual(spellingWords(dir, 'acme.md').words, ['zorblat']);
  });

  it('a word list linked to a file inside the folder is read', () => {
    writeFileSync(join(dir, 'words.txt'), 'zorblat\n');
    symlinkSync(join(dir, 'words.txt'), join(dir, '.vscode/interview-words.txt'));
    assert.deepEqual(spellingWords(dir, 'acme.md').words, []);
  });

  it('a notesFolder linked to / is not walked: reported at once, the folder itself read', () => {
    symlinkSync('/', join(dir, 'everything'));
    settings({ 'interviewFollowUp.notesFolder': 'everything' });
    const started = Date.now();
    const report = due(dir);
    assert.ok(Date.now() - started < 10_000);
    assert.ok(report.problems.some((p) => /notesFolder "everything" leads outside the folder through a symbolic link/.test(p.message)), JSON.stringify(report.problems));
    assert.ok(report.actions.some((a) => a.file === 'acme.md'), 'the folder itself is still read');
    assert.ok(report.actions.every((a) => a.file === null || !a.file.startsWith('everything/')));
  });

  it('a notesFolder linked to a folder inside the workspace is followed', () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/inner.md'), INTERVIEW.replace('Acme', 'Inner Co'));
    symlinkSync(join(dir, 'real'), join(dir, 'current'));
    settings({ 'interviewFollowUp.notesFolder': 'current' });
    const report = due(dir);
    assert.deepEqual(report.problems, []);
    assert.ok(report.actions.some((a) => a.file === 'current/inner.md' && a.company === 'Inner Co'));
  });

  it('settings in a folder others can write to are not used (check FILE and due), unless INTERVIEW_FOLLOWUP_SAFE_FOLDERS trusts it', () => {
    writeFileSync(join(outside, 'words.txt'), 'zorblat\n');
    // The word list itself is inside; what matters is who could have written the settings.
    writeFileSync(join(dir, '.vscode/interview-words.txt'), 'zorblat\n');
    settings({ 'interviewFollowUp.thankYouBusinessDays': 9 });
    chmodSync(dir, 0o777);
    const untrusted = spellingWords(base, 'notes/acme.md');
    assert.match(untrusted.stderr, /notes\/\.vscode\/settings\.json is not used: .* can be changed by other users \(mode 777\).*INTERVIEW_FOLLOWUP_SAFE_FOLDERS/);
    const report = due(dir);
    assert.ok(report.problems.some((p) => /is not used: .* can be changed by other users/.test(p.message)), JSON.stringify(report.problems));
    assert.ok(report.actions.some((a) => a.kind === 'thank-you'), 'the default thank-you days apply');
    const trusted = spellingWords(base, 'notes/acme.md', { INTERVIEW_FOLLOWUP_SAFE_FOLDERS: `/nowhere:${dir}` });
    assert.equal(trusted.stderr, '');
    assert.deepEqual(due(dir, { INTERVIEW_FOLLOWUP_SAFE_FOLDERS: '*' }).problems, []);
  });

  it('a folder writable by the user\'s own primary group is the user\'s; by another group, it is not (as root: chgrp to nogroup)', function () {
    settings({ 'interviewFollowUp.thankYouBusinessDays': 9 });
    chmodSync(dir, 0o775);
    assert.deepEqual(due(dir).problems, [], 'umask 002 with a private group');
    if (!isRoot) this.skip();
    chownSync(dir, 0, 65534);
    assert.ok(due(dir).problems.some((p) => /is not used: .* can be changed by other users \(mode 775\)/.test(p.message)));
  });

  it('settings in a folder that belongs to another user are not used (as root: chown to nobody)', function () {
    if (!isRoot) this.skip();
    settings({ 'interviewFollowUp.wordListFile': 'w.txt' });
    chownSync(join(dir, '.vscode'), 65534, 65534);
    const report = due(dir);
    assert.ok(report.problems.some((p) => /is not used: .*\.vscode belongs to another user \(uid 65534\)/.test(p.message)), JSON.stringify(report.problems));
  });

  it('a settings.json of 40 KB of nested brackets is refused with a message, not a stack overflow', () => {
    writeFileSync(join(dir, '.vscode/settings.json'), `{"interviewFollowUp.words": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    const report = due(dir);
    assert.ok(report.problems.some((p) => /nests brackets more than 64 levels deep/.test(p.message)), JSON.stringify(report.problems));
    const r = cli(['check', 'acme.md', '--today', '2026-11-25'], dir);
    assert.equal(r.status, 0, r.stderr);
  });
});

describe('the CLI\'s own robustness', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ifu-robust-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verbs named like Object\'s properties are unknown verbs (exit 2, usage)', () => {
    for (const verb of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const r = cli([verb, 'x.md'], dir);
      assert.equal(r.status, 2, `${verb}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`unknown command "${verb.replace(/_/g, '_')}"[\\s\\S]*Usage:`));
    }
  });

  it('due | head -1: the reader going away ends the CLI quietly', () => {
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `n${i}.md`), INTERVIEW.replace('Acme', `Company ${i}`));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" due . --today 2026-11-25 | head -1; "${process.execPath}" "${CLI}" due . --today 2026-11-25 --json | head -c 10 >/dev/null`], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, INTERVIEW_FOLLOWUP_CACHE_DIR: 'off' } });
    assert.match(r.stdout, /^Follow-ups as of 2026-11-25/);
    assert.equal(r.stderr, '');
  });

  it('a --dry-run diff and a sent refusal show note text with its control and invisible characters escaped', () => {
    const file = join(dir, 'acme.md');
    writeFileSync(file, note(['type: interview', 'company: "Acme\\e]52;c;aGk=\\a\\u200b\\u2028Co"', 'date: 2026-11-19', 'interviewers:', '  - name: Jo Park', '    title: CTO'], 'Body \u001b]0;title\u0007 \u202e \u{e0041}\u{e0042} line\r\nnext\n'));
    const diff = cli(['outcome', file, 'offer', '--date', '2026-11-20', '--today', '2026-11-25', '--dry-run'], dir);
    assert.equal(diff.status, 0, diff.stderr);
    assert.match(diff.stdout, /\+status: offer/);
    assert.doesNotMatch(diff.stdout.replace(/\r\n/g, '\n'), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u202e]|[\u{e0000}-\u{e007f}]/u);
    const letter = join(dir, 'letter.md');
    writeFileSync(letter, '---\ntype: thank-you\ninterview: acme.md\nto: "Jo\\e]52;c;aGk=\\a Parks\\u202e"\nvia: email\nsent:\n---\nDear Jo,\n\nThank you for {{the \u001b[2J topic \u2066}}.\n');
    const refusal = cli(['sent', letter, '--date', '2026-11-20', '--today', '2026-11-20'], dir);
    assert.equal(refusal.status, 1, refusal.stderr);
    assert.match(refusal.stderr, /not changed/);
    assert.doesNotMatch(refusal.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2066\u202e]/);
    assert.match(refusal.stderr, /\\u001b/);
    assert.equal(readFileSync(letter, 'utf8').includes('sent:\n'), true);
  });

  it('tables and JSON carry zero-width, bidi, tag and line-separator characters as visible escapes; the JSON still parses to the same text', () => {
    const company = 'Ac\u200bme\u2028\u202e\u{e0041}Co';
    writeFileSync(join(dir, 'acme.md'), INTERVIEW.replace('company: Acme', `company: "${company.replace(/[\u0080-\u{10ffff}]/gu, (c) => `\\U${c.codePointAt(0)!.toString(16).padStart(8, '0')}`)}"`));
    const table = cli(['due', dir, '--today', '2026-11-25'], dir).stdout;
    assert.doesNotMatch(table, /[\u200b\u2028\u202e]|[\u{e0000}-\u{e007f}]/u);
    assert.match(table, /Ac\\u200bme\\u2028\\u202e\\u\{e0041\}Co/);
    const json = cli(['due', dir, '--today', '2026-11-25', '--json'], dir).stdout;
    assert.doesNotMatch(json, /[\u200b\u2028\u202e]|[\u{e0000}-\u{e007f}]/u);
    assert.ok((JSON.parse(json) as Due).actions.some((a) => a.company === company));
  });
});
