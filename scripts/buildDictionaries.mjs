// Builds the spelling word lists shipped in dist/dict/ from well-kept, permissively licensed
// sources, once (skipped while the sources' versions are unchanged):
//   english-{common,us,gb}.txt   every word form of US and British English, split by variant:
//                                hunspell dictionary-en / dictionary-en-gb (forms expanded with
//                                nspell) and cspell's en_US / en_GB (MIT) tries. Within a file the
//                                hunspell forms come first ("frequent", better suggestions), then
//                                a line "#rare", then the words only the larger lists have
//                                (and word-list's, for the trades' vocabulary).
//   vocabulary.txt               the vocabulary of working life: software terms and tools,
//                                full-stack and data-science terms, company names, people's
//                                names (cspell, MIT).
//   licenses/                    each source's licence.
// Run by esbuild.config.mjs and before the unit tests: `node scripts/buildDictionaries.mjs [outDir]`.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
/** A package's folder in node_modules (not every package exports its package.json). */
const pkgDir = (name) => join(ROOT, 'node_modules', name);
const version = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

const SOURCES = {
  hunspellUs: 'dictionary-en',
  hunspellGb: 'dictionary-en-gb',
  cspellUs: '@cspell/dict-en_us',
  cspellGb: '@cspell/dict-en-gb-mit',
  softwareTerms: '@cspell/dict-software-terms',
  fullstack: '@cspell/dict-fullstack',
  companies: '@cspell/dict-companies',
  peopleNames: '@cspell/dict-people-names',
  dataScience: '@cspell/dict-data-science',
  wordList: 'word-list',
};
const FORMAT = 13;

/** Words of the Latin phrases English working life uses ("pro bono", "bona fide", "inter alia"); the lists have only the phrases. */
const LATIN_IN_ENGLISH = ['bono', 'bona', 'fide', 'fides', 'alia', 'quo', 'facto', 'jure', 'officio', 'rata', 'hoc', 'versa', 'vitae', 'mortem', 'curiam', 'amicus', 'mea', 'culpa', 'sic', 'viz', 'ibid'];

/** A word as the checker will see it: letters (any script) with inner apostrophes and hyphens. */
const WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

async function hunspellForms(name) {
  const nspell = require('nspell');
  const dir = pkgDir(name);
  const spell = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  // nspell expands every affix rule on load; its table holds each form with its flags.
  const forms = new Set();
  for (const [word, codes] of Object.entries(spell.data)) {
    if (!WORD.test(word)) continue;
    // Forms flagged NOSUGGEST ("!" in these dictionaries) are offensive words: known, but not frequent.
    if (codes && spell.flags.NOSUGGEST && codes.includes(spell.flags.NOSUGGEST)) continue;
    forms.add(word.replace(/’/g, "'"));
  }
  return forms;
}

async function cspellTrieWords(file) {
  const trieLib = await import('cspell-trie-lib');
  const trie = trieLib.decodeTrie(gunzipSync(readFileSync(file)));
  const words = new Set();
  for (const w of trie.words()) {
    // "~word" are cspell's accent- and case-folded copies, "!word" forbidden words.
    if (w.startsWith('~') || w.startsWith('!')) continue;
    // Phrases ("pro bono", "ad hoc") give their words.
    for (const part of w.split(' ')) if (WORD.test(part)) words.add(part.replace(/’/g, "'"));
  }
  return words;
}

/** The words of a cspell plain-text list (optionally gzipped): comments, flags and compound marks removed. */
function cspellTextWords(file, out) {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  for (let line of text.split(/\r?\n/)) {
    line = line.replace(/#.*/, '').trim();
    if (!line || line.startsWith('!') || line.startsWith('~')) continue;
    for (const part of line.replace(/[*+]/g, '').split(/[\s/]+/)) {
      if (!WORD.test(part) || part.length < 2) continue;
      out.add(part.replace(/’/g, "'"));
      // "scikit-build" also gives "scikit", for "scikit-learn".
      if (part.includes('-')) for (const piece of part.split('-')) if (piece.length > 2) out.add(piece);
    }
  }
}

/**
 * Finds words one edit away from a set of words, where the edit is inside the word (not its first
 * letter: a misspelling rarely starts wrong): a transposition, substitution, deletion or
 * insertion. An index of the set's words with one inner letter deleted answers each question
 * with a few look-ups (symmetric deletion), each candidate confirmed by its edit distance.
 */
class SlipIndex {
  constructor(words) {
    this.words = words;
    this.deleted = new Map();
    for (const f of words) {
      for (let i = 1; i < f.length; i++) {
        const key = f.slice(0, i) + f.slice(i + 1);
        const list = this.deleted.get(key);
        if (list) list.push(f);
        else this.deleted.set(key, [f]);
      }
    }
  }

  /** Whether `w` is one inner edit from a word of the set. */
  has(w) {
    if (this.deleted.has(w)) return true; // an insertion in w gives a word
    for (let i = 1; i < w.length; i++) {
      const key = w.slice(0, i) + w.slice(i + 1);
      if (this.words.has(key)) return true; // a deletion
      for (const f of this.deleted.get(key) ?? []) if (f.length === w.length && withinOne(w, f)) return true; // substitution, transposition
    }
    return false;
  }
}

/** Same length, and one substitution or one transposition of neighbours apart (after the first letter). */
function withinOne(a, b) {
  if (a[0] !== b[0]) return false;
  const diff = [];
  for (let i = 1; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Endings that make a regular form of a word ("-ly" is left out: "accidently" is a slip of "accidentally"). */
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ness', 'ment', 'ments', 'ize', 'ise', 'ized', 'ised', 'izing', 'ising'];

/** A frequent word with a regular ending added (its final "e" or "y" dropped as English does). */
function inflectionOfFrequent(w, frequent) {
  for (const ending of ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const stem = w.slice(0, -ending.length);
    if (frequent.has(stem) || frequent.has(`${stem}e`) || (stem.endsWith('i') && frequent.has(`${stem.slice(0, -1)}y`))) return true;
  }
  return false;
}

function listFiles(dir) {
  return readdirSync(dir).filter((f) => /\.txt(\.gz)?$/.test(f)).map((f) => join(dir, f));
}

export async function buildDictionaries(outDir = join(ROOT, 'dist/dict')) {
  const stamp = JSON.stringify({ FORMAT, versions: Object.fromEntries(Object.entries(SOURCES).map(([k, n]) => [k, version(n)])) });
  const stampFile = join(outDir, 'sources.json');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  mkdirSync(join(outDir, 'licenses'), { recursive: true });

  const hunUs = await hunspellForms(SOURCES.hunspellUs);
  const hunGb = await hunspellForms(SOURCES.hunspellGb);
  const csUs = await cspellTrieWords(join(pkgDir(SOURCES.cspellUs), 'en_US.trie.gz'));
  const csGb = await cspellTrieWords(join(pkgDir(SOURCES.cspellGb), 'en_GB.trie.gz'));
  const us = new Set([...hunUs, ...csUs]);
  const gb = new Set([...hunGb, ...csGb]);
  const frequent = new Set([...hunUs, ...hunGb]);
  for (const w of LATIN_IN_ENGLISH) {
    us.add(w);
    gb.add(w);
  }
  // word-list (274,000 lower-case words) adds the trades' vocabulary ("backhaul", "kaizen",
  // "telehealth"). It does not say which English a word is: a form whose other spelling the
  // variant lists already place goes to the other variant ("palletised" beside "palletized").
  // A word-game list also holds spellings that are a common word mistyped ("persue", "wich"):
  // a word one slip from a frequent word is left out, as a probable misspelling.
  const slips = new SlipIndex(frequent);
  const probableSlip = (w) => w.length >= 4 && slips.has(w) && !inflectionOfFrequent(w, frequent);
  for (const w of readFileSync(join(pkgDir(SOURCES.wordList), 'words.txt'), 'utf8').split('\n')) {
    if (!WORD.test(w) || us.has(w) || gb.has(w) || probableSlip(w)) continue;
    const american = w.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1').replace(/our(s|ed|ing|ful|less)?$/, 'or$1');
    const british = w.replace(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1').replace(/or(s|ed|ing|ful|less)?$/, 'our$1');
    if (american !== w && us.has(american)) gb.add(w);
    else if (british !== w && gb.has(british)) us.add(w);
    else {
      us.add(w);
      gb.add(w);
    }
  }

  // The larger lists also hold rare spellings one slip away from a common word ("accidently",
  // "alway", "calender"): a lower-case rare word is kept only when no edit inside it gives a
  // frequent word, unless it is a frequent word with a regular ending ("advices", "readmissions").
  for (const set of [us, gb]) {
    for (const w of set) {
      if (frequent.has(w) || w !== w.toLowerCase() || LATIN_IN_ENGLISH.includes(w)) continue;
      if (probableSlip(w)) set.delete(w);
    }
  }

  const buckets = { common: [], us: [], gb: [] };
  for (const w of us) buckets[gb.has(w) ? 'common' : 'us'].push(w);
  for (const w of gb) if (!us.has(w)) buckets.gb.push(w);
  for (const [name, words] of Object.entries(buckets)) {
    const freq = words.filter((w) => frequent.has(w)).sort();
    const rare = words.filter((w) => !frequent.has(w)).sort();
    writeFileSync(join(outDir, `english-${name}.txt`), `${freq.join('\n')}\n#rare\n${rare.join('\n')}\n`);
  }

  const vocabulary = new Set();
  for (const key of ['softwareTerms', 'fullstack', 'companies', 'peopleNames', 'dataScience']) {
    for (const file of listFiles(join(pkgDir(SOURCES[key]), 'dict'))) cspellTextWords(file, vocabulary);
  }
  for (const w of us) vocabulary.delete(w);
  for (const w of gb) vocabulary.delete(w);
  // Entries keep their case ("Battey" is a name, "battey" a typo); brand terms with inner capitals
  // are also written in lower case, as people type them ("GitHub", "github"). Sorted by UTF-16
  // code units, like every list here: the checker looks words up by binary search.
  for (const w of [...vocabulary]) if (/\p{Lu}/u.test(w.slice(1))) vocabulary.add(w.toLowerCase());
  writeFileSync(join(outDir, 'vocabulary.txt'), `${[...vocabulary].sort().join('\n')}\n`);

  for (const name of Object.values(SOURCES)) {
    const dir = pkgDir(name);
    const licence = readdirSync(dir).find((f) => /^licen[sc]e/i.test(f));
    if (licence) copyFileSync(join(dir, licence), join(outDir, 'licenses', `${name.replace(/^@cspell\//, 'cspell-')}.txt`));
  }
  writeFileSync(stampFile, stamp);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const built = await buildDictionaries(process.argv[2]);
  if (built) console.log(`dictionaries built in ${Date.now() - started} ms`);
}
