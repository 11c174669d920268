import assert from 'node:assert/strict';
import { chooseHost, describeChoice } from '../e2e/chooseHost';

/** A download that fails the way it does without internet (MEASUREMENTS.md: ENOTFOUND in < 0.1 s). */
const offline = () => Promise.reject(new Error('getaddrinfo ENOTFOUND update.code.visualstudio.com\n    at GetAddrInfoReqWrap.onlookupall'));
const online = () => Promise.resolve('/cache/.vscode-test/vscode-linux-x64-1.139.1/code');
const never = () => Promise.reject(new Error('the download must not be tried'));

describe('choosing the real-host test host (test/e2e/chooseHost)', () => {
  it('falls back to code-server when the download fails, saying why', async () => {
    let tried = 0;
    const choice = await chooseHost({ env: { DISPLAY: ':0' }, platform: 'linux', download: () => (tried++, offline()) });
    assert.equal(tried, 1);
    assert.deepEqual(choice, { host: 'code-server', reason: 'no desktop VS Code could be downloaded (getaddrinfo ENOTFOUND update.code.visualstudio.com)' });
    assert.equal(describeChoice(choice), 'e2e host: code-server in Chromium, because no desktop VS Code could be downloaded (getaddrinfo ENOTFOUND update.code.visualstudio.com)');
  });

  it('uses a desktop VS Code that can be downloaded (or is cached)', async () => {
    const choice = await chooseHost({ env: { DISPLAY: ':0' }, platform: 'linux', download: online });
    assert.deepEqual(choice, { host: 'electron', vscodeExecutablePath: '/cache/.vscode-test/vscode-linux-x64-1.139.1/code', reason: 'a desktop VS Code could be downloaded (or was cached)' });
    assert.match(describeChoice(choice), /^e2e host: desktop VS Code via @vscode\/test-electron \(\/cache\/.*\/code\), because/);
    assert.equal((await chooseHost({ env: {}, platform: 'darwin', download: online })).host, 'electron', 'macOS and Windows always have a display');
  });

  it('uses the VS Code VSCODE_EXECUTABLE_PATH names, without downloading', async () => {
    const choice = await chooseHost({ env: { VSCODE_EXECUTABLE_PATH: '/opt/code/code' }, platform: 'linux', exists: (p) => p === '/opt/code/code', download: never });
    assert.deepEqual(choice, { host: 'electron', vscodeExecutablePath: '/opt/code/code', reason: 'VSCODE_EXECUTABLE_PATH=/opt/code/code' });
  });

  it('does not download a VS Code it could not show on a headless Linux', async () => {
    const choice = await chooseHost({ env: {}, platform: 'linux', download: never });
    assert.equal(choice.host, 'code-server');
    assert.match(choice.reason, /no display/);
  });

  it('VSCODE_TEST_HOST=code-server skips everything else', async () => {
    assert.deepEqual(await chooseHost({ env: { VSCODE_TEST_HOST: 'code-server', DISPLAY: ':0', VSCODE_EXECUTABLE_PATH: '/x' }, platform: 'linux', exists: () => true, download: never }), { host: 'code-server', reason: 'VSCODE_TEST_HOST=code-server' });
  });

  it('VSCODE_TEST_HOST=electron tries even without a display (xvfb-run), and fails loudly when it cannot', async () => {
    assert.equal((await chooseHost({ env: { VSCODE_TEST_HOST: 'electron' }, platform: 'linux', download: online })).host, 'electron');
    await assert.rejects(chooseHost({ env: { VSCODE_TEST_HOST: 'electron' }, platform: 'linux', download: offline }), /VSCODE_TEST_HOST=electron, but no desktop VS Code could be had: getaddrinfo ENOTFOUND/);
    await assert.rejects(chooseHost({ env: { VSCODE_TEST_HOST: 'electron', VSCODE_EXECUTABLE_PATH: '/nope' }, platform: 'linux', exists: () => false, download: online }), /\/nope does not exist/);
  });

  it('refuses an unknown VSCODE_TEST_HOST', async () => {
    await assert.rejects(chooseHost({ env: { VSCODE_TEST_HOST: 'browser' }, platform: 'linux', download: never }), /must be "electron" or "code-server"/);
  });
});
