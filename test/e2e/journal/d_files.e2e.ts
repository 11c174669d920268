import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, eventually, workspaceUri, writeBytes } from '../host';

const NOTE = '---\ntype: interview\ncompany: Pendant Publishing\ndate: 2026-11-23\ninterviewers:\n  - name: Elaine Benes\n    title: Editor\n---\n';

describe('files created, renamed and deleted on disk', () => {
  it('adds, moves and removes the note\'s actions', async () => {
    const { notes } = await api();
    const has = (file: string) => notes.schedule().some((a) => a.file === file && a.person === 'Elaine Benes');
    await writeBytes('pendant.md', new TextEncoder().encode(NOTE));
    await eventually(() => assert.ok(has('pendant.md')));
    await vscode.workspace.fs.rename(workspaceUri('pendant.md'), workspaceUri('interviews/pendant-renamed.md'));
    await eventually(() => assert.ok(has('interviews/pendant-renamed.md') && !has('pendant.md')));
    await vscode.workspace.fs.delete(workspaceUri('interviews/pendant-renamed.md'));
    await eventually(() => assert.ok(!has('interviews/pendant-renamed.md')));
  });
});
