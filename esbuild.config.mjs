// Bundles the extension and the CLI into dist/. `node esbuild.config.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildDictionaries } from './scripts/buildDictionaries.mjs';

const watch = process.argv.includes('--watch');

/**
 * gray-matter's js-yaml 3 loads `esprima` for its `!!js/function` type when it can find it (it can
 * in a development checkout, not in the packaged extension): about 45 ms of start-up for a type the
 * project never reads (its YAML engine is its own). The type is replaced by one that matches nothing.
 */
const noJsFunctionType = {
  name: 'no-js-function-type',
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, (args) => ({
      contents: "var Type = require('../../type');\nmodule.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });\n",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
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
  plugins: [noJsFunctionType],
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
