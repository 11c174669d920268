import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseDay } from '../../../src/core/shared/days';
import { shortDate } from '../../../src/core/present/presentation';
import { displayLocale } from '../../../src/vscode/displayLocale';
import { api, eventually } from '../host';

async function rows() {
  const { tree } = await api();
  const out: string[] = [];
  for (const group of await tree.getChildren()) {
    const item = tree.getTreeItem(group);
    out.push(`${item.label} (${item.description})`);
    for (const child of await tree.getChildren(group)) {
      const c = tree.getTreeItem(child);
      out.push(`  ${c.label} | ${c.description}`);
    }
  }
  return out;
}

describe('the Due Follow-Ups tree on the sample journal (today pinned to 2026-11-25)', () => {
  it('groups the actions by when they are due, with counts', async () => {
    // A week or more ahead is a date, in the display language's order ("Wed Dec 2" in US English, "Wed 2 Dec" in British).
    const dec2 = shortDate(parseDay('2026-12-02')!, parseDay('2026-11-25')!, displayLocale());
    assert.deepEqual(await rows(), [
      'Overdue (9)',
      '  Ask decision date | 15 d overdue · Globex',
      '  Alert references | 5 d overdue · Acme Corp',
      '  Thank Chidi | 2 d overdue · Acme Corp',
      '  Thank Raj | 2 d overdue · drafted · Acme Corp',
      '  Ask for referrals | 1 d overdue · Initech',
      '  Mention offer | 1 d overdue · Globex',
      '  Mention offer | 1 d overdue · Acme Corp',
      '  Names and titles | 1 d overdue · Hooli',
      '  Mention offer | 1 d overdue · Hooli',
      'Today (1)',
      '  Follow-up call | today · Acme Corp',
      'This Week (4)',
      '  Follow up again | in 5 days · Globex',
      '  Thank Gavin | in 5 days · Hooli',
      '  Thank Monica | in 5 days · Hooli',
      `  Follow-up call | ${dec2} · Hooli`,
    ]);
  });

  it('opens again from the saved state: the same rows at once, before any file is checked', async () => {
    const { notes, tree } = await api();
    const before = await rows();
    let checked = false;
    const loading = notes.reload().then(() => {
      checked = true;
    });
    await notes.whenShown();
    const shown: string[] = [];
    for (const group of await tree.getChildren()) {
      shown.push(`${tree.getTreeItem(group).label} (${tree.getTreeItem(group).description})`);
      for (const child of await tree.getChildren(group)) shown.push(`  ${tree.getTreeItem(child).label} | ${tree.getTreeItem(child).description}`);
    }
    assert.equal(checked, false, 'the rows came before the files were checked');
    assert.deepEqual(shown, before);
    await loading;
    assert.deepEqual(await rows(), before, 'nothing changed on disk: nothing corrected');
  });

  it('shows the overdue count as a badge', async () => {
    const { tree } = await api();
    await eventually(() => assert.equal(tree.view.badge?.value, 9));
  });

  it('gives each item the advice as a tooltip and a codicon', async () => {
    const { tree } = await api();
    const [overdue] = await tree.getChildren();
    const [first] = await tree.getChildren(overdue);
    const item = tree.getTreeItem(first);
    assert.match((item.tooltip as vscode.MarkdownString).value, /Ask at the end of the interview when the employer expects/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'question');
    assert.equal(item.contextValue, 'action:ask-decision-date:file');
  });

  it('groups by company with the title-bar toggle, and back', async () => {
    const { tree } = await api();
    await vscode.commands.executeCommand('interviewFollowUp.groupByCompany');
    const groups = (await tree.getChildren()).map((g) => `${tree.getTreeItem(g).label} (${tree.getTreeItem(g).description})`);
    assert.deepEqual(groups, ['Acme Corp (5)', 'Globex (3)', 'Hooli (5)', 'Initech (1)']);
    await vscode.commands.executeCommand('interviewFollowUp.groupByDue');
    assert.equal(tree.getTreeItem((await tree.getChildren())[0]).label, 'Overdue');
  });

  it('opens the note at the action\'s line on click', async () => {
    const { tree } = await api();
    const [overdue] = await tree.getChildren();
    const chidi = (await tree.getChildren(overdue)).find((n) => tree.getTreeItem(n).label === 'Thank Chidi')!;
    const item = tree.getTreeItem(chidi);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /interviews\/2026-11-19-acme\.md$/);
    assert.equal(editor.selection.active.line, 16);
    assert.match(editor.document.lineAt(16).text, /- name: Chidi Okonkwo/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes every command in the Interview Follow-Up category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['newInterviewNote', 'draftThankYouNotes', 'logFollowUp', 'recordOutcome', 'markDone', 'snooze', 'markLetterSent', 'refresh']) {
      assert.ok(commands.includes(`interviewFollowUp.${id}`), id);
    }
    const manifest = vscode.extensions.getExtension('interview-followup.interview-followup')!.packageJSON;
    const titles = manifest.contributes.commands.map((c: { title: string; category: string }) => `${c.category}: ${c.title}`);
    for (const title of ['New Interview Note', 'Draft Thank-You Notes', 'Log Follow-Up', 'Record Outcome', 'Mark Done', 'Snooze', 'Mark Letter Sent', 'Refresh']) {
      assert.ok(titles.includes(`Interview Follow-Up: ${title}`), title);
    }
  });
});
