/**
 * How alike two letters are: 2·LCS / total over their words (difflib's ratio, on words). Each
 * letter's words and word counts are computed once per text and cached; a pair whose word
 * counts cannot reach the threshold is answered without the LCS, and the LCS itself skips the
 * common beginning and end (two near-identical letters differ in a few words).
 *
 * The LCS table is bounded: when the parts that differ are too long for it (LCS_CELLS), the
 * ratio is taken over word pairs instead (2·shared pairs / all pairs, linear), so a few long
 * shuffled letters cannot stall the check.
 */

export interface LetterVector {
  readonly words: readonly string[];
  /** Word → how often it occurs. */
  readonly counts: ReadonlyMap<string, number>;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The letter's body without front-matter, greeting line and `{{…}}` placeholders. */
function letterBody(text: string): string {
  const fence = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const body = fence ? text.slice(fence[0].length) : text;
  return body.replace(/^[ \t]*(?:Dear|Hello|Hi)\b.*$/im, '').replace(/\{\{[^}\n]*\}\}/g, '');
}

const CACHE_LIMIT = 256;
const cache = new Map<string, LetterVector>();

/** The letter's word vector, cached by its text (sibling letters are compared on every keystroke). */
export function letterVector(text: string): LetterVector {
  const hit = cache.get(text);
  if (hit) return hit;
  const words = wordsOf(letterBody(text));
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vector = { words, counts };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, vector);
  return vector;
}

/** The ratio, or a value at most `threshold` when the letters cannot be more alike than that. */
export function similarity(a: LetterVector, b: LetterVector, threshold = 0): number {
  const total = a.words.length + b.words.length;
  if (total === 0) return 1;
  let shared = 0;
  for (const [w, n] of a.counts) shared += Math.min(n, b.counts.get(w) ?? 0);
  const bound = (2 * shared) / total;
  if (bound <= threshold) return bound;
  const lcs = lcsLength(a.words, b.words);
  if (lcs !== undefined) return (2 * lcs) / total;
  return pairRatio(pairsOf(a), pairsOf(b));
}

/** The most cells of the LCS table worked out for one pair of letters (a few milliseconds). */
export const LCS_CELLS = 4_000_000;

const pairCache = new WeakMap<LetterVector, Map<string, number>>();

/** Adjacent word pairs, counted. */
function pairsOf(v: LetterVector): Map<string, number> {
  let pairs = pairCache.get(v);
  if (!pairs) {
    pairs = new Map();
    for (let i = 0; i + 1 < v.words.length; i++) {
      const key = `${v.words[i]} ${v.words[i + 1]}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    if (v.words.length === 1) pairs.set(v.words[0], 1);
    pairCache.set(v, pairs);
  }
  return pairs;
}

function pairRatio(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [k, n] of a) {
    shared += Math.min(n, b.get(k) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 1 : (2 * shared) / total;
}

/** The LCS length, or undefined when the table would exceed LCS_CELLS. */
function lcsLength(a: readonly string[], b: readonly string[]): number | undefined {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length * y.length > LCS_CELLS) return undefined;
  let previous = new Uint32Array(y.length + 1);
  let current = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      current[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return head + tail + previous[y.length];
}
