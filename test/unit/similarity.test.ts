import assert from 'node:assert/strict';
import { LCS_CELLS, letterVector, similarity } from '../../src/core/checks/similarity';

/** A deterministic shuffle (xorshift), so a failure repeats. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = Math.abs(x) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const VOCABULARY = 'thank you for the time we spent talking about platform billing team migration roadmap growth hiring plans engineering culture customers design review'.split(' ');

describe('similar-letters: how alike two letters are', () => {
  it('is the word LCS ratio for letters of ordinary length', () => {
    const a = letterVector('---\nto: A\n---\nDear A,\n\nthe quick brown fox jumps over the lazy dog\n');
    const b = letterVector('---\nto: B\n---\nDear B,\n\nthe quick red fox jumps over the dog\n');
    // LCS: the quick fox jumps over the dog = 7 of 9 + 8 words.
    assert.equal(similarity(a, b), (2 * 7) / 17);
  });

  it('stays bounded on long shuffled letters: six 55 KB letters to one interview compared pairwise', () => {
    const words = Array.from({ length: 9000 }, (_, i) => VOCABULARY[i % VOCABULARY.length]);
    const letters = Array.from({ length: 6 }, (_, k) => letterVector(`---\nto: P${k}\n---\n${shuffled(words, k + 1).join(' ')}\n`));
    assert.ok(letters[0].words.length ** 2 > LCS_CELLS, 'too long for the LCS table');
    const started = Date.now();
    for (const a of letters) for (const b of letters) if (a !== b) {
      const r = similarity(a, b, 0.9);
      assert.ok(r >= 0 && r <= 1);
    }
    // 96 s with the full LCS; a generous ceiling here, the benchmark tracks the real time.
    assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
  });

  it('still finds two long letters that differ in a few words, and tells long different letters apart', () => {
    const words = Array.from({ length: 9000 }, (_, i) => VOCABULARY[(i * 7 + (i >> 3)) % VOCABULARY.length]);
    const a = letterVector(`${words.join(' ')}\n`);
    const edited = [...words];
    for (let i = 0; i < 9000; i += 500) edited[i] = 'different';
    // The edited words are scattered: the LCS table would be 9000 × 9000.
    assert.ok(similarity(a, letterVector(`${edited.join(' ')}\n`), 0.9) > 0.9);
    assert.ok(similarity(a, letterVector(`${shuffled(words, 7).join(' ')}\n`), 0.9) <= 0.9);
  });
});
