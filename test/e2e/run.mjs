// Runs the real-host suites (the same mocha suites and workspaces on either host): a desktop VS
// Code through @vscode/test-electron where one can be had, else code-server with this extension
// under development, driven by Debian's Chromium through playwright-core (see
// shared REAL-VSCODE-TESTS.md). The choice is test/e2e/chooseHost.ts; VSCODE_TEST_HOST=electron
// or =code-server forces it.
//
//   node test/e2e/run.mjs                 every suite in test/e2e/suites.json
//   node test/e2e/run.mjs journal         one suite
//   node test/e2e/run.mjs web             the web-only package in code-server's web worker extension host (always code-server)
//   node test/e2e/run.mjs --screenshots D  saves the README's pictures of the sample journal into folder D (code-server)
//   node test/e2e/run.mjs --screenshot-web D  only the picture from the browser's web worker extension host
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { launchBrowser, packageExtension, packageWebExtension, PINNED_TODAY, ROOT, startServer, workbenchUrl } from './codeServer.mjs';

const SUITES = JSON.parse(readFileSync(join(ROOT, 'test/e2e/suites.json'), 'utf8'));
// Workbench chatter that has nothing to do with the suite (no network here, no accounts).
const NOISE = /ENOTFOUND|AccountPolicyGate|AgentHost|authentication provider|open-vsx|marketplace|ERR_NAME_NOT_RESOLVED|Creating a socket|connection token|grace time|builtin extensions cache|Service Worker/i;
const SUITE_TIMEOUT_MS = 6 * 60_000;
const totals = { passed: 0, failed: 0 };

/** Counts a suite's closing line ("N passed, N failed") for the run's own. */
function countSummary(line) {
  const summary = /^(\d+) passed, (\d+) failed/.exec(line.trim());
  if (summary) {
    totals.passed += Number(summary[1]);
    totals.failed += Number(summary[2]);
  }
}

/** A suite in a desktop VS Code: @vscode/test-electron starts it on a copy of the workspace. */
async function runSuiteInElectron(suite, vscodeExecutablePath) {
  const { runTests } = await import('@vscode/test-electron');
  const scratch = mkdtempSync(join(tmpdir(), 'ifu-e2e-'));
  const workspace = join(scratch, 'workspace');
  if (suite.workspace) cpSync(join(ROOT, suite.workspace), workspace, { recursive: true });
  else mkdirSync(workspace);
  let pending = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      process.stdout.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(countSummary);
      done();
    },
  });
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out/test/e2e', suite.tests, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { INTERVIEW_FOLLOWUP_TODAY: PINNED_TODAY },
      stdout,
    });
  } catch {
    return 1;
  } finally {
    countSummary(pending);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * One suite in code-server, its mocha entry in the extension host of the extension under
 * development: the Node host for the repository itself, the browser's web worker host for a
 * web-only package (see prepareWebSuite).
 */
async function runSuite(name, suite, { developmentPath = ROOT, testsPath = join(ROOT, 'out/test/e2e', suite.tests) } = {}) {
  const source = suite.workspace ? join(ROOT, suite.workspace) : undefined;
  const { port, workspace, stop, log } = await startServer(source, { smokeTestDriver: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exitCode = new Promise((resolveExit, reject) => {
      const timer = setTimeout(() => reject(new Error(`suite ${name} timed out`)), SUITE_TIMEOUT_MS);
      page.exposeFunction('codeAutomationExit', (code) => {
        clearTimeout(timer);
        resolveExit(code);
      });
    });
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      if (NOISE.test(text)) return;
      for (const line of text.split('\n')) {
        if (/^\s+at /.test(line) && !process.env.E2E_VERBOSE) continue;
        countSummary(line);
        console.log(`  ${line}`);
      }
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    await page.goto(workbenchUrl(port, workspace, [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ['extensionTestsPath', remote(testsPath)],
    ]));
    const code = await exitCode;
    if (code !== 0 && process.env.E2E_VERBOSE) console.log(log());
    return code;
  } finally {
    await browser.close();
    stop();
  }
}

/**
 * A suite for the browser's web worker extension host. code-server puts an extension in that
 * host only when its manifest has a `browser` entry and no `main` (with both it runs the Node
 * host, unless `"extensionKind": ["ui"]` or the user setting `remote.extensionKind` says "web").
 * So the web-only .vsix is packaged, unpacked as the development folder, and the suite — mocha
 * included — is bundled for the browser into it: a test entry outside the development folder, or
 * not one browser bundle, would run in the Node host.
 */
/**
 * mocha's browser build (mocha/mocha.js) is a UMD script, but mocha's package.json says
 * `"type": "module"`, so esbuild would read it as an ES module and its `module.exports = ...`
 * would reach the host's own CommonJS wrapper. Loaded from outside the package, it is CommonJS.
 */
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onResolve({ filter: /^mocha\/mocha\.js$/ }, () => ({ path: createRequire(join(ROOT, 'package.json')).resolve('mocha/mocha.js'), namespace: 'mocha-browser-build' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-browser-build' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'js' }));
  },
};

async function prepareWebSuite(suite, scratch) {
  const vsix = packageWebExtension(join(scratch, 'interview-followup-web.vsix'));
  const unpacked = spawnSync('unzip', ['-q', vsix, 'extension/*', '-d', scratch], { encoding: 'utf8' });
  if (unpacked.status !== 0) throw new Error(`unzip ${vsix} failed: ${unpacked.error?.message ?? unpacked.stderr}`);
  const developmentPath = join(scratch, 'extension');
  if (existsSync(join(developmentPath, 'dist/extension.js'))) throw new Error('the web-only package carries the Node bundle');
  const testsPath = join(developmentPath, 'dist/test/suite.js');
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'test/e2e', suite.tests, 'index.ts')],
    outfile: testsPath,
    bundle: true,
    platform: 'browser',
    conditions: ['worker'],
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [mochaBrowserBuild],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { developmentPath, testsPath };
}

async function runWebSuite(name, suite) {
  const scratch = mkdtempSync(join(tmpdir(), 'ifu-e2e-web-'));
  try {
    return await runSuite(name, suite, await prepareWebSuite(suite, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Pictures for the README, from the real host run as a user has it: code-server WITHOUT the
 * smoke-test driver (with it, notification toasts are never drawn) and the extension installed
 * from a .vsix. The reminder toast, the tree beside a note, and a freshly drafted letter with its
 * first placeholder selected.
 */
async function screenshots(folder) {
  mkdirSync(join(ROOT, '.e2e-run'), { recursive: true });
  const vsix = packageExtension(join(ROOT, '.e2e-run/interview-followup-screenshots.vsix'));
  const { port, workspace, stop } = await startServer(join(ROOT, 'test/fixtures/journal'), { smokeTestDriver: false, installExtension: vsix });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    await page.goto(workbenchUrl(port, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const toast = (text) => page.locator('.notification-toast', { hasText: text }).first();
    // The daily reminder comes once the notes are read.
    await toast('overdue').waitFor({ timeout: 90_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(folder, 'screenshot-reminder.png') });
    await toast('overdue').getByRole('button', { name: 'Show' }).click();
    await page.waitForSelector('.monaco-list-row[aria-label*="Thank Chidi"]', { timeout: 60_000 });
    const open = async (name) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
      await page.keyboard.type(name);
      await page.waitForTimeout(1200);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(2500);
    };
    await open('2026-11-19-acme.md');
    await page.screenshot({ path: join(folder, 'screenshot.png') });
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Interview Follow-Up: Draft Thank-You Notes');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await toast('Drafted').waitFor({ timeout: 30_000 });
    await page.mouse.move(700, 300); // no hover over the toast
    await page.waitForTimeout(2500);
    await page.screenshot({ path: join(folder, 'screenshot-letter.png') });
    console.log(`screenshots: ${['screenshot-reminder.png', 'screenshot.png', 'screenshot-letter.png'].map((f) => join(folder, f)).join(', ')}`);
  } finally {
    await browser.close();
    stop();
  }
}

/**
 * The README's picture of the browser: the web-only package installed into code-server, so it
 * runs in the browser's web worker extension host as on vscode.dev and github.dev; without the
 * smoke-test driver, as a user has it. The tree, a letter with its problems underlined, and the
 * Problems panel. (The day cannot be pinned in the browser: the sample journal is seen as of today.)
 */
async function screenshotWeb(folder) {
  mkdirSync(join(ROOT, '.e2e-run'), { recursive: true });
  const vsix = packageWebExtension(join(ROOT, '.e2e-run/interview-followup-web.vsix'));
  const { port, workspace, stop } = await startServer(join(ROOT, 'test/fixtures/journal'), { smokeTestDriver: false, installExtension: vsix });
  const letter = join(workspace, 'letters/2026-11-19-acme-raj-patel.md');
  writeFileSync(letter, readFileSync(letter, 'utf8').replace('I appreciated hearing', 'I apreciated hearing'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    await page.goto(workbenchUrl(port, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const toast = page.locator('.notification-toast', { hasText: 'overdue' }).first();
    await toast.waitFor({ timeout: 90_000 });
    await toast.getByRole('button', { name: 'Show' }).click();
    await page.waitForSelector('.monaco-list-row[aria-label*="Thank Chidi"]', { timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type('2026-11-19-acme-raj-patel.md');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    // The spelling check waits for the word lists, read from the extension's own files.
    await page.waitForSelector('.squiggly-warning', { timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.waitForTimeout(2500);
    await page.mouse.move(700, 300);
    const file = join(folder, 'screenshot-web.png');
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  } finally {
    await browser.close();
    stop();
  }
}

/** code-server, Node 24 and Chromium, installed once into .e2e-tools (quick when they are there). */
function installCodeServer() {
  const setup = spawnSync('bash', [join(ROOT, 'test/e2e/setup-tools.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error(`test/e2e/setup-tools.sh failed (exit ${setup.status})`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--screenshots') {
    installCodeServer();
    await screenshots(resolve(args[1] ?? 'media'));
    return screenshotWeb(resolve(args[1] ?? 'media'));
  }
  if (args[0] === '--screenshot-web') {
    installCodeServer();
    return screenshotWeb(resolve(args[1] ?? 'media'));
  }
  const names = args.length ? args : Object.keys(SUITES);
  for (const name of names) {
    if (!SUITES[name]) throw new Error(`unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
  }
  const { chooseHost, describeChoice } = await import(join(ROOT, 'out/test/e2e/chooseHost.js'));
  const choice = await chooseHost({
    env: process.env,
    platform: process.platform,
    download: async () => (await import('@vscode/test-electron')).downloadAndUnzipVSCode({ version: 'stable', timeout: 15_000 }),
  });
  console.log(describeChoice(choice));
  // The web suites need code-server (its browser's web worker host) whichever host runs the others.
  if (choice.host === 'code-server' || names.some((n) => SUITES[n].host === 'web-worker')) installCodeServer();
  const failed = [];
  for (const name of names) {
    const started = Date.now();
    const suite = SUITES[name];
    const web = suite.host === 'web-worker';
    console.log(`e2e suite ${name}: starting ${web ? 'code-server and Chromium (web worker extension host)' : choice.host === 'electron' ? 'VS Code' : 'code-server and Chromium'}`);
    const run = web ? runWebSuite(name, suite) : choice.host === 'electron' ? runSuiteInElectron(suite, choice.vscodeExecutablePath) : runSuite(name, suite);
    const code = await run.catch((e) => {
      console.error(e);
      return 1;
    });
    console.log(`e2e suite ${name}: exit ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
    if (code !== 0) failed.push(name);
  }
  if (failed.length) {
    console.error(`e2e: failing suites: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
  console.log(`e2e: ${totals.passed} passed, ${totals.failed + (failed.length && !totals.failed ? 1 : 0)} failed`);
}

await main();
