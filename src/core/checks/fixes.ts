/** Spelling suggestions as fixes, computed only when asked for (a quick fix, the CLI's report). */
import type { SpellChecker } from '../spelling';
import type { KnownWords } from './knownWords';
import type { Fix, NoteDiagnostic } from './types';

export function spellingFixes(diagnostic: NoteDiagnostic, speller: SpellChecker, known: KnownWords): Fix[] {
  if (diagnostic.code !== 'spelling' || !diagnostic.word) return [...diagnostic.fixes];
  const suggestions = speller.suggest(diagnostic.word, known.original);
  return [
    ...suggestions.map((s, i): Fix => ({ kind: 'edit', title: `Change to "${s}"`, edits: [{ range: diagnostic.range, newText: s }], preferred: i === 0 })),
    ...diagnostic.fixes,
  ];
}
