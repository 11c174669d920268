import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../host';

describe('the walkthrough, grammar and calendar command', () => {
  it('contributes a walkthrough whose steps\' commands all exist, and it opens', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['newNote', 'dueList', 'reminders', 'yourDetails', 'thankYou', 'fixTypo']);
    const commands = new Set(await vscode.commands.getCommands(false));
    for (const step of walkthrough.steps) {
      for (const m of (step.description as string).matchAll(/\(command:([\w.]+)(?:\?[^)]*)?\)/g)) assert.ok(commands.has(m[1]), `${step.id}: ${m[1]}`);
    }
    // The pages say how reminders work and which settings sign the letters.
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const page = async (id: string) => {
      const step = walkthrough.steps.find((s: { id: string }) => s.id === id);
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown)));
    };
    assert.match(await page('reminders'), /interviewFollowUp\.reminders[\s\S]*Snooze until tomorrow|Snooze until tomorrow[\s\S]*interviewFollowUp\.reminders/);
    for (const setting of ['senderName', 'senderAddress', 'senderPhone', 'senderEmail']) assert.match(await page('yourDetails'), new RegExp(`interviewFollowUp\\.${setting}`));
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#getStarted`, false);
  });

  it('contributes the Markdown injection grammar', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepEqual(manifest.contributes.grammars[0].injectTo, ['text.html.markdown']);
  });

  it('Export Calendar writes an .ics with the open dated follow-ups and never replaces a file', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = vscode.Uri.joinPath(folder, 'follow-ups.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.exportCalendar', target);
    assert.equal(written?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.ok((text.match(/BEGIN:VEVENT/g) ?? []).length > 5);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.exportCalendar', target), undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text);
  });
});
