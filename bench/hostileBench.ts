/**
 * `hostile.maxCheckMs`: the longest time the checks take on one hostile letter or note up to the
 * read limit (NOTE_READ_LIMIT): every case of test/fixtures/hostile, and shapes generated to the
 * limit (deep Markdown nesting, delimiter runs, nested brackets, thousands of small blocks, a
 * note with a thousand overdue interviewers, dates centuries apart, long shuffled sibling
 * letters). Each is checked as the editor checks it: parsed, put in the index beside its
 * interview, then `checkNote` with the dictionary and the sibling letters. Median of three runs
 * per case, the worst case reported. Called by bench/run.ts (`npm run bench -- --hostile-only`
 * runs only this part).
 */
import { join } from 'node:path';
import { checkNote } from '../src/core/checks/checkNote';
import { knownWords } from '../src/core/checks/knownWords';
import { decodeNoteBytes } from '../src/core/notes/decode';
import { NOTE_READ_LIMIT } from '../src/core/notes/frontMatter';
import { parseNote } from '../src/core/notes/note';
import { NoteIndex } from '../src/core/notes/noteIndex';
import { scheduleContext } from '../src/core/schedule/schedule';
import { parseDay } from '../src/core/shared/days';
import { resolveSettings } from '../src/core/shared/settings';
import { loadSpellChecker } from '../src/node/dictionary';
import { caseBytes, loadCorpus } from '../test/unit/hostileCorpus';
import { median, timeSync } from './timing';

const ROOT = join(__dirname, '../..');
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

const INTERVIEW = ['---', 'type: interview', 'company: Acme Corp', 'date: 2026-11-19', 'decision_expected: 2026-12-01', 'interviewers:', '  - name: Jo Park', '    title: CTO', '  - name: Sam Lee', '    title: Engineer', '---', 'Notes.', ''].join('\n');
const LETTER_HEAD = ['---', 'type: thank-you', 'interview: interview.md', 'to: Jo Park', 'via: email', '---', 'Dear Jo,', '', ''].join('\n');

/** A body that fills the read limit with `unit`, repeated (the letter's own head included). */
function fill(unit: string | ((i: number) => string), tail = ''): string {
  const room = NOTE_READ_LIMIT - LETTER_HEAD.length - tail.length - 16;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const piece = typeof unit === 'string' ? unit : unit(i);
    if (size + piece.length > room) break;
    parts.push(piece);
    size += piece.length;
  }
  return LETTER_HEAD + parts.join('') + tail;
}

function shuffledWords(seed: number, count: number): string {
  const words = 'thank you for the time we spent talking about platform billing team migration roadmap growth hiring plans engineering culture'.split(' ');
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return words[x % words.length];
  }).join(' ');
}

/** Letters and notes generated to the read limit, by name: the shapes the issue found, and their neighbours. */
function generated(): [string, string, Map<string, string>?][] {
  const interviewers = ['---', 'type: interview', 'company: Acme Corp', 'date: 2026-11-02', 'interviewers:'];
  for (let i = 0; interviewers.join('\n').length < NOTE_READ_LIMIT - 200; i++) interviewers.push(`  - name: Person Number${i}`, '    title: Engineer');
  interviewers.push('---', '');
  const siblings = new Map(Array.from({ length: 5 }, (_, k) => [`s${k}.md`, LETTER_HEAD + shuffledWords(k + 2, 9000)]));
  return [
    ['nested list markers', fill('- ', 'x\n')],
    ['star run', LETTER_HEAD + '*'.repeat(30000) + 'x' + '*'.repeat(30000) + '\n'],
    ['nested quotes', fill('>', ' x\n')],
    ['setext underlines', fill('a\n=\n')],
    ['setext headings in blocks', fill('Thanks\n===\n\n')],
    ['nested images', LETTER_HEAD + '!['.repeat(10000) + 'x' + '](u)'.repeat(10000) + '\n'],
    ['reference definitions', fill((i) => `[${i}]: a\n\n`, 'See [1].\n')],
    ['emphasis runs per block', fill('*a'.repeat(190) + '\n\n')],
    ['brackets per block', fill('!['.repeat(99) + 'x' + '](u)'.repeat(99) + '\n\n')],
    ['angles per block', fill('<a '.repeat(190) + '\n\n')],
    ['table cells', fill('|a|b|\n|-|-|\n' + '|x|y|\n'.repeat(300) + '\n')],
    ['quotes 16 deep', fill('>'.repeat(16) + ' a line of text\n')],
    ['e-mail addresses', fill('a@b.co ')],
    ['placeholders', fill('{{a ')],
    ['plain prose', fill('Thank you for taking the time to meet with me on Thursday about the platform team.\n\n')],
    ['1,000 overdue interviewers', interviewers.join('\n')],
    ['dates centuries apart', ['---', 'type: interview', 'company: Acme', 'date: 1900-01-01', 'decision_expected: 2999-12-31', 'follow_ups:', '  - date: 1900-01-02', '    next: 2999-12-30', '---', ''].join('\n')],
    ['shuffled 55 KB letter with five siblings', LETTER_HEAD + shuffledWords(1, 9000), siblings],
  ];
}

export async function benchHostile(): Promise<{ cases: number; maxCheckMs: number; slowest: string }> {
  const speller = loadSpellChecker(join(ROOT, 'dist')) ?? undefined;
  const holidays = Array.from({ length: 50_000 }, (_, i) => {
    const d = new Date(Date.UTC(2027, 0, 1 + i));
    return d.toISOString().slice(0, 10);
  });
  const settings = resolveSettings({ 'interviewFollowUp.holidays': holidays }).settings;
  const context = scheduleContext(parseDay('2026-11-25')!, settings);
  const cases: [string, string, Map<string, string>?][] = [];
  for (const c of loadCorpus()) {
    const bytes = caseBytes(c);
    const decoded = decodeNoteBytes(bytes.subarray(0, NOTE_READ_LIMIT), bytes.length > NOTE_READ_LIMIT);
    if (decoded.ok) cases.push([c.name, decoded.text]);
  }
  cases.push(...generated());
  let maxCheckMs = 0;
  let slowest = '';
  for (const [name, text, letterTexts] of cases) {
    const file = 'hostile.md';
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      times.push(timeSync(() => {
        const index = new NoteIndex();
        index.set('interview.md', parseNote(INTERVIEW));
        for (const [sibling, siblingText] of letterTexts ?? []) index.set(sibling, parseNote(siblingText));
        index.set(file, parseNote(text));
        checkNote({ file, text, index, context, knownWords: knownWords(index, settings), speller, letterTexts });
      }));
    }
    const ms = median(times);
    if (process.env.HOSTILE_BENCH_VERBOSE) process.stderr.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`);
    if (ms > maxCheckMs) {
      maxCheckMs = ms;
      slowest = name;
    }
  }
  return { cases: cases.length, maxCheckMs: round(maxCheckMs), slowest };
}

if (require.main === module) {
  benchHostile().then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
