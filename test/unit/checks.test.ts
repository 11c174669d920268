import assert from 'node:assert/strict';
import { plainRange } from '../../src/core/shared/span';
import { checkNote } from '../../src/core/checks/checkNote';
import { knownWords } from '../../src/core/checks/knownWords';
import type { NoteDiagnostic } from '../../src/core/checks/types';
import { scheduleContext } from '../../src/core/schedule/schedule';
import { loadSpellChecker } from '../../src/node/dictionary';
import { acmeInterview, day, indexOf, note, settings } from './helpers';

const speller = loadSpellChecker(__dirname)!;

const INTERVIEW = acmeInterview();

const CLEAN_LETTER_BODY = `Dear Daniela García,

Thank you for taking the time to meet with me on Thursday about the Platform Engineer position
at Acme Corp. I enjoyed our conversation about the billing migration and the way your team
shares on-call work.

My experience building reliable payment systems fits the work you described, and I would
welcome the chance to bring it to Acme Corp. Details are at https://example.com/portfolio and
you can reach me at sam.candidate@example.com.

Best regards,
Sam Candidate
`;

function letter(fields: string[], body = CLEAN_LETTER_BODY): string {
  return note(['type: thank-you', 'interview: ../interview.md', ...fields], body);
}

async function check(files: Record<string, string>, file: string, today = '2026-11-20', extra: { letterTexts?: boolean; words?: string[] } = {}): Promise<NoteDiagnostic[]> {
  const index = await indexOf(files);
  return checkNote({
    file,
    text: files[file],
    index,
    context: scheduleContext(day(today), settings()),
    knownWords: knownWords(index, { words: extra.words ?? [], senderName: '' }),
    speller,
    letterTexts: extra.letterTexts ? new Map(Object.entries(files)) : undefined,
  });
}

const codes = (ds: NoteDiagnostic[]) => ds.map((d) => d.code);
const only = (ds: NoteDiagnostic[], code: string) => ds.filter((d) => d.code === code);

describe('letter checks', () => {
  const files = (l: string, extra: Record<string, string> = {}) => ({ 'interview.md': INTERVIEW, 'letters/a.md': l, ...extra });

  it('a correct letter to a person with a non-English name has no diagnostic at all', async () => {
    assert.deepEqual(await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'])), 'letters/a.md'), []);
  });

  it('spelling: flags a misspelt word, with a word-list fix, and not names, URLs or e-mail addresses', async () => {
    const body = CLEAN_LETTER_BODY.replace('conversation', 'convresation');
    const ds = await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    assert.deepEqual(codes(ds), ['spelling']);
    assert.equal(ds[0].word, 'convresation');
    assert.deepEqual(plainRange(ds[0].range), { start: { line: 10, character: 28 }, end: { line: 10, character: 40 } });
    assert.ok(speller.suggest('convresation').includes('conversation'));
    assert.equal(ds[0].fixes[0].kind, 'command');
  });

  it('spelling: words from the word list are known', async () => {
    const body = CLEAN_LETTER_BODY.replace('billing migration', 'zorblatt migration');
    const l = letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body);
    assert.deepEqual(codes(await check(files(l), 'letters/a.md')), ['spelling']);
    assert.deepEqual(codes(await check(files(l), 'letters/a.md', '2026-11-20', { words: ['zorblatt'] })), []);
  });

  it('confused-word: "manger" is meant as "manager"', async () => {
    const body = CLEAN_LETTER_BODY.replace('your team', 'the hiring manger');
    const ds = await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    assert.deepEqual(codes(ds), ['confused-word']);
    const fix = ds[0].fixes[0];
    assert.ok(fix.kind === 'edit' && fix.edits[0].newText === 'manager');
  });

  it('wrong-recipient: `to` names someone who did not interview you', async () => {
    const ds = await check(files(letter(['to: Bob Stone', 'via: email', 'sent: 2026-11-20'], CLEAN_LETTER_BODY.replace('Daniela García,', 'Bob,'))), 'letters/a.md');
    assert.ok(only(ds, 'wrong-recipient').length >= 1);
    assert.match(only(ds, 'wrong-recipient')[0].message, /not among the interviewers/);
  });

  it('wrong-recipient: a near miss of the name, in `to` and in the greeting, with the right name as fix', async () => {
    const body = CLEAN_LETTER_BODY.replace('Dear Daniela García,', 'Dear Mr. Okonkow,');
    const ds = await check(files(letter(['to: Chidi Okonkow', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    const wrong = only(ds, 'wrong-recipient');
    assert.equal(wrong.length, 2);
    const fixTexts = wrong.map((d) => (d.fixes[0].kind === 'edit' ? d.fixes[0].edits[0].newText : ''));
    assert.deepEqual(fixTexts, ['Chidi Okonkwo', 'Okonkwo']);
    assert.ok(!codes(ds).includes('spelling'), 'the name is not also a spelling error');
  });

  it('wrong-recipient: an accent missing from the name', async () => {
    const body = CLEAN_LETTER_BODY.replace('Dear Daniela García,', 'Dear Ms. Garcia,');
    const ds = await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    assert.deepEqual(codes(ds), ['wrong-recipient']);
  });

  it('wrong-recipient: greeting another interviewer than the letter is to', async () => {
    const body = CLEAN_LETTER_BODY.replace('Dear Daniela García,', 'Dear Chidi,');
    assert.deepEqual(codes(await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md')), ['wrong-recipient']);
  });

  it('company-misspelled: a near miss of the company, with the right name as fix', async () => {
    const body = CLEAN_LETTER_BODY.replace('bring it to Acme Corp', 'bring it to Acmee Corp');
    const ds = await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    assert.deepEqual(codes(ds), ['company-misspelled']);
    assert.ok(ds[0].fixes[0].kind === 'edit' && ds[0].fixes[0].edits[0].newText === 'Acme');
  });

  it('thank-you-overdue and thank-you-late', async () => {
    // Daniela's address is known, so an unsent e-mail to her is not also missing one.
    const addressed = (l: string) => ({ ...files(l), 'interview.md': INTERVIEW.replace('    title: Engineering Manager', '    title: Engineering Manager\n    email: daniela@acme.example') });
    const unsent = await check(addressed(letter(['to: Daniela García', 'via: email', 'sent:'])), 'letters/a.md', '2026-11-24');
    assert.deepEqual(codes(unsent), ['thank-you-overdue']);
    assert.equal(unsent[0].fixes[0].kind === 'edit' && unsent[0].fixes[0].edits[0].newText, ' 2026-11-24');
    assert.deepEqual(codes(await check(addressed(letter(['to: Daniela García', 'via: email', 'sent:'])), 'letters/a.md', '2026-11-23')), []);
    assert.deepEqual(codes(await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-24'])), 'letters/a.md', '2026-11-25')), ['thank-you-late']);
  });

  it('similar-letters: over 90 % alike to another letter for the same interview', async () => {
    const other = letter(['to: Chidi Okonkwo', 'via: email', 'sent: 2026-11-20'], CLEAN_LETTER_BODY.replace('Daniela García', 'Chidi Okonkwo'));
    const mine = letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20']);
    const ds = await check(files(mine, { 'letters/b.md': other }), 'letters/a.md', '2026-11-20', { letterTexts: true });
    assert.deepEqual(codes(ds), ['similar-letters']);
    const varied = letter(['to: Chidi Okonkwo', 'via: email', 'sent: 2026-11-20'], 'Dear Chidi Okonkwo,\n\nIt was a pleasure to hear how the platform group plans to grow next year.\nI would love to help build it.\n\nKind regards,\nSam\n');
    assert.deepEqual(codes(await check(files(mine, { 'letters/b.md': varied }), 'letters/a.md', '2026-11-20', { letterTexts: true })), []);
  });

  it('placeholder: an unfilled {{…}} is an error', async () => {
    const body = CLEAN_LETTER_BODY.replace('the billing migration', '{{a topic you discussed}}');
    const ds = await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    assert.deepEqual(codes(ds), ['placeholder']);
    assert.equal(ds[0].severity, 'error');
  });

  it('desperate-tone: a hint on phrases that read as desperate', async () => {
    const body = CLEAN_LETTER_BODY.replace('Best regards', 'I really need this job. Best regards');
    const ds = await check(files(letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], body)), 'letters/a.md');
    assert.deepEqual(codes(ds), ['desperate-tone']);
    assert.equal(ds[0].severity, 'hint');
  });

  it('medium-mismatch: `via` differs from the interview\'s contact_via', async () => {
    const ds = await check(files(letter(['to: Daniela García', 'via: fax', 'sent: 2026-11-20'])), 'letters/a.md');
    assert.deepEqual(codes(ds), ['medium-mismatch']);
    assert.ok(ds[0].fixes[0].kind === 'edit' && ds[0].fixes[0].edits[0].newText === 'email');
  });

  it('interview-link-broken: the link leads nowhere', async () => {
    const broken = note(['type: thank-you', 'interview: ../nowhere.md', 'to: Daniela García', 'via: email', 'sent: 2026-11-20'], CLEAN_LETTER_BODY);
    assert.deepEqual(codes(await check(files(broken), 'letters/a.md')), ['interview-link-broken']);
    const wiki = note(['type: thank-you', 'interview: "[[interview]]"', 'to: Daniela García', 'via: email', 'sent: 2026-11-20'], CLEAN_LETTER_BODY);
    assert.deepEqual(codes(await check(files(wiki), 'letters/a.md')), []);
  });
});

describe('interview note checks', () => {
  const interview = (lines: string[], body = 'Notes from the onsite.\n') => note(['type: interview', 'company: Acme Corp', 'date: 2026-11-19', ...lines], body);
  const people = ['interviewers:', '  - name: Jo Park', '    title: CTO', '    thank_you_sent: 2026-11-19'];

  it('a complete, up-to-date note has no diagnostic', async () => {
    assert.deepEqual(await check({ 'i.md': interview(['decision_expected: 2026-12-04', ...people]) }, 'i.md', '2026-11-20'), []);
  });

  it('decision-date-missing, with a fix that adds the key', async () => {
    const text = interview(people);
    const ds = await check({ 'i.md': text }, 'i.md', '2026-11-20');
    assert.deepEqual(codes(ds), ['decision-date-missing']);
    const fix = ds[0].fixes[0];
    assert.ok(fix.kind === 'edit' && fix.edits[0].newText === 'decision_expected: \n' && fix.edits[0].range.start.line === 8);
    assert.deepEqual(codes(await check({ 'i.md': interview([...people, 'status: rejected', 'status_date: 2026-11-20', 'done:', '  network: 2026-11-20']) }, 'i.md', '2026-11-20')), []);
  });

  it('decision-date-passed: waiting after the decision day', async () => {
    const ds = await check({ 'i.md': interview(['decision_expected: 2026-11-21', ...people, 'follow_ups:', '  - date: 2026-11-20']) }, 'i.md', '2026-11-24');
    assert.deepEqual(codes(ds), ['decision-date-passed']);
    // An offer accepted elsewhere: no patience to counsel, no follow-up overdue; the note owes a withdraw.
    const accepted = interview(['status: accepted', 'status_date: 2026-11-22', ...people]).replace(/company: [^\n]+/, 'company: Umbrella');
    const quiet = await check({ 'i.md': interview(['decision_expected: 2026-11-21', ...people, 'follow_ups:', '  - date: 2026-11-10']), 'u.md': accepted }, 'i.md', '2026-11-24');
    assert.deepEqual(codes(quiet), []);
    const control = await check({ 'i.md': interview(['decision_expected: 2026-11-21', ...people, 'follow_ups:', '  - date: 2026-11-10']) }, 'i.md', '2026-11-24');
    assert.deepEqual([...new Set(codes(control))].sort(), ['decision-date-passed', 'follow-up-overdue']);
  });

  it('thank-you-overdue on the interviewer, fixed by "Mark sent today"', async () => {
    const ds = await check({ 'i.md': interview(['decision_expected: 2026-12-04', 'interviewers:', '  - name: Jo Park', '    title: CTO']) }, 'i.md', '2026-11-24');
    assert.deepEqual(codes(ds), ['thank-you-overdue']);
    const fix = ds[0].fixes[0];
    assert.ok(fix.kind === 'edit' && fix.edits[0].newText === '    thank_you_sent: 2026-11-24\n');
  });

  it('follow-up-overdue, with a "Log follow-up" fix', async () => {
    const ds = await check({ 'i.md': interview(['decision_expected: 2026-12-04', ...people]) }, 'i.md', '2026-12-01');
    assert.deepEqual(codes(ds), ['follow-up-overdue']);
    assert.deepEqual(ds[0].fixes[0], { kind: 'command', title: 'Log follow-up…', command: 'logFollowUp' });
  });

  it('follow-up-too-soon: two follow-ups fewer than 3 business days apart', async () => {
    const lines = ['decision_expected: 2026-12-04', ...people, 'follow_ups:', '  - date: 2026-11-27', '  - date: 2026-11-30', '    next: 2026-12-10'];
    const ds = await check({ 'i.md': interview(lines) }, 'i.md', '2026-12-01');
    assert.deepEqual(codes(ds), ['follow-up-too-soon']);
    assert.equal(ds[0].range.start.line, 11);
    const spaced = ['decision_expected: 2026-12-04', ...people, 'follow_ups:', '  - date: 2026-11-24', '  - date: 2026-11-30', '    next: 2026-12-10'];
    assert.deepEqual(codes(await check({ 'i.md': interview(spaced) }, 'i.md', '2026-12-01')), []);
  });

  it('field-missing and field-invalid, with fixes', async () => {
    const ds = await check({ 'i.md': note(['type: interview', 'date: 2026-11-19', 'status: Waiting', 'decision_expected: 2026-12-04', ...people]) }, 'i.md');
    assert.deepEqual(codes(ds), ['field-missing', 'field-invalid']);
    assert.ok(ds[1].fixes[0].kind === 'edit' && ds[1].fixes[0].edits[0].newText === 'waiting');
  });

  it('interviewer-incomplete, front-matter-invalid and front-matter-unsafe come through', async () => {
    assert.ok(codes(await check({ 'i.md': interview(['decision_expected: 2026-12-04', 'interviewers:', '  - name: Jo']) }, 'i.md')).includes('interviewer-incomplete'));
    assert.deepEqual(codes(await check({ 'i.md': '---\ntype: [interview\n---\n' }, 'i.md')), ['front-matter-invalid']);
    assert.deepEqual(codes(await check({ 'i.md': '---js\n{ type: "interview" }\n---\n' }, 'i.md')), ['front-matter-unsafe']);
    // A file whose front-matter names neither note type is not a note: a broken template is not reported.
    assert.deepEqual(codes(await check({ 't.md': '---\ndate: {{date}}\ntags: [daily\n---\n' }, 't.md')), []);
    assert.deepEqual(codes(await check({ 't.md': '---js\n{}\n---\n' }, 't.md')), []);
  });

  it('spelling in the note body, not in front-matter or code', async () => {
    const body = 'They asked about recieve queues.\n\n```\nconst recieve = 1;\n```\n';
    const ds = await check({ 'i.md': interview(['decision_expected: 2026-12-04', ...people], body) }, 'i.md', '2026-11-20');
    assert.deepEqual(codes(ds), ['spelling']);
    assert.equal(ds[0].word, 'recieve');
  });

  it('plain Markdown files that are not notes get nothing', async () => {
    assert.deepEqual(await check({ 'r.md': '# Readme\n\nTypoo here.\n' }, 'r.md'), []);
  });
});

describe('checks of one note in bounded work', () => {
  it('a 47 KB note with 1,000 overdue interviewers: every thank-you reported, fixes planned for a few, each verified', async () => {
    const lines = ['type: interview', 'company: Acme', 'date: 2026-11-02', 'decision_expected: 2026-12-01', 'interviewers:'];
    for (let i = 0; i < 1000; i++) lines.push(`  - name: Person Number${i}`, '    title: Engineer');
    const text = note(lines);
    assert.ok(text.length > 45_000);
    const started = Date.now();
    const ds = await check({ 'a.md': text }, 'a.md', '2026-11-25');
    const overdue = ds.filter((d) => d.code === 'thank-you-overdue');
    assert.equal(overdue.length, 1000);
    const withFix = overdue.filter((d) => d.fixes.length > 0);
    // The fixes re-read at most 256 KB of front-matter in all: a handful here, every one of a small note's.
    assert.ok(withFix.length >= 3 && withFix.length <= 6, `${withFix.length} fixes`);
    assert.ok(withFix.every((d) => d.fixes[0].kind === 'edit' && /thank_you_sent: 2026-11-25/.test(d.fixes[0].edits[0].newText)));
    // Over 100 s before (a parse per fix, a scan per interviewer); a generous ceiling.
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  });

  it('similar-letters among 3,000 letters to one interview compares a letter with its neighbours only, and still finds a twin', async () => {
    const files: Record<string, string> = { 'interview.md': INTERVIEW };
    for (let i = 0; i < 3000; i++) {
      files[`letters/l${String(i).padStart(4, '0')}.md`] = letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20'], `Dear Daniela García,\n\nLetter ${i} says ${'word'.repeat(1 + (i % 7))} ${i * 7919} something of its own.\n`);
    }
    files['letters/l1500.md'] = letter(['to: Daniela García', 'via: email', 'sent: 2026-11-20']);
    files['letters/l1501.md'] = letter(['to: Chidi Okonkwo', 'via: email', 'sent: 2026-11-20'], CLEAN_LETTER_BODY.replace('Daniela García', 'Chidi Okonkwo'));
    const started = Date.now();
    const ds = await check(files, 'letters/l1500.md', '2026-11-20', { letterTexts: true });
    assert.deepEqual(codes(only(ds, 'similar-letters')), ['similar-letters']);
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  });

  it('a small note keeps a fix on every overdue thank-you', async () => {
    const lines = ['type: interview', 'company: Acme', 'date: 2026-11-02', 'decision_expected: 2026-12-01', 'interviewers:'];
    for (let i = 0; i < 12; i++) lines.push(`  - name: Person Number${i}`, '    title: Engineer');
    const ds = await check({ 'a.md': note(lines) }, 'a.md', '2026-11-25');
    const overdue = ds.filter((d) => d.code === 'thank-you-overdue');
    assert.equal(overdue.length, 12);
    assert.ok(overdue.every((d) => d.fixes.length === 1));
  });
});
