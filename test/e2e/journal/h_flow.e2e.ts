/** Issue 17: writes that can be taken back, outcomes that do not change, and an accepted offer closing the search. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DueAction } from '../../../src/core/shared/types';
import { api, eventually, workspaceUri } from '../host';

const node = (action: DueAction) => ({ type: 'action', action });
const bytesOf = (file: string) => vscode.workspace.fs.readFile(workspaceUri(file));

/** Runs with `window.<kind>Message` answering `answer`, and returns what was asked. */
async function answering<T>(kind: 'showInformationMessage' | 'showWarningMessage', answer: string | undefined, run: () => Thenable<T>): Promise<{ result: T; asked: unknown[][] }> {
  const window = vscode.window as unknown as Record<string, (...args: unknown[]) => Thenable<unknown>>;
  const original = window[kind];
  const asked: unknown[][] = [];
  window[kind] = async (...args: unknown[]) => {
    asked.push(args);
    return answer;
  };
  try {
    return { result: await run(), asked };
  } finally {
    window[kind] = original;
  }
}

async function openThankYou(filter: (a: DueAction) => boolean = () => true): Promise<DueAction> {
  const { notes } = await api();
  return eventually(() => {
    const found = notes.schedule().find((a) => a.kind === 'thank-you' && a.file && a.person && filter(a));
    assert.ok(found, 'an open thank-you');
    return found;
  });
}

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

  it('Mark Done says what it recorded, where, with Undo and Open Note; its Undo button restores the bytes', async () => {
    const action = await openThankYou();
    const file = action.file!;
    const before = await bytesOf(file);
    const { result, asked } = await answering('showInformationMessage', 'Undo', () => vscode.commands.executeCommand('interviewFollowUp.markDone', node(action)));
    assert.equal(result, true);
    const [message, ...buttons] = asked[0] as string[];
    assert.equal(message, `Recorded thank_you_sent: 2026-11-25 on ${action.person} in ${file}.`);
    assert.deepEqual(buttons, ['Undo', 'Open Note']);
    await eventually(async () => assert.deepEqual(await bytesOf(file), before, 'Undo restored the note'));
  });

  it('Mark Letter Sent on a thank-you with no letter asks before it records thank_you_sent', async () => {
    const { notes } = await api();
    const action = await openThankYou((a) => !notes.index.lettersFor(a.file!).some((l) => l.model.to?.value === a.person));
    const file = action.file!;
    const before = await bytesOf(file);
    const cancelled = await answering('showWarningMessage', undefined, () => vscode.commands.executeCommand('interviewFollowUp.markLetterSent', node(action)));
    assert.equal(cancelled.result, false);
    const [message, options, ...buttons] = cancelled.asked[0] as [string, vscode.MessageOptions, ...string[]];
    assert.match(message, new RegExp(`^${action.person} has no thank-you letter in your notes`));
    assert.equal(options.modal, true);
    assert.match(options.detail!, /thank_you_sent: 2026-11-25/);
    assert.deepEqual(buttons, ['Record as Thanked', 'Draft Thank-You']);
    assert.deepEqual(await bytesOf(file), before, 'nothing written without an answer');
    const recorded = await answering('showWarningMessage', 'Record as Thanked', () => vscode.commands.executeCommand('interviewFollowUp.markLetterSent', node(action)));
    assert.equal(recorded.result, true);
    assert.match(new TextDecoder().decode(await bytesOf(file)), /thank_you_sent: 2026-11-25/);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.undoLastWrite'), true);
    assert.deepEqual(await bytesOf(file), before);
  });

  it('the quick fix "Mark sent today" says what it recorded, and Undo takes it back', async () => {
    const action = await openThankYou((a) => a.state === 'overdue');
    const uri = workspaceUri(action.file!);
    const editor = await vscode.window.showTextDocument(uri);
    const before = editor.document.getText();
    const diagnostic = await eventually(() => {
      const found = vscode.languages.getDiagnostics(uri).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'thank-you-overdue');
      assert.ok(found, 'thank-you-overdue is reported');
      return found;
    });
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = fixes.find((f) => f.title === 'Mark sent today');
    assert.ok(fix?.edit && fix.command, 'the fix edits and then reports');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const { result, asked } = await answering('showInformationMessage', undefined, () => vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])));
    assert.equal(result, true);
    assert.match(String(asked[0][0]), /^Recorded thank_you_sent: 2026-11-25 on /);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.undoLastWrite'), true);
    assert.equal(editor.document.getText(), before);
    await editor.document.save();
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
