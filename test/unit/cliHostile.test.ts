/**
 * Hostile files around the notes, through the CLI as a user would meet them (issue 10): pipes and
 * devices where files are expected, files that vanish, names that are not UTF-8, alias floods,
 * control characters, limits counted in bytes, the locale, and links. Every case ends in seconds
 * with a clear problem and exit 0 or 1 — never a hang, a crash or a stack trace.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { note } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'out/src/cli.js');

const INTERVIEW = note(['type: interview', 'company: Acme', 'date: 2026-11-19', 'decision_expected: 2026-12-01', 'interviewers:', '  - name: Jo Park', '    title: CTO']);

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, ...env } });
  assert.notEqual(r.signal, 'SIGTERM', `${args.join(' ')} did not finish in 20 s`);
  assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  return { ...r, ms: Date.now() - started };
}

function due(dir: string, env?: Record<string, string>) {
  const r = cli(['due', dir, '--today', '2026-11-25', '--json'], dir, env);
  return JSON.parse(r.stdout) as { actions: { kind: string; file: string | null; company: string }[]; problems: { file: string; message: string }[] };
}

function check(dir: string, paths: string[] = []) {
  const r = cli(['check', ...paths, '--today', '2026-11-25', '--json'], dir);
  return (JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; message: string }[] }).diagnostics;
}

describe('hostile files around the notes, through the CLI', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ifu-hostile-cli-'));
    writeFileSync(join(dir, 'good.md'), INTERVIEW);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a named pipe as settings.json, as the word list or as a note is reported, never waited on', () => {
    mkdirSync(join(dir, '.vscode'));
    execFileSync('mkfifo', [join(dir, '.vscode/settings.json'), join(dir, '.vscode/interview-words.txt'), join(dir, 'pipe.md')]);
    const report = due(dir);
    assert.ok(report.actions.some((a) => a.file === 'good.md'));
    assert.ok(report.problems.some((p) => p.file === '.vscode/settings.json' && /named pipe/.test(p.message)), JSON.stringify(report.problems));
    const diagnostics = check(dir, ['pipe.md', 'good.md']);
    assert.ok(diagnostics.some((d) => d.file === 'pipe.md' && d.code === 'front-matter-invalid' && /named pipe/.test(d.message)), JSON.stringify(diagnostics));
  });

  it('settings, word list and a note linked to /dev/zero are refused at once', () => {
    mkdirSync(join(dir, '.vscode'));
    symlinkSync('/dev/zero', join(dir, '.vscode/settings.json'));
    symlinkSync('/dev/zero', join(dir, '.vscode/interview-words.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    const report = due(dir);
    assert.ok(report.problems.some((p) => p.file === '.vscode/settings.json' && /a device/.test(p.message)));
    assert.ok(report.problems.some((p) => p.file === 'zero.md' && /a device/.test(p.message)));
    const r = cli(['check', 'good.md', '--today', '2026-11-25', '--json'], dir);
    assert.ok(r.ms < 15_000);
  });

  it('a note that vanished (a dangling link) is a problem for due and for check, not a crash', () => {
    symlinkSync(join(dir, 'deleted.md'), join(dir, 'gone.md'));
    assert.ok(due(dir).problems.some((p) => p.file === 'gone.md' && /does not exist/.test(p.message)));
    const diagnostics = check(dir);
    assert.ok(diagnostics.some((d) => d.file === 'gone.md' && /does not exist/.test(d.message)));
  });

  it('an unreadable folder is reported (when permissions apply: not as root)', function () {
    if (process.getuid?.() === 0) this.skip();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/n.md'), INTERVIEW);
    chmodSync(join(dir, 'locked'), 0);
    try {
      assert.ok(due(dir).problems.some((p) => p.file === 'locked' && /cannot be read/.test(p.message)));
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('a file that is not text is reported alike by due and check: UTF-16 by name, random bytes not at all', () => {
    writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(INTERVIEW, 'utf16le')]));
    writeFileSync(join(dir, 'random.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x80]));
    const problems = due(dir).problems;
    const diagnostics = check(dir);
    for (const file of ['utf16.md', 'random.md']) {
      assert.deepEqual(diagnostics.filter((d) => d.file === file).map((d) => d.message), problems.filter((p) => p.file === file).map((p) => p.message.replace(/^line \d+: /, '')), file);
    }
    assert.ok(problems.some((p) => p.file === 'utf16.md' && /UTF-16/.test(p.message)));
    assert.ok(!problems.some((p) => p.file === 'random.md'));
  });

  it('a file name that is not UTF-8 (Latin-1) is still read, by due and by check, under a name that keeps its bytes', () => {
    const name = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    writeFileSync(name, INTERVIEW.replace('Acme', 'Latin Co'));
    const report = due(dir);
    assert.ok(report.actions.some((a) => a.company === 'Latin Co' && a.file === 'caf\udce9.md'), JSON.stringify(report.actions));
    assert.deepEqual(report.problems, []);
    const diagnostics = check(dir);
    assert.ok(!diagnostics.some((d) => d.file === 'caf\udce9.md' && d.code === 'front-matter-invalid'), JSON.stringify(diagnostics));
    const table = cli(['due', dir, '--today', '2026-11-25'], dir).stdout;
    assert.match(table, /caf\\udce9\.md/, 'the table shows the byte as an escape');
  });

  it('names that differ only in bytes that are not UTF-8 stay separate notes', () => {
    for (const [byte, company] of [[0xe9, 'First Co'], [0xe8, 'Second Co'], [0xff, 'Third Co']] as const) {
      writeFileSync(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([byte]), Buffer.from('.md')]), INTERVIEW.replace('Acme', company));
    }
    const report = due(dir);
    const files = new Map(report.actions.filter((a) => a.file?.startsWith('caf')).map((a) => [a.company, a.file]));
    assert.deepEqual(Object.fromEntries(files), { 'First Co': 'caf\udce9.md', 'Second Co': 'caf\udce8.md', 'Third Co': 'caf\udcff.md' });
  });

  it('a flood of aliases in one 64 KB note is bounded work', () => {
    let fm = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\na: &a x\nlist:\n';
    while (fm.length < 60_000) fm += '  - *a\n';
    writeFileSync(join(dir, 'aliases.md'), `${fm}---\nBody\n`);
    const r = cli(['due', dir, '--today', '2026-11-25', '--json'], dir);
    const c = cli(['check', 'aliases.md', '--today', '2026-11-25', '--json'], dir);
    assert.ok(r.ms < 10_000 && c.ms < 10_000, `due ${r.ms} ms, check ${c.ms} ms`);
  });

  it('control characters in names and file names never reach the terminal or the calendar raw', () => {
    writeFileSync(join(dir, 'evil\u001b]0;owned\u0007.md'), INTERVIEW.replace('company: Acme', 'company: "Evil\\e[2J\\rBEGIN:VEVENT\\u202eCo"'));
    const table = cli(['due', dir, '--today', '2026-11-25'], dir).stdout;
    assert.doesNotMatch(table, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    assert.match(table, /Evil\\u001b\[2J BEGIN:VEVENT\\u202eCo/);
    const ics = cli(['ics', dir, '--today', '2026-11-25'], dir).stdout;
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'no line break but CRLF between content lines');
    assert.equal(ics.match(/^BEGIN:VEVENT/gm)?.length, ics.match(/^END:VEVENT/gm)?.length);
    assert.doesNotMatch(ics, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  it('limits are counted in bytes, the same everywhere: an 80 KB front-matter of 40,000 characters is too large for due and for check', () => {
    writeFileSync(join(dir, 'wide.md'), `---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\nnotes: ${'é'.repeat(40_000)}\n---\nBody\n`);
    const problem = due(dir).problems.find((p) => p.file === 'wide.md');
    assert.match(problem?.message ?? '', /larger than 64 KB/);
    const diagnostic = check(dir, ['wide.md']).find((d) => d.file === 'wide.md');
    assert.match(diagnostic?.message ?? '', /larger than 64 KB/);
  });

  it('output order does not depend on the locale', () => {
    for (const company of ['Zeta', 'Ångström', 'Äpple', 'Alpha']) writeFileSync(join(dir, `${company}.md`), INTERVIEW.replace('Acme', company));
    const outputs = ['sv_SE.UTF-8', 'en_US.UTF-8', 'C'].map((LANG) => cli(['due', dir, '--today', '2026-11-25', '--json'], dir, { LANG, LC_ALL: LANG }).stdout);
    assert.equal(outputs[1], outputs[0]);
    assert.equal(outputs[2], outputs[0]);
  });

  it('links: a link to a note is read, a link to a folder is reported and not followed', () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/linked-target.md'), INTERVIEW.replace('Acme', 'Linked Co'));
    symlinkSync(join(dir, 'real/linked-target.md'), join(dir, 'link.md'));
    symlinkSync(join(dir, 'real'), join(dir, 'folder-link'));
    symlinkSync(dir, join(dir, 'real/loop'));
    const report = due(dir);
    assert.ok(report.actions.some((a) => a.file === 'link.md' && a.company === 'Linked Co'));
    assert.ok(!report.actions.some((a) => a.file?.startsWith('folder-link/')));
    assert.ok(report.problems.some((p) => p.file === 'folder-link' && /link to a folder/.test(p.message)));
    assert.ok(report.problems.some((p) => p.file === 'real/loop' && /link to a folder/.test(p.message)));
  });

  it('an absolute notesFolder inside the folder is used; one outside it is reported', () => {
    mkdirSync(join(dir, 'notes'));
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, 'notes/n.md'), INTERVIEW.replace('Acme', 'Inside Co'));
    writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'interviewFollowUp.notesFolder': join(dir, 'notes') }));
    assert.deepEqual([...new Set(due(dir).actions.map((a) => a.file))], ['notes/n.md', null]);
    writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'interviewFollowUp.notesFolder': tmpdir() }));
    assert.ok(due(dir).problems.some((p) => /outside the folder/.test(p.message)));
  });

  it('check reads settings and the word list from the nearest folder with .vscode/settings.json', () => {
    mkdirSync(join(dir, 'journal/.vscode'), { recursive: true });
    writeFileSync(join(dir, 'journal/.vscode/settings.json'), '{}');
    writeFileSync(join(dir, 'journal/.vscode/interview-words.txt'), 'zorblat\n');
    writeFileSync(join(dir, 'journal/n.md'), INTERVIEW.replace('Notes.', 'We discussed zorblat and quuxify.'));
    const diagnostics = check(dir, ['journal/n.md']);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'spelling').map((d) => d.message.match(/"(\w+)"/)?.[1]), ['quuxify']);
    assert.equal(diagnostics[0].file, 'journal/n.md', 'files are shown relative to where check runs');
    assert.equal(readFileSync(join(dir, 'journal/n.md'), 'utf8').includes('zorblat'), true);
  });
});
