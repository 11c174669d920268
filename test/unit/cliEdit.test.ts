import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli';
import { planNoteCommand } from '../../src/core/edits/noteCommands';
import { day } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'out/src/cli.js');

const NOTE = [
  '---',
  'type: interview   # onsite',
  'company: Acme Corp',
  'date: 2026-11-19',
  'interviewers:',
  '  - name: Jane Smith',
  '    title: Engineering Manager',
  '  - name: Raj Patel',
  '    title: Staff Engineer',
  'follow_ups:',
  '  - date: 2026-11-20',
  '    via: email',
  '---',
  'Body stays.',
  '',
].join('\n');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (t) => (out += t), (t) => (err += t));
  return { code, out, err };
}

describe('the CLI writing verbs (the VS Code commands\' edits)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ifu-edit-'));
    file = join(dir, 'acme.md');
    writeFileSync(file, NOTE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('mark-done writes thank_you_sent on that interviewer only, as the command does', async () => {
    const r = await run(['mark-done', file, 'thank-you', '--person', 'Raj Patel', '--today', '2026-11-25']);
    assert.equal(r.code, 0, r.err);
    const expected = NOTE.replace('    title: Staff Engineer\n', '    title: Staff Engineer\n    thank_you_sent: 2026-11-25\n');
    assert.equal(readFileSync(file, 'utf8'), expected);
    const command = planNoteCommand(NOTE, { verb: 'mark-done', kind: 'thank-you', person: 'Raj Patel', day: day('2026-11-25') });
    assert.ok(command.ok && command.text === expected, 'the same edit as the VS Code command');
    assert.match(r.out, /acme\.md:10: recorded thank_you_sent: 2026-11-25 on Raj Patel/);
  });

  it('mark-done of other kinds writes references_alerted or done.<kind> (with --force when they are not open)', async () => {
    assert.equal((await run(['mark-done', file, 'alert-references', '--today', '2026-11-25', '--force'])).code, 0);
    assert.equal((await run(['mark-done', file, 'network', '--today', '2026-11-26', '--force'])).code, 0);
    assert.equal(readFileSync(file, 'utf8'), NOTE.replace('    via: email\n---', '    via: email\nreferences_alerted: 2026-11-25\ndone:\n  network: 2026-11-26\n---'));
  });

  it('snooze, log, outcome and sent make exactly their edits', async () => {
    assert.equal((await run(['snooze', file, 'follow-up-again', '--until', '2026-12-01', '--today', '2026-11-25'])).code, 0);
    assert.equal((await run(['log', file, '--date', '2026-11-25', '--via', 'phone', '--note', 'Spoke with Jane: news Friday', '--next', '2026-11-27', '--today', '2026-11-25'])).code, 0);
    assert.equal((await run(['outcome', file, 'offer', '--date', '2026-11-26'])).code, 0);
    assert.equal(readFileSync(file, 'utf8'), NOTE.replace('    via: email\n---', [
      '    via: email',
      '  - date: 2026-11-25',
      '    via: phone',
      '    note: "Spoke with Jane: news Friday"',
      '    next: 2026-11-27',
      'snooze:',
      '  follow-up-again: 2026-12-01',
      'status: offer',
      'status_date: 2026-11-26',
      '---',
    ].join('\n')));
    const letter = join(dir, 'letter.md');
    writeFileSync(letter, '\ufeff---\r\ntype: thank-you\r\ninterview: acme.md\r\nto: Jane Smith\r\nsent:   # not yet\r\n---\r\nDear Jane,\r\n');
    assert.equal((await run(['sent', letter, '--date', '2026-11-21'])).code, 0);
    assert.equal(readFileSync(letter, 'utf8'), '\ufeff---\r\ntype: thank-you\r\ninterview: acme.md\r\nto: Jane Smith\r\nsent: 2026-11-21   # not yet\r\n---\r\nDear Jane,\r\n', 'BOM, CRLF and the comment kept');
  });

  it('--dry-run prints a unified diff and leaves the file alone', async () => {
    const r = await run(['outcome', file, 'rejected', '--date', '2026-11-25', '--dry-run']);
    assert.equal(r.code, 0);
    assert.equal(readFileSync(file, 'utf8'), NOTE);
    assert.match(r.out, /^--- .*acme\.md\tbefore\n\+\+\+ .*acme\.md\tafter\n@@ -10,\d+ \+10,\d+ @@\n/m);
    assert.match(r.out, /\n\+status: rejected\n\+status_date: 2026-11-25\n/);
  });

  it('refuses with exit 1, a message naming the line, and the file byte for byte unchanged', () => {
    const cases: [string, string[], RegExp][] = [
      ['an alias it cannot edit safely', ['outcome', 'X', 'offer'], /acme\.md:\d+: not changed: .*alias/],
      ['a person not in the note', ['mark-done', 'X', 'thank-you', '--person', 'Bo Diaz'], /not changed: Bo Diaz is not among the interviewers/],
      ['a letter verb on an interview', ['sent', 'X'], /not changed: Only a thank-you letter/],
    ];
    const aliased = NOTE.replace('company: Acme Corp', 'company: Acme Corp\nstatus: &s waiting\nstage: *s');
    for (const [label, args, message] of cases) {
      writeFileSync(file, aliased);
      const before = readFileSync(file);
      const r = spawnSync(process.execPath, [CLI, ...args.map((a) => (a === 'X' ? file : a))], { encoding: 'utf8' });
      assert.equal(r.status, 1, `${label}: ${r.stderr}`);
      assert.match(r.stderr, message, label);
      assert.deepEqual(readFileSync(file), before, `${label}: unchanged`);
    }
    const latin1 = Buffer.from('---\ntype: interview\ncompany: Caf\xe9\ndate: 2026-11-19\n---\n', 'latin1');
    writeFileSync(file, latin1);
    const r = spawnSync(process.execPath, [CLI, 'outcome', file, 'offer'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not changed: The file is not valid UTF-8/);
    assert.deepEqual(readFileSync(file), latin1);
  });

  it('edits through a symbolic link without replacing the link', async () => {
    const link = join(dir, 'link.md');
    symlinkSync(file, link);
    assert.equal((await run(['mark-done', link, 'network', '--today', '2026-11-25', '--force'])).code, 0);
    assert.match(readFileSync(file, 'utf8'), /done:\n {2}network: 2026-11-25\n---/);
    assert.equal(readFileSync(link, 'utf8'), readFileSync(file, 'utf8'));
  });

  it('exits 2 for bad usage: an unknown kind or status, a missing flag, a snooze in the past', () => {
    for (const args of [
      ['mark-done', file, 'thank-yous'],
      ['outcome', file, 'hired'],
      ['snooze', file, 'network'],
      ['snooze', file, 'network', '--until', '2026-11-20', '--today', '2026-11-25'],
      ['log', file, '--date', '2026-11-25'],
      ['log', file, '--date', '2026-11-25', '--via', 'pigeon'],
      ['sent'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(readFileSync(file, 'utf8'), NOTE);
    }
  });

  it('sent refuses a letter with error-level problems unless --force, as Mark Letter Sent asks first', async () => {
    writeFileSync(join(dir, 'acme.md'), NOTE);
    const letter = join(dir, 'draft.md');
    const draft = '---\ntype: thank-you\ninterview: acme.md\nto: Raj Patel\nvia: email\nsent:\n---\nDear Raj,\n\nThank you for {{the topic}}.\n';
    writeFileSync(letter, draft);
    const r = await run(['sent', letter, '--date', '2026-11-20', '--today', '2026-11-20']);
    assert.equal(r.code, 1);
    assert.match(r.err, /not changed: 1 placeholder is unfilled; run again with --force/);
    assert.equal(readFileSync(letter, 'utf8'), draft);
    assert.equal((await run(['sent', letter, '--date', '2026-11-20', '--today', '2026-11-20', '--force'])).code, 0);
    assert.match(readFileSync(letter, 'utf8'), /\nsent: 2026-11-20\n/);
  });

  it('never writes over a date already recorded: nothing changed, said so', async () => {
    const thanked = NOTE.replace('    title: Staff Engineer\n', '    title: Staff Engineer\n    thank_you_sent: 2026-11-20\n');
    writeFileSync(file, thanked);
    const r = await run(['mark-done', file, 'thank-you', '--person', 'Raj Patel', '--today', '2026-11-25']);
    assert.equal(r.code, 0);
    assert.match(r.out, /nothing changed: already recorded: thank_you_sent: 2026-11-20 on Raj Patel/);
    assert.equal(readFileSync(file, 'utf8'), thanked);
    const letter = join(dir, 'letter.md');
    writeFileSync(letter, '---\ntype: thank-you\ninterview: acme.md\nto: Raj Patel\nsent: 2026-11-20\n---\nDear Raj,\n');
    assert.match((await run(['sent', letter, '--date', '2026-11-25'])).out, /nothing changed: already recorded: sent: 2026-11-20/);
  });

  it('refuses a contact or an outcome dated after today, and a check-back day before the contact', () => {
    for (const args of [
      ['log', file, '--date', 'tomorrow', '--via', 'phone'],
      ['log', file, '--date', '2026-11-20', '--via', 'phone', '--next', '2026-11-19', '--today', '2026-11-25'],
      ['outcome', file, 'offer', '--date', 'in 3 days'],
      ['mark-done', '/no/such/note.md', 'network'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /ENOENT|\n\s+at /);
    }
    assert.equal(readFileSync(file, 'utf8'), NOTE);
  });

  it('refuses a kind that is not open on the note, with the reason (exit 1), unless --force', async () => {
    // Waiting: no network action exists yet, so there is nothing to mark done.
    const r = await run(['mark-done', file, 'network', '--today', '2026-11-25']);
    assert.equal(r.code, 1);
    assert.match(r.err, /acme\.md: not changed: network is not open on this note \(status: waiting\): it is open after a rejection \(status: rejected\)\. Run again with --force to record it anyway\./);
    assert.equal(readFileSync(file, 'utf8'), NOTE);
    const dry = await run(['mark-done', file, 'network', '--today', '2026-11-25', '--dry-run']);
    assert.equal(dry.code, 1, 'the dry run refuses as the real run does');
    assert.equal((await run(['snooze', file, 'withdraw', '--until', '2026-12-01', '--today', '2026-11-25'])).code, 1);
    assert.equal(readFileSync(file, 'utf8'), NOTE);
  });

  it('mark-done thank-you needs no --person when one interviewer is left unthanked (a sent letter counts), and --person takes a first name', async () => {
    writeFileSync(join(dir, 'jane.md'), '---\ntype: thank-you\ninterview: acme.md\nto: Jane Smith\nvia: email\nsent: 2026-11-20\n---\nDear Jane,\n');
    const r = await run(['mark-done', file, 'thank-you', '--today', '2026-11-25']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /recorded thank_you_sent: 2026-11-25 on Raj Patel/);
    writeFileSync(file, NOTE);
    rmSync(join(dir, 'jane.md'));
    const first = await run(['mark-done', file, 'thank-you', '--person', 'jane', '--today', '2026-11-25', '--dry-run']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /\n {5}title: Engineering Manager\n\+ {4}thank_you_sent: 2026-11-25\n/);
  });

  it('log --via and outcome take any case', async () => {
    assert.equal((await run(['log', file, '--date', '2026-11-25', '--via', 'Phone', '--today', '2026-11-25'])).code, 0);
    assert.equal((await run(['outcome', file, 'Rejected', '--date', '2026-11-25', '--today', '2026-11-25'])).code, 0);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /  - date: 2026-11-25\n {4}via: phone\n/);
    assert.match(text, /\nstatus: rejected\nstatus_date: 2026-11-25\n/);
    const bad = spawnSync(process.execPath, [CLI, 'log', file, '--date', '2026-11-25', '--via', 'pigeon'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--via: "pigeon" is not a way of contacting them/);
  });

  it('outcome with the status the note already has changes nothing and says since when', async () => {
    const rejected = NOTE.replace('company: Acme Corp\n', 'company: Acme Corp\nstatus: rejected\nstatus_date: 2026-11-23\n');
    writeFileSync(file, rejected);
    const r = await run(['outcome', file, 'rejected', '--today', '2026-11-25']);
    assert.equal(r.code, 0);
    assert.match(r.out, /nothing changed: already rejected since 2026-11-23/);
    assert.equal(readFileSync(file, 'utf8'), rejected);
  });

  it('outcome accepted says which other interviews now have a withdraw action', async () => {
    writeFileSync(join(dir, 'globex.md'), NOTE.replace('Acme Corp', 'Globex'));
    writeFileSync(join(dir, 'initech.md'), NOTE.replace('Acme Corp', 'Initech').replace('company: Initech\n', 'company: Initech\nstatus: rejected\n'));
    const r = await run(['outcome', file, 'accepted', '--today', '2026-11-25']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\nOne other interview now has a Withdraw action \(Globex\)/);
  });

  it('sent --dry-run makes the guard\'s check and exits as the real run would', async () => {
    const letter = join(dir, 'draft.md');
    const draft = '---\ntype: thank-you\ninterview: acme.md\nto: Raj Patel\nvia: email\nsent:\n---\nDear Raj,\n\nThank you for {{the topic}}.\n';
    writeFileSync(letter, draft);
    const r = await run(['sent', letter, '--date', '2026-11-20', '--today', '2026-11-20', '--dry-run']);
    assert.equal(r.code, 1);
    assert.match(r.err, /1 placeholder is unfilled/);
    assert.equal(r.out, '');
    const forced = await run(['sent', letter, '--date', '2026-11-20', '--today', '2026-11-20', '--dry-run', '--force']);
    assert.equal(forced.code, 0);
    assert.match(forced.out, /\+sent: 2026-11-20/);
    assert.equal(readFileSync(letter, 'utf8'), draft);
  });

  it('--version and --help', async () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    assert.equal((await run(['--version'])).out, `${version}\n`);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    for (const verb of ['due', 'check', 'ics', 'mark-done', 'snooze', 'log', 'outcome', 'sent', '--version']) assert.match(help.out, new RegExp(`interview-followup ${verb}\\b`));
  });
});
