/**
 * The web-only package (package.json with `browser` and no `main`) in the browser's web worker
 * extension host: the notes are read, checked and written through VS Code's file system only.
 * The day cannot be pinned here (no environment in a browser), so the notes are dated from today.
 */
import * as vscode from 'vscode';
import { addDays, dayOfDate, formatDay } from '../../../src/core/shared/days';
import type { DueAction } from '../../../src/core/shared/types';
import { api, eventually, EXTENSION_ID, readText, workspaceUri, writeBytes } from '../host';
import * as check from './check';

const today = dayOfDate(new Date());
const day = (offset: number) => formatDay(addDays(today, offset));
const NOTE = 'interviews/umbrella.md';
const LETTER = 'letters/umbrella-jane-smith.md';

const note = [
  '---',
  'type: interview',
  'company: Umbrella Labs',
  'role: Platform Engineer',
  `date: ${day(-12)}`,
  `decision_expected: ${day(20)}`,
  'contact_via: email',
  'interviewers:',
  '  - name: Jane Smith',
  '    title: Engineering Manager',
  '    email: jane.smith@umbrella.example',
  '  - name: Raj Patel',
  '    title: Staff Engineer',
  '  - name: Chidi Okonkwo',
  '    title: Director of Platform',
  '---',
  'Talked about the platform team.',
  '',
].join('\n');

const letter = [
  '---',
  'type: thank-you',
  'interview: ../interviews/umbrella.md',
  'to: Jane Smith',
  'via: email',
  'sent:',
  '---',
  'Dear Ms. Smith,',
  '',
  'Thank you for the convresation about the Platform Engineer role at Umbrella Labs.',
  '',
  'Best regards,',
  'Sam',
  '',
].join('\n');

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Follow-Up');
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function actionFor(kind: string, person: string): Promise<DueAction> {
  const { notes } = await api();
  return eventually(() => {
    const found = notes.schedule().find((a) => a.kind === kind && a.file === NOTE && a.person === person);
    check.ok(found, `${kind} ${person}`);
    return found;
  });
}

describe('the web-only package in the browser\'s web worker extension host', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in the web worker: UI kind Web, no Node `process`, the package without `main`', async () => {
    check.equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    check.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'typeof process in the extension host');
    check.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global (importScripts)');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    check.ok(extension, `${EXTENSION_ID} is in this host`);
    check.equal(extension.packageJSON.main, undefined, 'package.json main');
    check.equal(extension.packageJSON.browser, './dist/web/extension.js', 'package.json browser');
    const { notes } = await api();
    check.equal(notes.index.interviews().length, 0, 'an empty folder to start with');
  });

  it('lists a new interview\'s follow-ups in the tree, read through workspace.fs', async () => {
    const { tree } = await api();
    await writeBytes(NOTE, new TextEncoder().encode(note));
    const overdue = await eventually(async () => {
      const [first] = await tree.getChildren();
      check.ok(first, 'the tree has a group');
      check.equal(tree.getTreeItem(first).label, 'Overdue');
      const labels = (await tree.getChildren(first)).map((child) => String(tree.getTreeItem(child).label));
      check.ok(labels.includes('Thank Chidi'), labels.join(', '));
      return labels;
    });
    for (const name of ['Jane', 'Raj']) check.ok(overdue.includes(`Thank ${name}`), `Thank ${name} is overdue`);
  });

  it('reminds once a day of what fell due, remembered in the workspace state', async () => {
    const { reminders, notes } = await api();
    const reminder = await reminders.check();
    check.ok(reminder, 'a reminder now that follow-ups are overdue');
    const overdue = notes.schedule().filter((a) => a.state === 'overdue').length;
    check.ok(overdue >= 3, `${overdue} overdue`);
    check.equal(reminder.overdue, overdue);
    check.equal(reminders.lastReminded(), notes.today());
    check.equal(await reminders.check(), undefined, 'not twice a day');
  });

  it('checks a letter: a spelling diagnostic from the shipped word lists, and its quick fix', async () => {
    await writeBytes(LETTER, new TextEncoder().encode(letter));
    const uri = workspaceUri(LETTER);
    await vscode.window.showTextDocument(uri);
    const spelling = await eventually(() => {
      const found = ours(uri).find((d) => codeOf(d) === 'spelling' && d.message.includes('convresation'));
      check.ok(found, `spelling of "convresation" (after the word lists load); now: ${ours(uri).map((d) => `${codeOf(d)}: ${d.message}`).join('; ')}`);
      return found;
    }, 30_000);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, spelling.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred);
    check.ok(preferred?.edit, 'a preferred quick fix with an edit');
    check.equal(preferred.title, 'Change to "conversation"');
    check.ok(await vscode.workspace.applyEdit(preferred.edit));
    check.equal(vscode.window.activeTextEditor?.document.getText(), letter.replace('convresation', 'conversation'));
    await eventually(() => check.ok(!ours(uri).some((d) => codeOf(d) === 'spelling'), 'the diagnostic goes with the fix'));
  });

  it('Mark Done on a thank-you records `thank_you_sent` for that interviewer only', async () => {
    const raj = await actionFor('thank-you', 'Raj Patel');
    const before = await readText(NOTE);
    check.equal(await vscode.commands.executeCommand('interviewFollowUp.markDone', { type: 'action', action: raj }), true, 'Mark Done reports success');
    check.equal(await readText(NOTE), before.replace('    title: Staff Engineer\n', `    title: Staff Engineer\n    thank_you_sent: ${day(0)}\n`));
    const { notes } = await api();
    await eventually(() => check.ok(!notes.schedule().some((a) => a.kind === 'thank-you' && a.person === 'Raj Patel'), 'the action is closed'));
  });

  it('Draft Thank-You Notes writes a letter to the one interviewer still without one, beside the other letter', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('interviewFollowUp.draftThankYouNotes', workspaceUri(NOTE));
    check.equal(created.length, 1, 'one letter');
    const path = vscode.workspace.asRelativePath(created[0]);
    check.match(path, /^letters\/.*chidi-okonkwo\.md$/);
    const text = await readText(path);
    check.match(text, /^---\ntype: thank-you\ninterview: \.\.\/interviews\/umbrella\.md\nto: Chidi Okonkwo\nvia: email\nsent:\n---\n/);
    check.match(text, /Umbrella Labs/);
    const { notes } = await api();
    await eventually(() => check.equal(notes.index.lettersFor(NOTE).length, 2));
  });

  it('Export Calendar saves the .ics through workspace.fs', async () => {
    const target = workspaceUri('follow-ups.ics');
    const saved = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.exportCalendar', target);
    check.equal(saved?.toString(), target.toString());
    const ics = (await readText('follow-ups.ics')).replace(/\r\n[ \t]/g, ''); // unfolded
    check.match(ics, /^BEGIN:VCALENDAR\r\n/);
    check.match(ics, /SUMMARY:[^\r\n]*Chidi Okonkwo/);
  });

  it('completes front-matter values: the interview\'s interviewers for `to`', async () => {
    const editor = await vscode.window.showTextDocument(workspaceUri(LETTER));
    const line = editor.document.getText().split('\n').indexOf('to: Jane Smith');
    check.ok(line > 0, 'the letter\'s `to` line');
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, editor.document.lineAt(line).text.length), 'to: '));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, 4));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['Jane Smith', 'Raj Patel', 'Chidi Okonkwo']) check.ok(labels.includes(name), `${name} in ${labels.join(', ')}`);
  });
});
