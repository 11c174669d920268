import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dateLocaleFor } from '../../../src/core/present/dateLocale';
import { parseDay } from '../../../src/core/shared/days';
import { actionDescription, interviewTimeLabel } from '../../../src/core/present/presentation';
import type { DueAction } from '../../../src/core/shared/types';
import { api, eventually, readText, workspaceUri } from '../host';

const TODAY = parseDay('2026-11-25')!;
const NOTE = 'interviews/2026-11-24-kramerica-industries.md';

async function actionFor(kind: string, file: string): Promise<DueAction> {
  const { notes } = await api();
  return eventually(() => {
    const found = notes.schedule().find((a) => a.kind === kind && a.file === file);
    assert.ok(found, `${kind} in ${file}`);
    return found;
  });
}

async function itemsOf(file: string): Promise<vscode.TreeItem[]> {
  const { tree } = await api();
  const items: vscode.TreeItem[] = [];
  for (const group of await tree.getChildren()) {
    for (const child of await tree.getChildren(group)) {
      if (child.type === 'action' && child.action.file === file) items.push(tree.getTreeItem(child));
    }
  }
  return items;
}

describe('dates people read and type (today pinned to 2026-11-25)', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('labels the tree in VS Code\'s display language', async () => {
    const { tree, notes } = await api();
    const locale = dateLocaleFor(vscode.env.language, Intl.DateTimeFormat().resolvedOptions().locale);
    assert.ok(locale.code?.startsWith(vscode.env.language.split('-')[0]) || locale.code === 'en-US', `${vscode.env.language} -> ${locale.code}`);
    let checked = 0;
    for (const group of await tree.getChildren()) {
      for (const child of await tree.getChildren(group)) {
        assert.equal(child.type, 'action');
        if (child.type !== 'action') continue;
        // The due state first; a thank-you whose letter is drafted says so after it.
        const item = tree.getTreeItem(child);
        const drafted = item.contextValue === 'action:thank-you:drafted:file';
        assert.equal(String(item.description), actionDescription(child.action, notes.today(), locale, drafted ? ['drafted'] : []));
        checked++;
      }
    }
    assert.ok(checked > 5);
  });

  it('New Interview Note with its arguments writes the typed dates, the decision date and the references beside the other notes', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newInterviewNote', {
      company: 'Kramerica Industries', role: 'Intern', date: 'yesterday 3:30pm', decisionExpected: 'fri', references: 'Dana Lee, Sam Ortiz',
      interviewers: [{ name: 'Kel Varnsen', title: 'Founder' }],
    });
    assert.ok(uri);
    assert.match(uri.path, /\/interviews\/2026-11-24-kramerica-industries\.md$/);
    const text = await readText(NOTE);
    assert.match(text, /\ndate: 2026-11-24 15:30\n/);
    assert.match(text, /\ndecision_expected: 2026-11-27\n/);
    assert.match(text, /\nreferences: \[Dana Lee, Sam Ortiz\]\n/);
    await actionFor('alert-references', NOTE);
    const { notes } = await api();
    assert.ok(!notes.schedule().some((a) => a.file === NOTE && a.kind === 'ask-decision-date'), 'a decision date was given: nothing to ask');
  });

  it('refuses a typed date that could mean two days, and writes nothing', async () => {
    const before = await readText(NOTE);
    const call = { type: 'action', action: await actionFor('alert-references', NOTE) };
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.snooze', call, 'next week'), false);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(NOTE), 'offer', '3/4'), false);
    assert.equal(await readText(NOTE), before);
  });

  it('Snooze, Log Follow-Up and Record Outcome write typed dates in canonical form', async () => {
    const references = await actionFor('alert-references', NOTE);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.snooze', { type: 'action', action: references }, 'next fri'), true);
    assert.match(await readText(NOTE), /\nsnooze:\n {2}alert-references: 2026-11-27\n/);

    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.logFollowUp', workspaceUri(NOTE), { date: 'today', via: 'email', next: 'in a week' }), true);
    assert.match(await readText(NOTE), /\nfollow_ups:\n {2}- date: 2026-11-25\n {4}via: email\n {4}next: 2026-12-02\n/);

    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(NOTE), 'rejected', 'Wed 25 Nov'), true);
    assert.match(await readText(NOTE), /\nstatus: rejected\nstatus_date: 2026-11-25\n/);
  });

  it('shows the interview\'s time in the note\'s zone and in the user\'s own', async () => {
    const { notes } = await api();
    // Acme's note says 14:00 in America/New_York.
    const acme = 'interviews/2026-11-19-acme.md';
    const items = await itemsOf(acme);
    assert.ok(items.length > 0);
    const model = notes.index.interview(acme)!.model;
    const locale = dateLocaleFor(vscode.env.language, Intl.DateTimeFormat().resolvedOptions().locale);
    const expected = interviewTimeLabel({ date: model.date!.value, timezone: model.timezone!.value, userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }, TODAY, locale);
    assert.match(expected, / in New York \(/);
    for (const item of items) {
      const tooltip = (item.tooltip as vscode.MarkdownString).value;
      assert.ok(tooltip.includes(`Interview: ${expected}`), tooltip);
      const dueLines = tooltip.split('\n').filter((line) => /^Due |overdue: was due/.test(line));
      assert.equal(dueLines.length, 1, 'the due day is said once');
    }
  });
});
