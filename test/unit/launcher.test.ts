import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../../..');
// The launchers are ES modules; tsc's CommonJS output would turn `import()` into `require()`.
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Record<string, unknown>>;
const load = (file: string) => importModule(pathToFileURL(join(ROOT, file)).href);

type ArgsBuilder = (options: Record<string, unknown>) => string[];
const base = { entry: 'entry.js', port: 8123, userDataDir: '/u', extensionsDir: '/e', workspace: '/w' };

describe('the code-server launchers', () => {
  it('`npm start` runs test/e2e/start.mjs', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.match(manifest.scripts.start, /node test\/e2e\/start\.mjs$/);
  });

  it('the demo starts code-server without the smoke-test driver, which drops notification toasts', async () => {
    const { DEMO_SERVER_OPTIONS } = (await load('test/e2e/start.mjs')) as { DEMO_SERVER_OPTIONS: Record<string, unknown> };
    const { codeServerArgs } = (await load('test/e2e/codeServer.mjs')) as { codeServerArgs: ArgsBuilder };
    assert.equal(DEMO_SERVER_OPTIONS.smokeTestDriver, false);
    const args = codeServerArgs({ ...base, smokeTestDriver: DEMO_SERVER_OPTIONS.smokeTestDriver });
    assert.ok(!args.includes('enable-smoke-test-driver'), args.join(' '));
    assert.ok(!args.includes('--vscode-option'), args.join(' '));
    assert.equal(args.at(-1), '/w');
  });

  it('the test runner keeps the driver (the workbench honours the test payload only with it)', async () => {
    const { codeServerArgs } = (await load('test/e2e/codeServer.mjs')) as { codeServerArgs: ArgsBuilder };
    const args = codeServerArgs({ ...base, smokeTestDriver: true });
    assert.deepEqual(args.slice(args.indexOf('--vscode-option'), args.indexOf('--vscode-option') + 2), ['--vscode-option', 'enable-smoke-test-driver']);
    const runner = readFileSync(join(ROOT, 'test/e2e/run.mjs'), 'utf8');
    assert.match(runner, /startServer\(source, \{ smokeTestDriver: true \}\)/);
  });
});
