/**
 * The web suite's entry (extensionTestsPath) in the browser's web worker extension host: one
 * browser bundle (test/e2e/run.mjs builds it with esbuild), mocha's own browser build inside. The
 * test files are required only after mocha.setup() has defined describe/it in the worker.
 */
// mocha's browser build (its package.json `browser` field) defines the global `mocha` and returns it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mocha = require('mocha/mocha.js') as BrowserMocha;

/** The Node suites' closing line, "N passed, N failed", through the console the host forwards. */
function reporter(runner: Mocha.Runner): void {
  let passed = 0;
  let failed = 0;
  runner.on('suite', (suite: Mocha.Suite) => {
    if (suite.title) console.log(`  ${suite.title}`);
  });
  runner.on('pass', (test: Mocha.Test) => {
    passed++;
    console.log(`    ✔ ${test.title}`);
  });
  runner.on('fail', (test: Mocha.Test, err: Error) => {
    failed++;
    console.log(`    ✗ ${test.title}\n      ${err.message}\n${err.stack ?? ''}`);
  });
  runner.on('end', () => console.log(`\n${passed} passed, ${failed} failed`));
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', timeout: 30_000, reporter: reporter as unknown as Mocha.ReporterConstructor });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./worker.e2e');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} real-host test(s) failed`)) : resolve()));
  });
}
