// `npm start`: the extension on the sample journal in a real VS Code. Uses the local `code` when
// there is one; otherwise code-server in the browser (prints the address to open).
//
// The demo behaves like the product: code-server runs WITHOUT the smoke-test driver the tests
// need (with it the workbench drops notification toasts), so the extension is packaged and
// installed as a user would have it instead of loaded through the test payload.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageExtension, ROOT, startServer, workbenchUrl } from './codeServer.mjs';

/** How `npm start` starts code-server (tested in test/unit/launcher.test.ts). */
export const DEMO_SERVER_OPTIONS = Object.freeze({ inPlace: true, smokeTestDriver: false });

async function main() {
  const journal = join(ROOT, '.e2e-run/sample-journal');
  if (!existsSync(journal)) cpSync(join(ROOT, 'test/fixtures/journal'), journal, { recursive: true });
  const today = process.env.INTERVIEW_FOLLOWUP_TODAY || null;

  const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
  if (hasCode && !process.env.IFU_USE_CODE_SERVER) {
    console.log(`Opening ${journal} in VS Code with the extension under development.`);
    spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, journal], { stdio: 'inherit', env: { ...process.env } });
    return;
  }
  const setup = spawnSync('bash', [join(ROOT, 'test/e2e/setup-tools.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
  mkdirSync(join(ROOT, '.e2e-run'), { recursive: true });
  const vsix = packageExtension(join(ROOT, '.e2e-run/interview-followup-demo.vsix'));
  const port = Number(process.env.PORT || 8080);
  const server = await startServer(journal, { ...DEMO_SERVER_OPTIONS, installExtension: vsix, today, port });
  const url = workbenchUrl(port, journal);
  console.log('\nInterview Follow-Up is running in code-server on the sample journal (a copy in .e2e-run/sample-journal).');
  console.log(`Open this address in a browser on this machine:\n\n  ${url}\n`);
  console.log('Click the envelope icon in the activity bar to see the due follow-ups. Ctrl+C stops the server.');
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
