// Bundles the extension and the CLI into dist/. `node esbuild.config.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';

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

// dictionary-en uses top-level await, so it cannot be bundled as CommonJS: ship its files beside the bundle.
mkdirSync('dist/dict', { recursive: true });
for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(`node_modules/dictionary-en/${file}`, `dist/dict/${file}`);

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
