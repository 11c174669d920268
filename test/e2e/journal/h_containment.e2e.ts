/**
 * A notes repository someone else prepared (issue 18), in the real host: path settings that lead
 * out of the workspace folder (as written or through a symbolic link) are never read or written,
 * a word list linked to /dev/zero does not hang, a notes folder linked to `/` is not walked, and
 * note values reach tooltips as text.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { api, eventually, workspaceUri } from '../host';

const config = () => vscode.workspace.getConfiguration('interviewFollowUp');

async function setSetting(key: string, value: string | undefined): Promise<void> {
  const { notes } = await api();
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  const expected = value ?? (config().inspect<string>(key)?.defaultValue ?? '');
  await eventually(() => assert.equal((notes.settings as unknown as Record<string, string>)[key], expected));
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms))]);
}

describe('a prepared repository: path settings stay inside the workspace folder', function () {
  this.timeout(60_000);
  const root = () => workspaceUri('').fsPath;
  let outside: string;
  const links: string[] = [];
  const link = (target: string, relative: string) => {
    const path = join(root(), relative);
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(target, path);
    links.push(path);
  };

  before(() => {
    outside = mkdtempSync(join(tmpdir(), 'ifu-outside-'));
    writeFileSync(join(outside, 'secret-template.md'), '---\ntype: interview\ncompany: {{company}}\n---\nSECRET-TEMPLATE-TEXT\n');
  });
  after(async () => {
    for (const key of ['wordListFile', 'interviewTemplateFile', 'notesFolder', 'lettersFolder']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    for (const path of links) unlinkSync(path);
    rmSync(outside, { recursive: true, force: true });
    await (await api()).notes.reload();
  });

  it('Add to word list refuses a word list outside the folder, written with .. or reached through a link', async () => {
    const sibling = join(dirname(root()), `outside-words-${process.pid}.txt`);
    await setSetting('wordListFile', `../${require('node:path').basename(sibling)}`);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.addWord', 'Zzyzx'), false);
    assert.equal(existsSync(sibling), false, 'nothing written next to the workspace folder');

    link(outside, '.vscode/out-link');
    await setSetting('wordListFile', '.vscode/out-link/words.txt');
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.addWord', 'Zzyzx'), false);
    assert.equal(existsSync(join(outside, 'words.txt')), false, 'nothing written through the link');
  });

  it('a word list linked to /dev/zero is refused at once', async () => {
    const { diagnostics } = await api();
    link('/dev/zero', '.vscode/zero-words.txt');
    await setSetting('wordListFile', '.vscode/zero-words.txt');
    await within(diagnostics.reloadWordList(), 5_000, 'reading the word list');
    assert.equal(await within(Promise.resolve(vscode.commands.executeCommand('interviewFollowUp.addWord', 'Zzyzx')), 5_000, 'Add to word list'), false);
    await setSetting('wordListFile', undefined);
  });

  it('a note template outside the folder is not copied into a new note: the built-in one is used', async () => {
    await setSetting('interviewTemplateFile', join(outside, 'secret-template.md'));
    const created = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newInterviewNote', { company: 'Template Probe', date: '2026-11-25 10:00', contactVia: 'email', interviewers: [{ name: 'Pat Probe', title: 'CTO' }] });
    const text = readFileSync(created.fsPath, 'utf8');
    assert.doesNotMatch(text, /SECRET-TEMPLATE-TEXT/);
    assert.match(text, /^---\ntype: interview\ncompany: Template Probe\n/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(created);
    await setSetting('interviewTemplateFile', undefined);
  });

  it('a notes folder linked to / is not walked', async () => {
    const { notes } = await api();
    link('/', 'everything');
    await setSetting('notesFolder', 'everything');
    await within(notes.reload(), 10_000, 'reading the notes');
    assert.deepEqual(notes.index.interviews().map((i) => i.file), [], 'no note read through the link');
    await setSetting('notesFolder', undefined);
    await notes.reload();
    assert.ok(notes.index.interviews().length > 0);
  });
});

describe('note values in tooltips are text', function () {
  this.timeout(30_000);
  const file = 'interviews/tick`name.md';
  after(() => vscode.workspace.fs.delete(workspaceUri(file)));

  it('an image, a link, an icon or a backtick from a note renders as written', async () => {
    const { notes, tree } = await api();
    const company = 'Evil ![](https://tracker.example/p.png) [x](command:workbench.action.quit) $(alert) <img src=x>';
    await vscode.workspace.fs.writeFile(workspaceUri(file), new TextEncoder().encode(`---\ntype: interview\ncompany: "${company}"\ndate: 2026-11-24\ndecision_expected: 2026-12-20\ninterviewers:\n  - name: Ada Tick\n    title: CTO\n---\n`));
    const action = await eventually(() => {
      const found = notes.schedule().find((a) => a.file === file && a.kind === 'thank-you');
      assert.ok(found, JSON.stringify(notes.schedule().map((a) => a.file)));
      return found;
    });
    const tooltip = tree.getTreeItem({ type: 'action', action }).tooltip as vscode.MarkdownString;
    assert.ok(!tooltip.supportThemeIcons && !tooltip.isTrusted && !tooltip.supportHtml);
    // Every Markdown character of the note's values is escaped; the file name is one code span.
    assert.doesNotMatch(tooltip.value, /(^|[^\\])!\\?\[|(^|[^\\])\]\(|(^|[^\\])<img/);
    assert.ok(tooltip.value.includes('Evil \\!\\[\\]\\(https\\:\\/\\/tracker\\.example\\/p\\.png\\)'), tooltip.value);
    assert.ok(tooltip.value.includes('``interviews/tick`name.md``'), tooltip.value);
  });
});
