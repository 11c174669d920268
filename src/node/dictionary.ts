/**
 * Loads the spelling word lists shipped next to the bundle (dist/dict, built by
 * scripts/buildDictionaries.mjs): once per process and English variant, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EnglishVariant } from '../core/shared/settings';
import { lexiconOf, type Lexicon, SpellChecker } from '../core/letters/spelling';

/** dist/dict beside the bundle, or the repository's dist/dict above a compiled test or benchmark. */
export function dictionaryFolder(bundleDir: string): string | undefined {
  const probe = (dir: string) => existsSync(join(dir, 'english-common.txt'));
  if (probe(join(bundleDir, 'dict'))) return join(bundleDir, 'dict');
  for (let dir = bundleDir; dirname(dir) !== dir; dir = dirname(dir)) {
    if (probe(join(dir, 'dist/dict'))) return join(dir, 'dist/dict');
  }
  return undefined;
}

/** The word lists of a variant from a dist/dict folder. */
export function readLexicon(dir: string, variant: EnglishVariant): Lexicon {
  return lexiconOf(variant, (file) => readFileSync(join(dir, file), 'utf8'));
}

const cached = new Map<EnglishVariant, SpellChecker>();

/** The spell checker for a variant (about a tenth of a second the first time), or undefined when the lists are missing. */
export function loadSpellChecker(bundleDir: string, variant: EnglishVariant = 'both'): SpellChecker | undefined {
  const hit = cached.get(variant);
  if (hit) return hit;
  const dir = dictionaryFolder(bundleDir);
  if (!dir) return undefined;
  const speller = new SpellChecker(readLexicon(dir, variant), variant);
  cached.set(variant, speller);
  return speller;
}
