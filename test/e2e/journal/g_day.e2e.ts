/**
 * A day with the extension: the daily reminder, a drafted letter ready to write, the question
 * before marking a letter with problems as sent, the tree's "drafted" state and the status bar.
 * (The test host runs with the smoke-test driver, which drops notification toasts: the reminder
 * is tested through its decision, what it remembers and what its buttons do.)
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatDay } from '../../../src/core/shared/days';
import type { Reminder } from '../../../src/core/schedule/reminders';
import { LAST_REMINDED_KEY, Reminders, SHOW, SNOOZE } from '../../../src/vscode/reminders';
import { api, eventually, EXTENSION_ID, readText, workspaceUri, writeBytes } from '../host';

const INTERVIEW = 'interviews/2026-11-23-pied-piper.md';
const LETTER = 'letters/2026-11-23-pied-piper-richard-hendricks.md';
const TOPIC = '{{a topic you discussed with Richard, and what you took from it}}';
const FIT = '{{why you are the right person for the role: one or two strengths that match what they need}}';

/** A workspace state of its own, so the extension's own memory of today's reminder is left alone. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

/** Replaces `vscode.window.showWarningMessage` while `run` runs, answering with `answer`. */
async function answeringWarnings<T>(answer: string | undefined, run: () => Thenable<T>): Promise<{ result: T; asked: unknown[][] }> {
  const window = vscode.window as { showWarningMessage: (...args: unknown[]) => Thenable<unknown> };
  const original = window.showWarningMessage;
  const asked: unknown[][] = [];
  window.showWarningMessage = async (...args: unknown[]) => {
    asked.push(args);
    return answer;
  };
  try {
    return { result: await run(), asked };
  } finally {
    window.showWarningMessage = original;
  }
}

/** The tree item with this label, once it satisfies `check`. */
async function treeItemFor(label: string, check: (item: vscode.TreeItem) => void = () => {}): Promise<vscode.TreeItem> {
  const { tree } = await api();
  return eventually(async () => {
    for (const group of await tree.getChildren()) {
      for (const child of await tree.getChildren(group)) {
        const item = tree.getTreeItem(child);
        if (item.label !== label) continue;
        check(item);
        return item;
      }
    }
    throw new Error(`no tree item "${label}"`);
  });
}

describe('a day with the extension', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('reminded once when the workspace opened, and not again today', async () => {
    const { reminders, notes } = await api();
    const today = notes.today();
    await eventually(() => assert.equal(reminders.lastReminded(), today, 'the activation reminder is remembered for today'));
    assert.equal(await reminders.check(), undefined, 'no second reminder on the same day');
  });

  it('decides what the reminder says, remembers the day, and "Show" focuses the view', async () => {
    const { notes, tree } = await api();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await eventually(() => assert.equal(tree.view.visible, false));
    const shown: Reminder[] = [];
    const memento = new MemoryMemento();
    const reminders = new Reminders(notes, memento, async (reminder) => {
      shown.push(reminder);
      return SHOW;
    });
    try {
      const reminder = await reminders.check();
      const overdue = notes.schedule().filter((a) => a.state === 'overdue').length;
      const dueToday = notes.schedule().filter((a) => a.state === 'today').length;
      assert.ok(overdue > 1, 'the sample journal has overdue follow-ups');
      assert.deepEqual(reminder, { message: `${dueToday} follow-up${dueToday === 1 ? '' : 's'} due today, ${overdue} overdue.`, dueToday, overdue });
      assert.deepEqual(shown, [reminder]);
      assert.equal(memento.get(LAST_REMINDED_KEY), formatDay(notes.today()));
      await eventually(() => assert.equal(tree.view.visible, true, 'Show focused the Due Follow-Ups view'));
      assert.equal(await reminders.check(), undefined);
      assert.equal(shown.length, 1, 'never more than one a day');
    } finally {
      reminders.dispose();
    }
  });

  it('"Snooze until tomorrow" keeps today quiet; a day remembered as yesterday reminds again', async () => {
    const { notes } = await api();
    const memento = new MemoryMemento();
    const yesterday = formatDay((notes.today() - 1) as ReturnType<typeof notes.today>);
    await memento.update(LAST_REMINDED_KEY, yesterday);
    const reminders = new Reminders(notes, memento, async () => SNOOZE);
    try {
      assert.ok(await reminders.check(), 'yesterday\'s reminder does not silence today\'s');
      await eventually(() => assert.equal(memento.get(LAST_REMINDED_KEY), formatDay(notes.today())));
      assert.equal(await reminders.check(), undefined);
    } finally {
      reminders.dispose();
    }
  });

  it('drafts a letter where the letters are and opens it, not as a preview, with the first placeholder selected', async () => {
    const { notes } = await api();
    await writeBytes(INTERVIEW, new TextEncoder().encode([
      '---', 'type: interview', 'company: Pied Piper', 'role: Compression Engineer', 'date: 2026-11-23 11:00', 'decision_expected: 2026-12-07',
      'contact_via: email', 'interviewers:', '  - name: Richard Hendricks', '    title: CEO', '  - name: Jared Dunn', '    title: COO', '---', 'Middle-out.', '',
    ].join('\n')));
    await eventually(() => assert.ok(notes.index.interview(INTERVIEW)));
    // From the tree item of Richard's thank-you: his letter only (Jared's stays to be drafted).
    const richard = await eventually(() => {
      const found = notes.schedule().find((a) => a.kind === 'thank-you' && a.person === 'Richard Hendricks');
      assert.ok(found);
      return found;
    });
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('interviewFollowUp.draftThankYouNotes', { type: 'action', action: richard });
    assert.deepEqual(created.map((u) => vscode.workspace.asRelativePath(u)), [LETTER]);
    const text = await readText(LETTER);
    assert.match(text, /^---\ntype: thank-you\ninterview: \.\.\/interviews\/2026-11-23-pied-piper\.md\nto: Richard Hendricks\nvia: email\nsent:\n---\n/);
    assert.match(text, / on Monday /, 'the interview two days ago, in the same week');
    assert.match(text, /\nSam Candidate\n\+1 555 0100\nsam\.candidate@example\.com\n$/, 'signed from the sender settings');

    const editor = vscode.window.activeTextEditor!;
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri), LETTER);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab!;
    assert.equal(tab.isPreview, false, 'a normal editor, not a preview that the next click replaces');
    assert.equal(editor.document.getText(editor.selection), TOPIC);
  });

  it('Next Placeholder selects the next placeholder, wrapping around; Previous goes back', async () => {
    const editor = vscode.window.activeTextEditor!;
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.nextPlaceholder'), FIT);
    assert.equal(editor.document.getText(editor.selection), FIT);
    await vscode.commands.executeCommand('interviewFollowUp.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), TOPIC);
    await vscode.commands.executeCommand('interviewFollowUp.previousPlaceholder');
    assert.equal(editor.document.getText(editor.selection), FIT);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const binding = manifest.contributes.keybindings.find((k: { command: string }) => k.command === 'interviewFollowUp.nextPlaceholder');
    assert.match(binding.when, /interviewFollowUp\.letterActive/);
  });

  it('shows the thank-you as "drafted", opens the letter on click and offers Mark Letter Sent instead of Draft', async () => {
    // The new letter reaches the index through the file watcher.
    const item = await treeItemFor('Thank Richard', (i) => assert.equal(i.description, 'today · drafted · Pied Piper'));
    assert.equal(item.contextValue, 'action:thank-you:drafted:file');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await eventually(() => assert.equal(vscode.workspace.asRelativePath(vscode.window.activeTextEditor!.document.uri), LETTER));

    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const offered = (command: string) => manifest.contributes.menus['view/item/context']
      .filter((m: { command: string }) => m.command === `interviewFollowUp.${command}`)
      .some((m: { when: string }) => whenHolds(m.when, item.contextValue!));
    assert.equal(offered('markLetterSent'), true);
    assert.equal(offered('draftThankYouNotes'), false);
    const undrafted = (await treeItemFor('Thank Jared')).contextValue!;
    assert.equal(undrafted, 'action:thank-you:file');
    assert.equal(manifest.contributes.menus['view/item/context'].some((m: { command: string; when: string }) => m.command === 'interviewFollowUp.draftThankYouNotes' && whenHolds(m.when, undrafted)), true);
  });

  it('Mark Letter Sent asks first while the letter has unfilled placeholders, and Cancel changes nothing', async () => {
    const before = await readText(LETTER);
    const { result, asked } = await answeringWarnings(undefined, () => vscode.commands.executeCommand('interviewFollowUp.markLetterSent', workspaceUri(LETTER)));
    assert.equal(result, false);
    assert.equal(asked.length, 1);
    const [message, options, ...buttons] = asked[0] as [string, vscode.MessageOptions, ...string[]];
    assert.equal(message, '2 placeholders are unfilled — mark as sent anyway?');
    assert.equal(options.modal, true);
    assert.match(options.detail!, /^Line \d+: Fill in this placeholder before sending: \{\{a topic/);
    assert.deepEqual(buttons, ['Show Problems', 'Mark as Sent'], 'Show Problems first: Enter does not send');
    assert.equal(await readText(LETTER), before);
  });

  it('"Mark as Sent" marks it anyway; `{ force: true }` skips the question', async () => {
    const { result } = await answeringWarnings('Mark as Sent', () => vscode.commands.executeCommand('interviewFollowUp.markLetterSent', workspaceUri(LETTER)));
    assert.equal(result, true);
    assert.match(await readText(LETTER), /\nsent: 2026-11-25\n/);

    const other = 'letters/unfinished.md';
    await writeBytes(other, new TextEncoder().encode('---\ntype: thank-you\ninterview: ../interviews/2026-11-23-pied-piper.md\nto: Richard Hendricks\nvia: email\nsent:\n---\nDear Richard, [insert topic].\n'));
    const { notes } = await api();
    await eventually(() => assert.ok(notes.index.letters().some((l) => l.file === other)));
    const forced = await answeringWarnings(undefined, () => vscode.commands.executeCommand('interviewFollowUp.markLetterSent', workspaceUri(other), { force: true }));
    assert.equal(forced.result, true);
    assert.deepEqual(forced.asked, []);
    assert.match(await readText(other), /\nsent: 2026-11-25\n/);
  });

  it('the status bar counts what is overdue, with the warning background only then', async () => {
    const { statusBar, notes } = await api();
    const overdue = notes.schedule().filter((a) => a.state === 'overdue').length;
    await eventually(() => assert.equal(statusBar.text, `$(bell-dot) ${overdue} overdue`));
    assert.equal((statusBar.backgroundColor as unknown as { id: string }).id, 'statusBarItem.warningBackground');
    assert.equal(statusBar.command, 'interviewFollowUp.due.focus');
  });
});

/** Evaluates the `viewItem == x` / `viewItem =~ /re/` part of a menu's when clause for a context value. */
function whenHolds(when: string, contextValue: string): boolean {
  const equal = /viewItem == ([^\s&|]+)/.exec(when);
  if (equal) return equal[1] === contextValue;
  const match = /viewItem =~ \/(.+)\/(?:\s|$)/.exec(when);
  if (match) return new RegExp(match[1]).test(contextValue);
  return true;
}
