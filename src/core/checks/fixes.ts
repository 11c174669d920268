/** Spelling suggestions as fixes, computed only when asked for (a quick fix, the CLI's report). */
import type { SpellChecker } from '../letters/spelling';
import type { KnownWords } from './knownWords';
import type { Fix, NoteDiagnostic } from './types';

export function spellingFixes(diagnostic: NoteDiagnostic, speller: SpellChecker, known: KnownWords): Fix[] {
  if (diagnostic.code !== 'spelling' || !diagnostic.word) return [...diagnostic.fixes];
  // A fix the check already made (the apostrophe of a contraction) comes first, once.
  const own = diagnostic.fixes.filter((f) => f.kind === 'edit');
  const taken = new Set(own.map((f) => (f.kind === 'edit' ? f.edits[0]?.newText : undefined)));
  const suggestions = speller.suggest(diagnostic.word, known.original).filter((s) => !taken.has(s));
  return [
    ...own,
    ...suggestions.map((s, i): Fix => ({ kind: 'edit', title: `Change to "${s}"`, edits: [{ range: diagnostic.range, newText: s }], preferred: own.length === 0 && i === 0 })),
    ...diagnostic.fixes.filter((f) => f.kind !== 'edit'),
  ];
}
