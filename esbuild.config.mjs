// Bundles the extension (for the Node and the browser extension hosts) and the CLI into dist/.
// `node esbuild.config.mjs --watch` rebuilds on change. Importing this file builds nothing: the
// options are exported (test/unit/webBundle.test.ts builds the two extension bundles in memory).
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDictionaries } from './scripts/buildDictionaries.mjs';
import { posLexiconPlugin } from './scripts/posLexicon.mjs';
import { wordFrequencyPlugin } from './scripts/wordFrequency.mjs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD entry cannot be bundled; its ESM build can.
  mainFields: ['module', 'main'],
  sourcemap: true,
  minify: !watch,
  logLevel: 'info',
  // The tagger's lexicon and the word counts as strings, read on first use (scripts/posLexicon.mjs, wordFrequency.mjs).
  plugins: [posLexiconPlugin, wordFrequencyPlugin],
};

export const extensionBuilds = {
  /** package.json's `main`: VS Code's Node extension host. */
  node: { ...common, entryPoints: ['src/extensionNode.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  /**
   * package.json's `browser`: the browser's web worker extension host (vscode.dev, github.dev,
   * code-server), which is a web worker. The same source; no Node built-in may be reached from it and none is
   * polyfilled: esbuild fails the build on one, and the unit test checks the output.
   */
  web: {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // A web worker, not a page: no `document` (decode-named-character-reference's `browser`
    // build decodes entities through a DOM element; its `worker` build does not).
    conditions: ['worker'],
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  },
};

export const builds = [
  extensionBuilds.node,
  extensionBuilds.web,
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The spelling word lists ship beside the bundles (dist/dict), read on first use.
  await buildDictionaries();
  if (watch) {
    for (const options of builds) (await esbuild.context(options)).watch();
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
    chmodSync('dist/cli.js', 0o755);
  }
}
