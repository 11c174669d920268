/** Loads the English hunspell dictionary shipped next to the bundle (dist/dict) or from node_modules. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpellChecker } from '../core/spelling';

export function dictionaryFolder(bundleDir: string): string | undefined {
  const candidates = [join(bundleDir, 'dict'), join(bundleDir, '../node_modules/dictionary-en'), join(bundleDir, '../../node_modules/dictionary-en'), join(bundleDir, '../../../node_modules/dictionary-en')];
  return candidates.find((dir) => existsSync(join(dir, 'index.dic')));
}

let cached: SpellChecker | undefined;

/** Builds the spell checker once per process (about a third of a second). */
export function loadSpellChecker(bundleDir: string): SpellChecker | undefined {
  if (cached) return cached;
  const dir = dictionaryFolder(bundleDir);
  if (!dir) return undefined;
  cached = new SpellChecker({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  return cached;
}
