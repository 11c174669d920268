/**
 * The per-keystroke cost of checking one letter, each figure beside its baseline measured in the
 * same run (medians):
 * - `ms`: the whole `checkNote` on a 400-word letter with a sibling letter to compare against;
 *   `remarkParseMs`: parsing the same text with a frozen unified + remark-parse + remark-gfm +
 *   remark-frontmatter processor, the least any Markdown-aware check must do.
 * - `spellingMs`: our spelling pass over the letter's prose (words already read, as each keystroke
 *   re-reads them once for every check); `cspellPreparedMs`: a prepared cspell-lib
 *   `DocumentValidator` checking the same text (configuration and dictionaries loaded once).
 * Called by bench/run.ts; `node out/bench/letterBench.js` prints it alone.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkNote } from '../src/core/checks/checkNote';
import { CheckedDocument } from '../src/core/checks/document';
import { knownWords } from '../src/core/checks/knownWords';
import { checkSpelling } from '../src/core/checks/proseChecks';
import { parseDay } from '../src/core/shared/days';
import { parseNote } from '../src/core/notes/note';
import { NoteIndex } from '../src/core/notes/noteIndex';
import { scheduleContext } from '../src/core/schedule/schedule';
import { resolveSettings } from '../src/core/shared/settings';
import { loadSpellChecker } from '../src/node/dictionary';
import { LETTER_400_WORDS } from './letter';
import { median, timeSync } from './timing';

const ROOT = join(__dirname, '../..');

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export async function benchLetter(): Promise<{
  ms: number;
  remarkParseMs: number;
  ratioToRemarkParse: number;
  spellingMs: number;
  cspellPreparedMs: number;
  spellingRatioToCspellPrepared: number;
  diagnostics: number;
}> {
  const speller = loadSpellChecker(join(ROOT, 'dist'));
  if (!speller) throw new Error('dist/dict is missing: npm run build first');
  const interview = ['---', 'type: interview', 'company: Acme Corp', 'role: Platform Engineer', 'date: 2026-11-19', 'contact_via: email', 'interviewers:', '  - name: Daniela García', '    title: Engineering Manager', '  - name: Chidi Okonkwo', '    title: Director', '---', ''].join('\n');
  const letter = ['---', 'type: thank-you', 'interview: ../interview.md', 'to: Daniela García', 'via: email', 'sent: 2026-11-20', '---', LETTER_400_WORDS].join('\n');
  const sibling = letter.replace('Daniela García', 'Chidi Okonkwo').replace(/Daniela/g, 'Chidi');
  const index = new NoteIndex();
  index.set('interview.md', parseNote(interview));
  index.set('letters/a.md', parseNote(letter));
  index.set('letters/b.md', parseNote(sibling));
  const settings = resolveSettings({ 'interviewFollowUp.senderName': 'Sam Candidate' }).settings;
  const context = scheduleContext(parseDay('2026-11-20')!, settings);
  const known = knownWords(index, settings);
  const letterTexts = new Map([['letters/b.md', sibling]]);
  // Keystrokes: each check sees a new text, one character more typed at the end of a paragraph.
  const paragraphEnd = letter.indexOf('\n\n', letter.indexOf('I also appreciated'));
  const versions = Array.from({ length: 200 }, (_, i) => letter.slice(0, paragraphEnd - 200 + i) + letter.slice(paragraphEnd));
  const input = (i: number) => ({ file: 'letters/a.md', text: versions[i], index, context, knownWords: known, speller, letterTexts });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).freeze();

  // cspell-lib (ESM), prepared once: its configuration and dictionaries are not part of a keystroke.
  const cspell = await (new Function('u', 'return import(u)') as (u: string) => Promise<typeof import('cspell-lib')>)(pathToFileURL(join(ROOT, 'node_modules/cspell-lib/dist/index.js')).href);
  const doc = cspell.createTextDocument({ uri: pathToFileURL(join(ROOT, 'bench/.data/letter.md')).href, content: letter, languageId: 'markdown', locale: 'en' });
  const validator = new cspell.DocumentValidator(doc, { noConfigSearch: true, generateSuggestions: false }, await cspell.getDefaultSettings());
  await validator.prepare();
  // Sanity: the baseline really checks English (a misspelling planted in a copy is reported).
  const probe = new cspell.DocumentValidator(cspell.createTextDocument({ uri: doc.uri, content: letter.replace('conversation', 'convresation'), languageId: 'markdown', locale: 'en' }), { noConfigSearch: true, generateSuggestions: false }, await cspell.getDefaultSettings());
  await probe.prepare();
  if (!probe.checkDocument().some((issue) => issue.text === 'convresation')) throw new Error('cspell-lib baseline is not checking English');

  // The spelling pass alone, over prose read once before timing.
  const spellingDoc = new CheckedDocument(input(0), parseNote(letter));
  void spellingDoc.prose;
  const spellOnce = () => {
    spellingDoc.diagnostics.length = 0;
    checkSpelling(spellingDoc);
  };
  for (let i = 0; i < 40; i++) {
    checkNote(input(i));
    processor.parse(versions[i]);
    spellOnce();
    await validator.updateDocumentText(versions[i]);
    validator.checkDocument();
  }
  const ours: number[] = [];
  const parse: number[] = [];
  const spelling: number[] = [];
  const cspellTimes: number[] = [];
  for (let i = 40; i < 200; i++) {
    // Interleaved, so a noisy moment on a shared machine hits all alike.
    ours.push(timeSync(() => checkNote(input(i))));
    parse.push(timeSync(() => processor.parse(versions[i])));
    spelling.push(timeSync(spellOnce));
    // cspell sees the same keystroke's text (its update is not timed, as ours needs none).
    await validator.updateDocumentText(versions[i]);
    cspellTimes.push(timeSync(() => validator.checkDocument()));
  }
  const diagnostics = checkNote(input(0)).length;
  return {
    ms: round(median(ours)),
    remarkParseMs: round(median(parse)),
    ratioToRemarkParse: round(median(ours) / median(parse)),
    spellingMs: round(median(spelling)),
    cspellPreparedMs: round(median(cspellTimes)),
    spellingRatioToCspellPrepared: round(median(spelling) / median(cspellTimes)),
    diagnostics,
  };
}

if (require.main === module) {
  benchLetter().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
