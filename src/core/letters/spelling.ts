/**
 * Spelling over word lists (see scripts/buildDictionaries.mjs): US and British English from
 * hunspell and cspell, and the vocabulary of working life (software, companies, people's names).
 * A word is looked up once per process; suggestions are single edits checked against the lists,
 * apostrophe forms first, frequent words before rare ones, plus near misses among known words.
 */
import type { EnglishVariant } from '../shared/settings';
import { capitalize } from '../shared/text';
import { wordCount } from './frequency';

/** The word list files a variant needs, in dist/dict/. */
export function lexiconFiles(variant: EnglishVariant): string[] {
  const english = variant === 'us' ? ['english-common', 'english-us'] : variant === 'gb' ? ['english-common', 'english-gb'] : ['english-common', 'english-us', 'english-gb'];
  return [...english.map((f) => `${f}.txt`), 'vocabulary.txt'];
}

/**
 * The word lists of a variant, each file's text given by `textOf` (the CLI reads dist/dict from
 * disk; the extension reads its own files through VS Code's file system, in the browser too).
 */
export function lexiconOf(variant: EnglishVariant, textOf: (file: string) => string): Lexicon {
  const lexicon = new Lexicon();
  for (const file of lexiconFiles(variant)) lexicon.add(file, textOf(file));
  return lexicon;
}

/** Separates the frequent words (hunspell's) from the rare ones in an english-*.txt file. */
const RARE_MARKER = '#rare';

/**
 * Words looked up by binary search in the sorted lists as written by the build (UTF-16 order):
 * loading is a read and a split, no set of 400,000 strings to build (a quarter of a second).
 */
export class WordSet implements Iterable<string> {
  private readonly runs: string[][] = [];

  /**
   * Adds a list; sorts it first when it is not sorted (a list from elsewhere than the build).
   * A thousand pairs across the list are compared: a list out of order is out of order there too.
   */
  add(words: string[]): void {
    const step = Math.max(1, Math.floor(words.length / 1000));
    for (let i = step; i < words.length; i += step) {
      if (words[i - step] > words[i] || words[i - 1] > words[i]) {
        words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        break;
      }
    }
    if (words.length > 0) this.runs.push(words);
  }

  has(word: string): boolean {
    for (const run of this.runs) {
      let lo = 0;
      let hi = run.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const w = run[mid];
        if (w === word) return true;
        if (w < word) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const run of this.runs) yield* run;
  }
}

export class Lexicon {
  /** Every English word form, case as in the dictionary. */
  readonly words = new WordSet();
  /** The common forms (a hunspell dictionary's), preferred as suggestions. */
  readonly frequent = new WordSet();
  /**
   * Terms and names, as the lists write them ("Kubernetes", "Okafor", "kanban"), plus brand terms
   * with inner capitals lower-cased, which people also write in lower case ("GitHub", "github").
   */
  readonly vocabulary = new WordSet();

  /** Adds one file's text (`name` as in lexiconFiles). */
  add(name: string, text: string): void {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (name.startsWith('vocabulary')) {
      this.vocabulary.add(lines);
      return;
    }
    const rare = lines.indexOf(RARE_MARKER);
    const frequent = rare === -1 ? lines : lines.slice(0, rare);
    this.frequent.add(frequent);
    this.words.add(frequent);
    if (rare !== -1) this.words.add(lines.slice(rare + 1));
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Words that do not start a closed compound: written together they are a mistake ("everytime", "eachother"). */
const GRAMMAR_WORDS = new Set([
  'each', 'every', 'some', 'many', 'much', 'most', 'more', 'what', 'when', 'where', 'with', 'that', 'this', 'them', 'they', 'your',
  'their', 'also', 'very', 'just', 'even', 'only', 'into', 'onto', 'upon', 'from', 'have', 'been', 'were', 'will', 'would', 'could',
  'should', 'than', 'then', 'there', 'here', 'which', 'while', 'after', 'before', 'about', 'thank', 'thanks', 'look', 'looking',
]);
/** Short words that people run into the next one ("alot", "infact", "atleast", "noone"). */
const SPLIT_LEFT = new Set(['a', 'an', 'as', 'in', 'at', 'on', 'of', 'to', 'no', 'be', 'by', 'up', 'any', 'all', 'thank', 'over', 'under']);
/** Real words that in a letter are nearly always a contraction without its apostrophe. */
const APOSTROPHE_LOST = new Set(['cant', 'wont', 'dont', 'didnt', 'isnt', 'wasnt', 'doesnt', 'havent', 'hasnt', 'couldnt', 'wouldnt', 'shouldnt', 'arent', 'werent', 'youre', 'theyre', 'ive', 'im']);
/** A letter outside ASCII and the accents English borrows with its loan words (café, naïve, façade, piñata). */
const FOREIGN_LETTER = /[^\u0000-\u007f’'àâäæçéèêëîïôœùûüÿñáíóúÀÂÄÆÇÉÈÊËÎÏÔŒÙÛÜŸÑÁÍÓÚ]/u;

/** Prefixes that make new words of common ones (see isDerived). */
const PREFIXES = /^(?:re|pre|un|non|co|over|under|sub|multi|inter|out|mis|cross|self|post|anti|counter|semi|mid)/;
const MAX_SUGGESTIONS = 5;
const CACHE_LIMIT = 20_000;

export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>();

  /** `variant`: the English the lexicon was loaded for. */
  constructor(readonly lexicon: Lexicon, readonly variant: EnglishVariant = 'both') {}

  /**
   * True for a known word: as written; lower-cased when written with a capital (a sentence start,
   * a title) or in capitals; a term or name in any case; a hyphenated word whose parts are words.
   */
  isWord(word: string): boolean {
    let verdict = this.verdicts.get(word);
    if (verdict === undefined) {
      verdict = this.lookUp(word.replace(/’/g, "'"));
      if (this.verdicts.size >= CACHE_LIMIT) this.verdicts.clear();
      this.verdicts.set(word, verdict);
    }
    return verdict;
  }

  private lookUp(word: string): boolean {
    const { words, vocabulary } = this.lexicon;
    if (words.has(word) || vocabulary.has(word)) return true;
    const lower = word.toLowerCase();
    if (lower !== word) {
      const rest = word.slice(1);
      const known = (w: string) => words.has(w) || vocabulary.has(w);
      if (rest === rest.toLowerCase() && known(lower)) return true; // "Thank", "Colleagues"
      if (word === word.toUpperCase() && (known(lower) || known(capitalize(lower)))) return true; // "THANK", "LONDON"
    }
    if (word.includes('-')) return word.split('-').every((part) => part !== '' && this.isWord(part));
    // A word written with letters English does not use ("whānau", "Ngā", "Ísafjörður") is a
    // foreign word or a name, not an English misspelling: people's names are checked by name.
    if (FOREIGN_LETTER.test(word)) return true;
    return this.isCompound(lower) || this.isDerived(lower);
  }

  /**
   * A common prefix on a common word of five letters or more ("rebooking", "overcommitted",
   * "nonclinical"), unless a letter doubled, swapped or dropped makes it a common word ("untill"
   * is "until", "intersting" is "interesting").
   */
  private isDerived(lower: string): boolean {
    const prefix = PREFIXES.exec(lower)?.[0];
    if (!prefix) return false;
    const base = lower.slice(prefix.length);
    if (base.length < 5 || !this.lexicon.frequent.has(base)) return false;
    const { frequent } = this.lexicon;
    for (let i = 0; i < lower.length; i++) {
      if (frequent.has(lower.slice(0, i) + lower.slice(i + 1))) return false;
      if (i < lower.length - 1 && frequent.has(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return false;
    }
    for (let i = 1; i < lower.length; i++) for (const c of ALPHABET) if (frequent.has(lower.slice(0, i) + c + lower.slice(i))) return false;
    return true;
  }

  /**
   * A closed compound of two common words of four letters or more ("flowsheet", "workstream"),
   * as trades coin them; not when the first is a grammar word ("eachother", "everytime").
   */
  private isCompound(lower: string): boolean {
    const { frequent } = this.lexicon;
    for (let i = 4; i <= lower.length - 4; i++) {
      const left = lower.slice(0, i);
      // "inter" + "sting" is "interesting" mistyped: a compound one slip from a common word is not one.
      if (!GRAMMAR_WORDS.has(left) && frequent.has(left) && frequent.has(lower.slice(i))) return !this.slipOfFrequent(lower);
    }
    return false;
  }

  /**
   * Whether an unknown capitalised word looks like a common word mistyped ("Managment") rather
   * than a name ("Daventry", "Okafor"): one edit inside it gives a common word of six letters or
   * more (shorter ones are a slip away from too many names).
   */
  looksMistyped(word: string): boolean {
    const lower = word.toLowerCase();
    return lower.length >= 6 && this.slipOfFrequent(lower, 6);
  }

  /** Whether one edit inside the word (not of its first letter) gives a frequent word (of at least `minLength` letters). */
  private slipOfFrequent(w: string, minLength = 0): boolean {
    const all = this.lexicon.frequent;
    const frequent = minLength === 0 ? all : { has: (c: string) => c.length >= minLength && all.has(c) };
    for (let i = 1; i < w.length; i++) {
      if (i < w.length - 1 && frequent.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
      if (frequent.has(w.slice(0, i) + w.slice(i + 1))) return true;
      for (const c of ALPHABET) if (c !== w[i] && frequent.has(w.slice(0, i) + c + w.slice(i + 1))) return true;
    }
    for (let i = 1; i <= w.length; i++) for (const c of ALPHABET) if (frequent.has(w.slice(0, i) + c + w.slice(i))) return true;
    return false;
  }

  /**
   * The contraction meant when an apostrophe is missing ("dont" → "don't", "Ive" → "I've"), even
   * where the letters happen to spell a rare word or a name ("Im", "cant", "wont").
   */
  missingApostrophe(word: string): string | undefined {
    const lower = word.toLowerCase();
    if (word.length < 2 || /['’]/.test(word)) return undefined;
    if (word === 'Id') return "I'd"; // "id" is a word; written "Id" it is "I'd"
    const { frequent } = this.lexicon;
    if (frequent.has(lower) && !APOSTROPHE_LOST.has(lower)) return undefined;
    for (let i = 1; i < lower.length; i++) {
      const candidate = lower.slice(0, i) + "'" + lower.slice(i);
      const written = /^i'/.test(candidate) ? capitalize(candidate) : candidate;
      const contraction = /'(?:t|m|ve|re|ll|d)$/.test(candidate) || /^(?:it|that|what|he|she|there|here|let|who|where|how)'s$/.test(candidate);
      if (contraction && frequent.has(written)) return caseShape(word) === 'capital' ? capitalize(written) : written;
    }
    return undefined;
  }

  private has(candidate: string): boolean {
    return this.lexicon.words.has(candidate);
  }

  /**
   * Up to five corrections, best first: the word with an apostrophe ("dont" → "don't"), known
   * words (names) within two edits, then dictionary words one edit away (frequent ones first),
   * then frequent words two edits away.
   */
  suggest(word: string, knownWords: Iterable<string> = []): string[] {
    const out: string[] = [];
    const add = (candidate: string) => {
      if (out.length < MAX_SUGGESTIONS && candidate !== word && !out.includes(candidate)) out.push(candidate);
    };
    const lower = word.toLowerCase();
    const shape = caseShape(word);
    const inCase = (s: string) => (shape === 'upper' ? s.toUpperCase() : shape === 'capital' ? capitalize(s) : s);
    const known = (candidate: string) => this.has(candidate) || (shape !== 'lower' && this.has(inCase(candidate)));

    for (let i = 1; i < lower.length; i++) {
      const candidate = lower.slice(0, i) + "'" + lower.slice(i);
      if (this.has(candidate)) add(inCase(candidate));
      else if (this.has(capitalize(candidate)) && /^i'/.test(candidate)) add(capitalize(candidate)); // "Im" → "I'm"
    }
    if (word.length > 30) {
      for (const k of knownWords) if (editDistance(lower, k.toLowerCase(), 2) <= 2 && k.toLowerCase() !== lower) add(k);
      return out;
    }
    // Known words (names, companies) within two edits and dictionary words one edit away, ranked
    // the way people mistype (typoCost) and by how common the word is: the word meant comes first.
    const scored = new Map<string, number>();
    const consider = (candidate: string, cost: number) => {
      const previous = scored.get(candidate);
      if (previous === undefined || cost < previous) scored.set(candidate, cost);
    };
    for (const k of knownWords) {
      const kLower = k.toLowerCase();
      const d = editDistance(lower, kLower, 2);
      if (d === 0 || d > 2) continue;
      // A name that is also a dictionary word ("Business Analyst") is offered as the word, in the case typed.
      const written = this.has(kLower) ? (shape === 'lower' ? kLower : inCase(kLower)) : k;
      consider(written, (d === 1 ? typoCost(lower, kLower) : 1.6) - FREQUENCY_WEIGHT * Math.log10(NAME_COUNT));
    }
    for (const candidate of singleEdits(lower)) {
      if (!known(candidate)) continue;
      const written = this.has(candidate) && shape === 'lower' ? candidate : inCase(candidate);
      const common = this.lexicon.frequent.has(candidate) || this.lexicon.frequent.has(written);
      consider(written, typoCost(lower, candidate) + (common ? 0 : RARE_PENALTY) - FREQUENCY_WEIGHT * Math.log10(wordCount(candidate) + 1));
    }
    // Two words run together ("alot" → "a lot", "infact" → "in fact"): a missing space, weighed by the rarer word.
    for (let i = 1; i < lower.length - 1; i++) {
      const [left, right] = [lower.slice(0, i), lower.slice(i)];
      if ((SPLIT_LEFT.has(left) || GRAMMAR_WORDS.has(left)) && this.lexicon.frequent.has(right) && right.length > 1) {
        consider(inCase(`${left} ${right}`), 0.6 - FREQUENCY_WEIGHT * Math.log10(Math.min(wordCount(left), wordCount(right)) + 1));
      }
    }
    [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).forEach(([candidate]) => add(candidate));
    if (out.length > 0 || lower.length < 5) return out;

    // Two edits away: only among frequent words of about the same length and first letter, the common ones first.
    const far: { w: string; d: number; count: number }[] = [];
    for (const w of this.lexicon.frequent) {
      if (Math.abs(w.length - lower.length) > 2 || w[0] !== lower[0]) continue;
      const d = editDistance(lower, w, 2);
      if (d <= 2) far.push({ w, d, count: wordCount(w) });
    }
    far.sort((a, b) => a.d - b.d || b.count - a.count || Math.abs(a.w.length - lower.length) - Math.abs(b.w.length - lower.length));
    far.forEach((s) => add(inCase(s.w)));
    return out;
  }
}


/**
 * How likely a typist makes a one-edit slip from `candidate` to `typed` (lower is likelier): a
 * doubled letter (0.4: "writting"), a transposition (0.5: "recieve"), a dropped letter (0.5 when
 * it was a double, "commited"; else 0.6: "foward"), a neighbouring key or a vowel for a vowel
 * (0.7: "thabk", "definately"), a letter too many (0.7 next to its key's neighbour, else 0.9),
 * any other letter (1.0).
 */
export function typoCost(typed: string, candidate: string): number {
  if (typed.length === candidate.length) {
    let i = 0;
    while (i < typed.length && typed[i] === candidate[i]) i++;
    if (i + 1 < typed.length && typed[i] === candidate[i + 1] && typed[i + 1] === candidate[i] && typed.slice(i + 2) === candidate.slice(i + 2)) return 0.5;
    const [a, b] = [typed[i], candidate[i]];
    if (adjacentKeys(a, b) || (VOWELS.includes(a) && VOWELS.includes(b))) return 0.7;
    return 1.0;
  }
  if (candidate.length === typed.length + 1) {
    // The typist dropped candidate[i].
    let i = 0;
    while (i < typed.length && typed[i] === candidate[i]) i++;
    const c = candidate[i];
    return c === candidate[i - 1] || c === candidate[i + 1] ? 0.5 : 0.6;
  }
  if (typed.length === candidate.length + 1) {
    // The typist added typed[i].
    let i = 0;
    while (i < candidate.length && typed[i] === candidate[i]) i++;
    const c = typed[i];
    if (c === typed[i - 1] || c === typed[i + 1]) return 0.4;
    return adjacentKeys(c, typed[i - 1]) || adjacentKeys(c, typed[i + 1]) ? 0.7 : 0.9;
  }
  return 1.6;
}

const VOWELS = 'aeiouy';
/** QWERTY rows, for keys next to each other (across rows by position). */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function adjacentKeys(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  const where = (c: string) => {
    for (let r = 0; r < KEY_ROWS.length; r++) {
      const col = KEY_ROWS[r].indexOf(c);
      if (col !== -1) return { r, col: col + r * 0.5 };
    }
    return undefined;
  };
  const p = where(a);
  const q = where(b);
  return p !== undefined && q !== undefined && Math.abs(p.r - q.r) <= 1 && Math.abs(p.col - q.col) <= 1;
}

/** How much a tenfold more common word outweighs a likelier slip (see typoCost). */
const FREQUENCY_WEIGHT = 0.3;
/** A word only the large lists have (not hunspell's) is rarely the one meant. */
const RARE_PENALTY = 0.3;
/** The weight of a known name or term: as a fairly common word (they are the letter's own words). */
const NAME_COUNT = 3000;

function caseShape(word: string): 'lower' | 'capital' | 'upper' {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'upper';
  return word[0] !== word[0].toLowerCase() ? 'capital' : 'lower';
}

/** Single edits, most likely first: transpositions, then substitutions, deletions, insertions. */
function* singleEdits(word: string): Generator<string> {
  for (let i = 0; i < word.length - 1; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i < word.length; i++) for (const c of ALPHABET) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i <= word.length; i++) for (const c of ALPHABET) yield word.slice(0, i) + c + word.slice(i);
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up past `max` (returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** Compares ignoring case and accents: "Garcia" and "garcía" are the same letters, not the same spelling. */
export function foldAccents(s: string): string {
  let folded = foldCache.get(s);
  if (folded === undefined) {
    folded = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
    if (foldCache.size >= CACHE_LIMIT) foldCache.clear();
    foldCache.set(s, folded);
  }
  return folded;
}

/** Words recur on every keystroke: each is folded once. */
const foldCache = new Map<string, string>();

/** The same spelling, whichever apostrophe or Unicode composition: "O’Rourke" is "O'Rourke". */
export function sameSpelling(s: string): string {
  return s.normalize('NFC').replace(/[’‘]/g, "'");
}
