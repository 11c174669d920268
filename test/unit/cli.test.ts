import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli';
import { note } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const JOURNAL = join(ROOT, 'test/fixtures/journal');
const CLI = join(ROOT, 'out/src/cli.js');

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, (text) => (out += text));
  return { code, out };
}

function runProcess(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('interview-followup due', () => {
  it('lists the sample journal\'s actions as computed by hand', async () => {
    const { code, out } = await run(['due', JOURNAL, '--today', '2026-11-25', '--json']);
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.today, '2026-11-25');
    const rows = report.actions.map((a: Record<string, string | null>) => [a.kind, a.file, a.person, a.due, a.opens, a.state].join(' | '));
    assert.deepEqual(rows, [
      // Globex: phone screen 2026-11-10 with no decision date asked.
      'ask-decision-date | interviews/2026-11-10-globex.md |  | 2026-11-10 |  | overdue',
      // Acme: Thu 2026-11-19; BD(D, 1) = Fri 11-20; BD(D, 2) = Mon 11-23.
      'alert-references | interviews/2026-11-19-acme.md | Dana Lee, Sam Ortiz | 2026-11-20 |  | overdue',
      'thank-you | interviews/2026-11-19-acme.md | Chidi Okonkwo | 2026-11-23 |  | overdue',
      'thank-you | interviews/2026-11-19-acme.md | Raj Patel | 2026-11-23 |  | overdue',
      // Initech rejected on Fri 11-20: BD(11-20, 2) = Tue 11-24.
      'network | interviews/2026-11-02-initech.md |  | 2026-11-24 |  | overdue',
      // Umbrella's offer on Mon 11-23: BD(11-23, 1) = Tue 11-24, for each interview still waiting.
      'leverage-offer | interviews/2026-11-10-globex.md |  | 2026-11-24 |  | overdue',
      'leverage-offer | interviews/2026-11-19-acme.md |  | 2026-11-24 |  | overdue',
      // Hooli: Gavin Belson has no title.
      'record-interviewer | interviews/2026-11-24-hooli.md |  | 2026-11-24 |  | overdue',
      'leverage-offer | interviews/2026-11-24-hooli.md |  | 2026-11-24 |  | overdue',
      // Acme call: D + 10 = Sun 11-29, back over the weekend and the Thanksgiving holidays (26, 27) to Wed 11-25.
      'follow-up-call | interviews/2026-11-19-acme.md |  | 2026-11-25 | 2026-11-25 | today',
      // Globex asked to call back after the 30th.
      'follow-up-again | interviews/2026-11-10-globex.md |  | 2026-11-30 |  | upcoming',
      // Hooli: Tue 11-24 + 2 business days, skipping the holidays and the weekend.
      'thank-you | interviews/2026-11-24-hooli.md | Gavin Belson | 2026-11-30 |  | upcoming',
      'thank-you | interviews/2026-11-24-hooli.md | Monica Hall | 2026-11-30 |  | upcoming',
      // Hooli call: min(D + 10 = 12-04, BD(decision 12-01, 1) = 12-02); opens min(D + 7, due) = 12-01.
      'follow-up-call | interviews/2026-11-24-hooli.md |  | 2026-12-02 | 2026-12-01 | upcoming',
    ]);
    assert.deepEqual(Object.keys(report.actions[0]), ['kind', 'file', 'company', 'person', 'title', 'due', 'opens', 'state']);
    assert.deepEqual(report.problems, [{
      file: 'interviews/2026-11-24-hooli.md',
      message: 'line 14: Interviewer Gavin Belson has no title: get the correct name and title of everyone who interviewed you.',
    }]);
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['due', JOURNAL, '--today', '2026-11-25']);
    assert.equal(code, 0);
    assert.match(out, /^Follow-ups as of 2026-11-25: 14 open, 9 overdue/);
    assert.match(out, /2026-11-23 +overdue +Send a thank-you note to Raj Patel at Acme … +interviews\/2026-11-19-acme\.md/);
    for (const line of out.split('\n')) if (!line.startsWith('  ')) assert.ok([...line].length <= 100, `fits 100 columns: ${line}`);
    assert.match(out, /Problems \(1\):\n {2}interviews\/2026-11-24-hooli\.md: line 14:/);
  });

  it('gives the same answer in every time zone', function () {
    this.timeout(60_000);
    const outputs = ['America/Los_Angeles', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((TZ) => {
      const r = runProcess(['due', JOURNAL, '--today', '2026-11-25', '--json'], { TZ });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    });
    for (const out of outputs) assert.equal(out, outputs[0]);
  });

  it('reads settings and the notes folder from .vscode/settings.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifu-cli-'));
    try {
      mkdirSync(join(dir, '.vscode'));
      mkdirSync(join(dir, 'notes'));
      mkdirSync(join(dir, 'elsewhere'));
      writeFileSync(join(dir, '.vscode/settings.json'), '{\n  // comment\n  "interviewFollowUp.notesFolder": "notes",\n  "interviewFollowUp.thankYouBusinessDays": 1,\n  "interviewFollowUp.followUpIntervalDays": "often",\n}\n');
      const interview = note(['type: interview', 'company: A', 'date: 2026-11-19', 'interviewers:', '  - name: Jo', '    title: CTO']);
      writeFileSync(join(dir, 'notes/a.md'), interview);
      writeFileSync(join(dir, 'elsewhere/b.md'), interview);
      const report = JSON.parse((await run(['due', dir, '--today', '2026-11-25', '--json'])).out);
      const thanks = report.actions.filter((a: { kind: string }) => a.kind === 'thank-you');
      assert.deepEqual(thanks.map((a: { file: string; due: string }) => [a.file, a.due]), [['notes/a.md', '2026-11-20']]);
      assert.deepEqual(report.problems, [{ file: '.vscode/settings.json', message: 'interviewFollowUp.followUpIntervalDays must be a whole number of days from 1 to 365; using the default 7' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips node_modules, .git and hidden folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifu-cli-'));
    try {
      const interview = note(['type: interview', 'company: A', 'date: 2026-11-19', 'interviewers:', '  - name: Jo', '    title: CTO']);
      for (const sub of ['node_modules/pkg', '.git', '.obsidian', 'kept']) {
        mkdirSync(join(dir, sub), { recursive: true });
        writeFileSync(join(dir, sub, 'n.md'), interview);
      }
      const report = JSON.parse((await run(['due', dir, '--today', '2026-11-25', '--json'])).out);
      assert.deepEqual([...new Set(report.actions.map((a: { file: string | null }) => a.file))], ['kept/n.md', null]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on bad usage', () => {
    for (const args of [['due', JOURNAL, '--today', '2026-13-45'], ['due', JOURNAL, '--nope'], ['due', '/no/such/folder'], ['frobnicate'], []]) {
      const r = runProcess(args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    }
    assert.match(runProcess(['due', '--today', 'x']).stderr, /--today: Can't read "x" as a date\. Try 2026-11-19, today/);
    // What people type works as in the editor's prompts.
    assert.equal(runProcess(['due', JOURNAL, '--today', '25 Nov 2026', '--json']).status, 0);
  });
});

describe('interview-followup check', () => {
  function inFolder<T>(dir: string, fn: () => Promise<T>): Promise<T> {
    const before = process.cwd();
    process.chdir(dir);
    return fn().finally(() => process.chdir(before));
  }

  it('reports the sample journal\'s problems and exits 1 on errors', async () => {
    const { code, out } = await inFolder(JOURNAL, () => run(['check', '--today', '2026-11-25', '--json']));
    assert.equal(code, 1);
    const report = JSON.parse(out);
    const rows = report.diagnostics.map((d: Record<string, unknown>) => `${d.file}:${d.line}:${d.character} ${d.severity} ${d.code}`);
    assert.deepEqual(rows, [
      'interviews/2026-11-10-globex.md:5:0 information decision-date-missing',
      'interviews/2026-11-19-acme.md:14:10 warning thank-you-overdue',
      'interviews/2026-11-19-acme.md:16:10 warning thank-you-overdue',
      'interviews/2026-11-24-hooli.md:13:4 warning interviewer-incomplete',
      'letters/2026-11-19-acme-raj-patel.md:3:4 information recipient-address-missing',
      'letters/2026-11-19-acme-raj-patel.md:5:0 warning thank-you-overdue',
      'letters/2026-11-19-acme-raj-patel.md:11:71 error placeholder',
      'letters/2026-11-19-acme-raj-patel.md:13:0 error placeholder',
    ]);
    assert.deepEqual(Object.keys(report.diagnostics[0]), ['file', 'line', 'character', 'endLine', 'endCharacter', 'severity', 'code', 'message', 'fixes']);
    assert.deepEqual(report.diagnostics[1].fixes, [{ title: 'Mark sent today', edits: [{ line: 16, character: 0, endLine: 16, endCharacter: 0, newText: '    thank_you_sent: 2026-11-25\n' }] }]);
  });

  it('checks only the given paths, exits 0 without errors, and suggests spellings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifu-check-'));
    try {
      writeFileSync(join(dir, 'i.md'), note(['type: interview', 'company: Acme', 'date: 2026-11-19', 'decision_expected: 2026-12-01', 'interviewers:', '  - name: Jo Park', '    title: CTO', '    thank_you_sent: 2026-11-19'], 'We talked about the migraton.\n'));
      writeFileSync(join(dir, 'other.md'), '---js\n{ type: "interview" }\n---\n');
      const { code, out } = await inFolder(dir, () => run(['check', 'i.md', '--today', '2026-11-20', '--json']));
      assert.equal(code, 0);
      const [d] = JSON.parse(out).diagnostics;
      assert.equal(d.code, 'spelling');
      assert.equal(d.fixes[0].title, 'Change to "migration"');
      assert.equal(d.fixes.at(-1).title, 'Add "migraton" to the word list');
      const all = await inFolder(dir, () => run(['check', '--today', '2026-11-20']));
      assert.equal(all.code, 1);
      assert.match(all.out, /other\.md:1:1 +error +front-matter-unsafe/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for a path that does not exist', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'no-such-note.md'], { encoding: 'utf8', cwd: JOURNAL });
    assert.equal(r.status, 2);
  });
});

describe('the schedule suite in other time zones', () => {
  if (process.env.IFU_TZ_CHILD) return;
  for (const TZ of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
    it(`passes unchanged with TZ=${TZ}`, function () {
      this.timeout(60_000);
      const files = ['schedule', 'businessDays', 'days', 'note'].map((f) => join(ROOT, `out/test/unit/${f}.test.js`));
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--timeout', '30000', '--reporter', 'dot', ...files], {
        encoding: 'utf8',
        env: { ...process.env, TZ, IFU_TZ_CHILD: '1' },
      });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /[1-9]\d* passing/);
    });
  }
});
