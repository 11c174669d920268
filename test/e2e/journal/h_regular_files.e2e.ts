import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api } from '../host';

/**
 * The extension reads every file through VS Code's file service (the same adapter serves the
 * browser): a named pipe with a note's name is never opened (it would never answer) and a file
 * over the read limit is not read; both are reported on the index, and the rest is read.
 */
describe('files that are not read: one rule for every scheme, through workspace.fs', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  after(async () => {
    rmSync(join(root(), 'pipe.md'), { force: true });
    rmSync(join(root(), 'huge.md'), { force: true });
    await (await api()).notes.reload();
  });

  it('reports a named pipe and a 9 MB file, and reads the notes beside them', async () => {
    const { notes } = await api();
    execFileSync('mkfifo', [join(root(), 'pipe.md')]);
    writeFileSync(join(root(), 'huge.md'), `---\ntype: interview\n---\n${'x'.repeat(9 * 1024 * 1024)}`);
    const reading = notes.reload();
    const finished = await Promise.race([reading.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000))]);
    assert.equal(finished, true, 'reading the folder finishes (the pipe is never opened)');
    const message = (file: string) => notes.index.get(file)?.problems.map((p) => p.message).join(' ') ?? '';
    assert.match(message('pipe.md'), /cannot be read: it is not a regular file/);
    assert.match(message('huge.md'), /cannot be read: it is 9\.0 MB, more than the 8\.0 MB read at most/);
    assert.ok(notes.index.interviews().length >= 5, 'the journal\'s notes are read');
  });
});
