/** Issue 17: writes that can be taken back, outcomes that do not change, and an accepted offer closing the search. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DueAction } from '../../../src/core/shared/types';
import { api, eventually, workspaceUri } from '../host';

const node = (action: DueAction) => ({ type: 'action', action });
const bytesOf = (file: string) => vscode.workspace.fs.readFile(workspaceUri(file));

describe('writes say what they recorded and can be undone; outcomes flow', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Undo after Mark Done restores the note byte for byte', async () => {
    const { notes } = await api();
    const action = await eventually(() => {
      const found = notes.schedule().find((a) => a.kind === 'thank-you' && a.file && a.person);
      assert.ok(found, 'an open thank-you');
      return found;
    });
    const file = action.file!;
    const before = await bytesOf(file);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markDone', node(action)), true);
    const after = await bytesOf(file);
    assert.notDeepEqual(after, before, 'Mark Done wrote');
    assert.match(new TextDecoder().decode(after), new RegExp(`thank_you_sent: ${'2026-11-25'}`));
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.undoLastWrite'), true);
    assert.deepEqual(await bytesOf(file), before, 'the same bytes as before');
    await eventually(() => assert.ok(notes.schedule().some((a) => a.kind === 'thank-you' && a.file === file && a.person === action.person), 'the action is open again'));
  });

  it('Undo refuses once the note has changed since, and leaves it as it is', async () => {
    const { notes } = await api();
    const action = notes.schedule().find((a) => a.kind === 'thank-you' && a.file && a.person)!;
    const uri = workspaceUri(action.file!);
    const original = await bytesOf(action.file!);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markDone', node(action)), true);
    // The person types in the note afterwards.
    const document = await vscode.workspace.openTextDocument(uri);
    const typing = new vscode.WorkspaceEdit();
    typing.insert(uri, document.positionAt(document.getText().length), 'Typed after.\n');
    assert.ok(await vscode.workspace.applyEdit(typing));
    const typed = document.getText();
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.undoLastWrite'), false);
    assert.equal(document.getText(), typed, 'nothing the person typed is lost');
    // Put the journal back for the tests after this one.
    const restore = new vscode.WorkspaceEdit();
    restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(typed.length)), new TextDecoder().decode(original));
    assert.ok(await vscode.workspace.applyEdit(restore));
    await document.save();
    assert.deepEqual(await bytesOf(action.file!), original);
  });

  it('Record Outcome with the status the note already has changes nothing', async () => {
    const { notes } = await api();
    const target = notes.index.interviews().find((i) => i.model.status && i.model.statusDate)!;
    assert.ok(target, 'an interview with a recorded status');
    const before = await bytesOf(target.file);
    const status = target.model.status!.value;
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(target.file), status, 'today'), true);
    assert.deepEqual(await bytesOf(target.file), before, `${status} again: the file is byte for byte the same`);
  });

  it('accepting an offer gives each other open interview one Withdraw item and stops their follow-ups; Undo takes it back', async () => {
    const { notes, tree } = await api();
    const accepted = notes.index.interviews().find((i) => i.model.status?.value === 'offer') ?? notes.index.interviews()[0];
    const open = notes.index.interviews()
      .filter((i) => i.file !== accepted.file && ['waiting', 'offer'].includes(i.model.status?.value ?? 'waiting'))
      .map((i) => i.file)
      .sort();
    assert.ok(open.length >= 2, `other open interviews: ${open.join(', ')}`);
    const before = await bytesOf(accepted.file);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(accepted.file), 'accepted', 'today'), true);
    await eventually(() => {
      const actions = notes.schedule();
      assert.deepEqual(actions.filter((a) => a.kind === 'withdraw').map((a) => a.file).sort(), open, 'exactly one withdraw per other open interview');
      assert.deepEqual(actions.filter((a) => ['follow-up-call', 'follow-up-again', 'leverage-offer'].includes(a.kind)).map((a) => `${a.kind} ${a.file}`), []);
    });
    const labels: string[] = [];
    for (const group of await tree.getChildren()) for (const child of await tree.getChildren(group)) labels.push(String(tree.getTreeItem(child).label));
    assert.equal(labels.filter((l) => l === 'Withdraw').length, open.length, 'the tree shows them');
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.undoLastWrite'), true);
    assert.deepEqual(await bytesOf(accepted.file), before);
    await eventually(() => assert.ok(!notes.schedule().some((a) => a.kind === 'withdraw')));
  });
});
