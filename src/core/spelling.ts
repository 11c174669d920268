/**
 * Spelling over a hunspell dictionary (nspell), with the words the user's notes make known
 * (names, companies, titles) and bounded suggestions: nspell's own suggest can take 400 ms on an
 * unknown proper name, so suggestions here are single edits checked against the dictionary,
 * plus near misses among the known words.
 */
import nspell from 'nspell';

export interface Dictionary {
  readonly aff: string | Uint8Array;
  readonly dic: string | Uint8Array;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const MAX_SUGGESTIONS = 5;

export class SpellChecker {
  private readonly engine: ReturnType<typeof nspell>;

  constructor(dictionary: Dictionary) {
    this.engine = nspell(dictionary.aff as unknown as string, dictionary.dic as unknown as string);
  }

  /** True for a dictionary word, in the case given or (at a sentence start, in a title) lower-cased. */
  isWord(word: string): boolean {
    if (this.engine.correct(word)) return true;
    const lower = word.toLowerCase();
    if (lower !== word && this.engine.correct(lower)) return true;
    // "Thank-you", "follow-up": each part a word.
    if (word.includes('-')) return word.split('-').every((part) => part === '' || this.isWord(part));
    return false;
  }

  /** Up to five corrections, best first: known words within two edits, then dictionary words one edit away. */
  suggest(word: string, knownWords: Iterable<string> = []): string[] {
    const out: string[] = [];
    const add = (candidate: string) => {
      if (out.length < MAX_SUGGESTIONS && candidate !== word && !out.includes(candidate)) out.push(candidate);
    };
    const lower = word.toLowerCase();
    const near = [...knownWords]
      .map((k) => ({ k, d: editDistance(lower, k.toLowerCase(), 2) }))
      .filter((x) => x.d > 0 && x.d <= 2)
      .sort((a, b) => a.d - b.d);
    near.forEach((x) => add(x.k));
    if (word.length > 30) return out;
    const capital = word[0] !== lower[0];
    const matchCase = (s: string) => (capital ? s[0].toUpperCase() + s.slice(1) : s);
    for (const candidate of singleEdits(lower)) {
      if (out.length >= MAX_SUGGESTIONS) break;
      if (this.engine.correct(candidate) || (capital && this.engine.correct(matchCase(candidate)))) add(matchCase(candidate));
    }
    return out;
  }
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
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
