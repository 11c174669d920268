import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from '../host';

describe('an empty folder', () => {
  it('shows no actions, so the welcome view offers "New Interview Note"', async () => {
    const { tree, notes } = await api();
    assert.equal(notes.index.interviews().length, 0);
    assert.deepEqual(await tree.getChildren(), []);
    const manifest = vscode.extensions.getExtension('interview-followup.interview-followup')!.packageJSON;
    const welcome = manifest.contributes.viewsWelcome.find((w: { when: string }) => w.when.includes('!interviewFollowUp.hasNotes'));
    assert.match(welcome.contents, /\[New Interview Note\]\(command:interviewFollowUp\.newInterviewNote\)/);
  });

  it('creates the first note from the command and then lists its actions', async () => {
    const { tree } = await api();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newInterviewNote', {
      company: 'Initrode', role: 'Engineer', date: '2026-11-24 09:00', interviewers: [{ name: 'Peter Gibbons', title: 'Team Lead' }],
    });
    assert.ok(uri, 'a note was created');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^---\ntype: interview\ncompany: Initrode\nrole: Engineer\n/);
    assert.match(text, /interviewers:\n {2}- name: Peter Gibbons\n {4}title: Team Lead\n/);
    const deadline = Date.now() + 10_000;
    let groups = await tree.getChildren();
    while (groups.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      groups = await tree.getChildren();
    }
    assert.ok(groups.length > 0, 'the tree lists the new note\'s actions');
  });
});
