/** Path settings stay inside the workspace folder (issue 18): the pure rule, and the realpath adapter. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWithin, PATH_SETTINGS, settingPath } from '../../src/core/shared/settingPaths';
import { containedSettingPath, linkEscape } from '../../src/node/containedPath';

describe('path settings (core)', () => {
  it('reads relative paths inside the folder, normalised', () => {
    for (const [written, path] of [['', ''], ['.', ''], ['notes', 'notes'], ['./notes/', 'notes'], ['a/../b', 'b'], ['a\\b', 'a/b'], ['  .vscode/words.txt ', '.vscode/words.txt']]) {
      assert.deepEqual(settingPath('notesFolder', written), { ok: true, path }, written);
    }
  });

  it('refuses paths that climb out, whichever way they are written', () => {
    for (const written of ['..', '../.bashrc', '../../.ssh/id_rsa', 'a/../../b', '..\\x', 'notes/../../..', '/etc/passwd', 'C:\\Users\\x', '//server/share']) {
      const result = settingPath('wordListFile', written);
      assert.equal(result.ok, false, written);
      assert.match((result as { message: string }).message, /^interviewFollowUp\.wordListFile ".*" is outside the workspace folder, so it is not used$/);
    }
  });

  it('takes an absolute path only when it lies inside the folder', () => {
    assert.deepEqual(settingPath('notesFolder', '/home/me/journal/notes', '/home/me/journal'), { ok: true, path: 'notes' });
    assert.deepEqual(settingPath('notesFolder', '/home/me/journal', '/home/me/journal/'), { ok: true, path: '' });
    assert.equal(settingPath('notesFolder', '/home/me/journal-other', '/home/me/journal').ok, false);
    assert.equal(settingPath('notesFolder', '/home/me/journal/../x', '/home/me/journal').ok, false);
    assert.deepEqual(settingPath('interviewTemplateFile', 'C:\\Users\\Me\\Journal\\t.md', 'c:\\users\\me\\journal'), { ok: true, path: 't.md' });
  });

  it('compares whole path segments', () => {
    assert.equal(isWithin('/a/b', '/a/b'), true);
    assert.equal(isWithin('/a/b', '/a/b/c'), true);
    assert.equal(isWithin('/a/b', '/a/bc'), false);
    assert.equal(isWithin('/a/b/', '/a'), false);
    assert.equal(isWithin('/', '/anything'), true);
  });

  it('names every path setting the extension declares', () => {
    const pkg = require('../../../package.json') as { contributes: { configuration: { properties: Record<string, unknown> } }; capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } } };
    assert.deepEqual([...pkg.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), PATH_SETTINGS.map((k) => `interviewFollowUp.${k}`).sort());
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const key of PATH_SETTINGS) assert.ok(pkg.contributes.configuration.properties[`interviewFollowUp.${key}`], key);
  });
});

describe('path settings through symbolic links (node)', () => {
  let base: string;
  let root: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'ifu-paths-'));
    root = join(base, 'ws');
    mkdirSync(join(root, 'inside'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside/secret'), 'x');
    symlinkSync(join(base, 'outside'), join(root, 'out-link'));
    symlinkSync(join(root, 'inside'), join(root, 'in-link'));
    symlinkSync('/', join(root, 'root-link'));
    symlinkSync(join(base, 'nowhere'), join(root, 'dangling'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('follows links that stay inside, refuses those that lead out or nowhere', () => {
    assert.equal(linkEscape(root, 'inside'), undefined);
    assert.equal(linkEscape(root, 'in-link/new/file.md'), undefined, 'a path not made yet under a link inside');
    assert.equal(linkEscape(root, 'out-link'), 'outside');
    assert.equal(linkEscape(root, 'out-link/secret'), 'outside');
    assert.equal(linkEscape(root, 'out-link/not-yet'), 'outside');
    assert.equal(linkEscape(root, 'root-link/etc'), 'outside');
    assert.equal(linkEscape(root, 'dangling'), 'dangling');
    assert.equal(linkEscape(root, 'missing/deeper'), undefined);
  });

  it('a workspace folder that is itself a link is compared by its real path', () => {
    symlinkSync(root, join(base, 'ws-link'));
    assert.deepEqual(containedSettingPath(join(base, 'ws-link'), 'notesFolder', 'inside'), { ok: true, relative: 'inside', path: join(base, 'ws-link', 'inside') });
    assert.equal(containedSettingPath(join(base, 'ws-link'), 'notesFolder', 'out-link').ok, false);
  });

  it('says which setting and why', () => {
    assert.deepEqual(containedSettingPath(root, 'lettersFolder', 'out-link/letters'), { ok: false, message: 'interviewFollowUp.lettersFolder "out-link/letters" leads outside the workspace folder through a symbolic link, so it is not used' });
    assert.deepEqual(containedSettingPath(root, 'wordListFile', 'dangling'), { ok: false, message: 'interviewFollowUp.wordListFile "dangling" goes through a symbolic link that leads nowhere, so it is not used' });
    assert.deepEqual(containedSettingPath(root, 'wordListFile', '../x', 'the folder'), { ok: false, message: 'interviewFollowUp.wordListFile "../x" is outside the folder, so it is not used' });
  });
});
