// The part-of-speech lexicon of `pos` (the Brill tagger under retext-pos) as the bundles carry it.
// `pos/lexicon.js` is a 4 MB object literal (93,000 words): bundled as is, every start of the CLI
// and the extension would parse it (about 200 ms). Here the same entries become one string
// literal, which parses in a few milliseconds, turned into the table on the first lookup (the
// first sentence that needs tags). test/unit/bundledData.test.ts checks the entries are the same.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** The module source standing in for pos/lexicon.js: same keys, same tag arrays, read lazily. */
export function compactLexiconSource() {
  const lexicon = require(join(ROOT, 'node_modules/pos/lexicon.js'));
  const lines = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if (/[\t\n]/.test(word) || !Array.isArray(tags) || tags.some((t) => /[\s]/.test(t))) throw new Error(`pos lexicon: cannot encode ${JSON.stringify(word)}`);
    lines.push(`${word}\t${tags.join(' ')}`);
  }
  return `"use strict";
const DATA = ${JSON.stringify(lines.join('\n'))};
let table;
function load() {
  table = Object.create(null);
  for (const line of DATA.split('\\n')) {
    const tab = line.indexOf('\\t');
    const tags = line.slice(tab + 1);
    table[line.slice(0, tab)] = tags === '' ? [] : tags.split(' ');
  }
  return table;
}
module.exports = new Proxy({}, {
  get: (_, key) => (typeof key === 'string' ? (table || load())[key] : undefined),
  has: (_, key) => key in (table || load()),
});
`;
}

/** esbuild plugin: `require('./lexicon')` inside `pos` gets the compact module. */
export const posLexiconPlugin = {
  name: 'pos-lexicon',
  setup(build) {
    build.onResolve({ filter: /^\.\/lexicon$/ }, (args) => (/[\\/]node_modules[\\/]pos[\\/]/.test(args.importer) ? { path: 'pos-lexicon', namespace: 'pos-lexicon' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'pos-lexicon' }, () => ({ contents: compactLexiconSource(), loader: 'js' }));
  },
};
