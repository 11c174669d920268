// Bundles the extension and the CLI into dist/. `node esbuild.config.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { buildDictionaries } from './scripts/buildDictionaries.mjs';

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
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// The spelling word lists ship beside the bundle (dist/dict), read on first use.
await buildDictionaries();

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
