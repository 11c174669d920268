import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, eventually, readText, workspaceUri } from '../host';

describe('live updates', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('updates the tree as the user types in an open note, before saving', async () => {
    const { notes, tree } = await api();
    const before = await readText('interviews/2026-11-19-acme.md');
    const editor = await vscode.window.showTextDocument(workspaceUri('interviews/2026-11-19-acme.md'));
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('title: Staff Engineer'));
    await editor.edit((e) => e.insert(new vscode.Position(line + 1, 0), '    thank_you_sent: 2026-11-24\n'));
    assert.ok(editor.document.isDirty);
    await eventually(() => {
      assert.ok(!notes.schedule().some((a) => a.kind === 'thank-you' && a.person === 'Raj Patel'));
      assert.equal(tree.view.badge?.value, 8);
    });
    assert.equal(await readText('interviews/2026-11-19-acme.md'), before, 'nothing was written to disk');
  });

  it('follows the user deleting the line again', async () => {
    const { notes } = await api();
    const editor = await vscode.window.showTextDocument(workspaceUri('interviews/2026-11-19-acme.md'));
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('thank_you_sent: 2026-11-24'));
    assert.ok(line > 0);
    await editor.edit((e) => e.delete(new vscode.Range(line, 0, line + 1, 0)));
    await eventually(() => assert.ok(notes.schedule().some((a) => a.kind === 'thank-you' && a.person === 'Raj Patel')));
    // The text is the file's again: save it so no later test meets a dirty document.
    assert.equal(editor.document.getText(), await readText('interviews/2026-11-19-acme.md'));
    assert.ok(await editor.document.save());
  });
});
