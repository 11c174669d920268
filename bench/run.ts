/**
 * `npm run bench [-- --json] [-- --notes N]`: the index of a large synthetic journal, one
 * note re-indexed, the letter checks, the dictionary and activation, each measured side by side
 * with its baseline in the same run (medians). Prints a table; with --json, one JSON object last.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { checkNote } from '../src/core/checks/checkNote';
import { knownWords } from '../src/core/checks/knownWords';
import { buildIndex, findMarkdownFiles } from '../src/core/loader';
import { parseNote } from '../src/core/note';
import { NoteIndex } from '../src/core/noteIndex';
import { actionsForFile, scheduleContext } from '../src/core/schedule';
import { resolveSettings } from '../src/core/settings';
import { SpellChecker } from '../src/core/spelling';
import { parseDay } from '../src/core/days';
import { nodeFileSystem } from '../src/cli/nodeFileSystem';
import { dictionaryFolder, readLexicon } from '../src/node/dictionary';
import { generateNote } from './generate';
import { LETTER_400_WORDS, MISSPELLINGS } from './letter';

const ROOT = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const notesArg = args.indexOf('--notes');
const NOTES = notesArg === -1 ? 10_000 : Number(args[notesArg + 1]);
const log = (s: string) => process.stderr.write(`${s}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeSync(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function ensureJournal(): string {
  const dir = join(ROOT, 'bench/.data', `journal-${NOTES}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  log(`generating ${NOTES} notes in ${dir}`);
  for (let i = 0; i < NOTES; i++) {
    const { name, text } = generateNote(i);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

async function benchIndex(dir: string) {
  const files = (await findMarkdownFiles(nodeFileSystem(dir))).files.map((f) => join(dir, f));
  const runs = 5;
  const read: number[] = [];
  const index: number[] = [];
  const gray: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Interleaved, so a noisy moment hits all three alike.
    read.push(timeSync(() => {
      for (const f of files) readFileSync(f);
    }));
    index.push(await timeAsync(() => buildIndex(nodeFileSystem(dir))));
    gray.push(timeSync(() => {
      for (const f of files) matter(readFileSync(f, 'utf8'), {});
    }));
  }
  const child = spawnSync(process.execPath, [join(__dirname, 'indexChild.js'), dir], { encoding: 'utf8' });
  const { maxRssMb, warmStartMs } = JSON.parse(child.stdout);
  return {
    files: files.length,
    ms: round(median(index)),
    readFloorMs: round(median(read)),
    ratioToReadFloor: round(median(index) / median(read)),
    grayMatterMs: round(median(gray)),
    ratioToGrayMatter: round(median(index) / median(gray)),
    maxRssMb: round(maxRssMb, 1),
    warmStartMs: warmStartMs === null ? null : round(warmStartMs),
  };
}

async function benchIncremental(dir: string) {
  const index = await buildIndex(nodeFileSystem(dir));
  const context = scheduleContext(parseDay('2026-11-25')!, resolveSettings({}).settings);
  const file = index.interviews()[Math.floor(index.interviews().length / 2)].file;
  const original = readFileSync(join(dir, file), 'utf8');
  const variants = [original, original.replace(/status: \w+/, 'status: offer'), original.replace(/company: .*/, 'company: Renamed Co')];
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const text = variants[i % variants.length];
    times.push(timeSync(() => {
      index.set(file, parseNote(text));
      actionsForFile(index, file, context);
    }));
  }
  return { medianMs: round(median(times.slice(20)), 3) };
}

async function benchLetter(speller: SpellChecker) {
  const interview = ['---', 'type: interview', 'company: Acme Corp', 'role: Platform Engineer', 'date: 2026-11-19', 'contact_via: email', 'interviewers:', '  - name: Daniela García', '    title: Engineering Manager', '  - name: Chidi Okonkwo', '    title: Director', '---', ''].join('\n');
  const letter = ['---', 'type: thank-you', 'interview: ../interview.md', 'to: Daniela García', 'via: email', 'sent: 2026-11-20', '---', LETTER_400_WORDS].join('\n');
  const sibling = letter.replace('Daniela García', 'Chidi Okonkwo').replace(/Daniela/g, 'Chidi');
  const index = new NoteIndex();
  index.set('interview.md', parseNote(interview));
  index.set('letters/a.md', parseNote(letter));
  index.set('letters/b.md', parseNote(sibling));
  const context = scheduleContext(parseDay('2026-11-20')!, resolveSettings({}).settings);
  const known = knownWords(index);
  const letterTexts = new Map([['letters/b.md', sibling]]);
  const run = () => checkNote({ file: 'letters/a.md', text: letter, index, context, knownWords: known, speller, letterTexts });
  for (let i = 0; i < 5; i++) run();
  const ours: number[] = [];
  for (let i = 0; i < 40; i++) ours.push(timeSync(run));

  // cspell-lib, spell-checking the same letter alone (ESM: loaded with import()).
  const cspell = await (new Function('u', 'return import(u)') as (u: string) => Promise<typeof import('cspell-lib')>)(pathToFileURL(join(ROOT, 'node_modules/cspell-lib/dist/index.js')).href);
  const doc = { uri: pathToFileURL(join(ROOT, 'bench/.data/letter.md')).href, text: letter, languageId: 'markdown', locale: 'en' };
  const cspellRun = () => cspell.spellCheckDocument(doc, { generateSuggestions: false, noConfigSearch: true }, {});
  const loadStarted = process.hrtime.bigint();
  await cspellRun();
  const cspellFirstMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  for (let i = 0; i < 3; i++) await cspellRun();
  const theirs: number[] = [];
  for (let i = 0; i < 20; i++) theirs.push(await timeAsync(cspellRun));
  const sample = run();
  return {
    ms: round(median(ours), 3),
    cspellMs: round(median(theirs), 3),
    ratioToCspell: round(median(ours) / median(theirs), 3),
    cspellFirstCheckMs: round(cspellFirstMs),
    diagnostics: sample.length,
  };
}

function benchDictionary() {
  const dir = dictionaryFolder(join(ROOT, 'dist'))!;
  const loads: number[] = [];
  let speller: SpellChecker | undefined;
  for (let i = 0; i < 3; i++) {
    loads.push(timeSync(() => {
      speller = new SpellChecker(readLexicon(dir, 'both'));
    }));
  }
  const suggestionTimes = MISSPELLINGS.map(([wrong]) => timeSync(() => speller!.suggest(wrong)));
  const top3 = MISSPELLINGS.filter(([wrong, right]) => speller!.suggest(wrong).slice(0, 3).includes(right)).length;
  const flagged = MISSPELLINGS.filter(([wrong]) => !speller!.isWord(wrong)).length;
  return {
    speller: speller!,
    dictionary: { loadMs: round(median(loads)) },
    suggestions: {
      p50Ms: round(median(suggestionTimes), 3),
      maxMs: round(Math.max(...suggestionTimes), 3),
      misspellings: MISSPELLINGS.length,
      flagged,
      rightInTop3: top3,
    },
  };
}

function benchActivation() {
  const bundle = join(ROOT, 'dist/extension.js');
  if (!existsSync(bundle)) throw new Error('dist/extension.js is missing: npm run build first');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const r = spawnSync(process.execPath, [join(__dirname, 'activationChild.js'), bundle], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(JSON.parse(r.stdout).ms);
  }
  return { ms: round(median(times)) };
}

async function main() {
  const dir = ensureJournal();
  log('index…');
  const index = await benchIndex(dir);
  log('incremental…');
  const incremental = await benchIncremental(dir);
  log('dictionary and suggestions…');
  const { speller, dictionary, suggestions } = benchDictionary();
  log('letter checks vs cspell-lib…');
  const letter = await benchLetter(speller);
  log('activation…');
  const activation = benchActivation();
  const result = { node: process.version, index, incremental, letter, dictionary, suggestions, activation };

  const goals: [string, number, string, number][] = [
    ['index.ratioToReadFloor', index.ratioToReadFloor, '<=', 2.0],
    ['index.ratioToGrayMatter', index.ratioToGrayMatter, '<=', 0.6],
    ['index.maxRssMb', index.maxRssMb, '<=', 200],
    ['incremental.medianMs', incremental.medianMs, '<=', 1],
    ['letter.ratioToCspell', letter.ratioToCspell, '<=', 0.5],
    ['dictionary.loadMs', dictionary.loadMs, '<=', 400],
    ['suggestions.p50Ms', suggestions.p50Ms, '<=', 10],
    ['activation.ms', activation.ms, '<=', 50],
  ];
  const table = [
    `Benchmarks (${index.files} notes, medians, Node ${process.version})`,
    '',
    `  index            ${index.ms} ms   read floor ${index.readFloorMs} ms   gray-matter ${index.grayMatterMs} ms   peak RSS ${index.maxRssMb} MB${index.warmStartMs === null ? '' : `   warm start ${index.warmStartMs} ms`}`,
    `  incremental      ${incremental.medianMs} ms per changed note`,
    `  letter checks    ${letter.ms} ms   cspell-lib ${letter.cspellMs} ms (first check ${letter.cspellFirstCheckMs} ms)`,
    `  dictionary load  ${dictionary.loadMs} ms`,
    `  suggestions      p50 ${suggestions.p50Ms} ms, max ${suggestions.maxMs} ms; ${suggestions.flagged}/${suggestions.misspellings} flagged, ${suggestions.rightInTop3} right in the top 3`,
    `  activation       ${activation.ms} ms`,
    '',
    ...goals.map(([name, value, op, goal]) => `  ${value <= goal ? 'met ' : 'MISS'}  ${name} = ${value} (goal ${op} ${goal})`),
    '',
  ].join('\n');
  process.stdout.write(table);
  if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
