import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import * as vscode from 'vscode';
import { api, eventually, readText, workspaceUri, writeBytes } from '../host';

/** An interview whose interviewers' names and the subject need encoding, one without an address. */
const INTERVIEW = [
  '---',
  'type: interview',
  'company: Wayne Enterprises',
  'role: Platform Engineer',
  'date: 2026-11-23',
  'contact_via: email',
  'interviewers:',
  '  - name: Zoë Müller-Ćorić',
  '    title: Engineering Manager',
  '    email: zoe.mueller@wayne.example',
  '    salutation: Ms. Müller-Ćorić',
  '  - name: Lucius Fox',
  '    title: Chief Technology Officer',
  '---',
  'Notes.',
  '',
].join('\n');

const LETTER = (to: string, greeting: string, via = 'email') => [
  '---',
  'type: thank-you',
  'interview: ../interviews/2026-11-23-wayne.md',
  `to: ${to}`,
  `via: ${via}`,
  'sent:',
  '---',
  'Subject: Thank you — Q&A about the Platform Engineer role',
  '',
  `Dear ${greeting},`,
  '',
  'Thank you for meeting me on Monday about the Platform Engineer role at Wayne Enterprises. I',
  'enjoyed our talk about the **storage** team; my notes are at [my site](https://sam.example/notes?a=1&b=2).',
  '',
  'Best regards,',
  'Sam Candidate',
  '',
].join('\n');

const ZOE = 'letters/2026-11-23-wayne-zoe.md';
const LUCIUS = 'letters/2026-11-23-wayne-lucius.md';
const BY_MAIL = 'letters/2026-11-23-wayne-lucius-by-mail.md';

function ours(uri: vscode.Uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Follow-Up');
}
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('Send Letter', function () {
  // Drafting, checking and sending a letter runs every letter check several times: on a loaded machine that takes a while.
  this.timeout(90_000);
  const opened: string[] = [];
  before(async () => {
    const { testHooks } = await api();
    assert.ok(testHooks, 'the extension runs in test mode and offers its test hooks');
    // Captured, not launched: no mail program starts during the tests.
    testHooks.setExternalOpener(async (url) => {
      opened.push(url);
      return true;
    });
    await writeBytes('interviews/2026-11-23-wayne.md', new TextEncoder().encode(INTERVIEW));
    await writeBytes(ZOE, new TextEncoder().encode(LETTER('Zoë Müller-Ćorić', 'Ms. Müller-Ćorić')));
    await writeBytes(LUCIUS, new TextEncoder().encode(LETTER('Lucius Fox', 'Mr. Fox')));
    await writeBytes(BY_MAIL, new TextEncoder().encode(LETTER('Lucius Fox', 'Mr. Fox', 'mail')));
    const { notes } = await api();
    await eventually(() => assert.ok(notes.index.letters().some((l) => l.file === LUCIUS && l.interviewFile)));
  });
  after(async () => {
    (await api()).testHooks?.setExternalOpener(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the mail program with the address, the subject and the plain-text body, and changes nothing', async () => {
    const before = await readText(ZOE);
    const result = await vscode.commands.executeCommand('interviewFollowUp.sendLetter', workspaceUri(ZOE), { action: 'mail', wentOut: false });
    assert.equal(result, true);
    assert.equal(opened.length, 1);
    const url = new URL(opened[0]);
    assert.equal(url.protocol, 'mailto:');
    assert.equal(decodeURIComponent(url.pathname), 'zoe.mueller@wayne.example');
    const params = new URLSearchParams(url.search);
    assert.deepEqual([...params.keys()], ['subject', 'body']);
    assert.equal(params.get('subject'), 'Thank you — Q&A about the Platform Engineer role');
    assert.equal(
      params.get('body'),
      [
        'Dear Ms. Müller-Ćorić,',
        '',
        'Thank you for meeting me on Monday about the Platform Engineer role at Wayne Enterprises. I',
        'enjoyed our talk about the storage team; my notes are at my site <https://sam.example/notes?a=1&b=2>.',
        '',
        'Best regards,',
        'Sam Candidate',
      ].join('\r\n'),
    );
    assert.equal(await readText(ZOE), before, '"not yet": the letter is not marked');
  });

  it('saves an .eml draft that a mail parser reads back, and "it went out" marks the letter sent', async () => {
    const target = workspaceUri('drafts/zoe.eml');
    const result = await vscode.commands.executeCommand('interviewFollowUp.sendLetter', workspaceUri(ZOE), { action: 'eml', emlFile: target, wentOut: true });
    assert.equal(result, true);
    const mail = await simpleParser(Buffer.from(await vscode.workspace.fs.readFile(target)));
    assert.equal(mail.subject, 'Thank you — Q&A about the Platform Engineer role');
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    assert.deepEqual(to?.value, [{ address: 'zoe.mueller@wayne.example', name: 'Zoë Müller-Ćorić' }]);
    assert.equal(mail.headers.get('x-unsent'), '1');
    assert.match(mail.text ?? '', /^Dear Ms\. Müller-Ćorić,\r?\n/);
    assert.match(await readText(ZOE), /\nsent: 2026-11-25\n/);
    const { notes } = await api();
    await eventually(() => assert.ok(!notes.schedule().some((a) => a.kind === 'thank-you' && a.person === 'Zoë Müller-Ćorić')));
    // A second draft never replaces the first.
    const again = await vscode.commands.executeCommand('interviewFollowUp.sendLetter', workspaceUri(ZOE), { action: 'eml', emlFile: target, wentOut: false, force: true });
    assert.equal(again, false);
  });

  it('a letter by mail: Copy Letter Text puts the plain text on the clipboard; the print view and the printable page show it escaped', async () => {
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.sendLetter', workspaceUri(BY_MAIL), { action: 'copy', wentOut: false, force: true }), true);
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /^Subject: Thank you — Q&A about the Platform Engineer role\n\nDear Mr\. Fox,\n\n/);
    assert.match(text, /my site <https:\/\/sam\.example\/notes\?a=1&b=2>\.\n\nBest regards,\nSam Candidate$/);

    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.sendLetter', workspaceUri(BY_MAIL), { action: 'print', wentOut: false, force: true }), true);
    await eventually(() => {
      const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Print: letter to Lucius Fox');
      assert.ok(tab && tab.input instanceof vscode.TabInputWebview, 'a webview tab shows the letter');
    });

    const page = workspaceUri('drafts/lucius.html');
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.sendLetter', workspaceUri(BY_MAIL), { action: 'html', emlFile: page, wentOut: false, force: true }), true);
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/);
    assert.ok(html.includes('my site &lt;https://sam.example/notes?a=1&amp;b=2&gt;.'));
    assert.ok(!/<script/i.test(html));
  });

  it('a letter drafted by Draft Thank-You Notes greets by salutation and, filled in, goes to the mail program and is marked sent', async () => {
    const interview = 'interviews/2026-11-24-stark.md';
    await writeBytes(interview, new TextEncoder().encode(INTERVIEW
      .replace('company: Wayne Enterprises', 'company: Stark Industries')
      .replace('date: 2026-11-23', 'date: 2026-11-24')
      .replace(/interviewers:[\s\S]*?---/, 'interviewers:\n  - name: Pepper Potts\n    title: Chief Executive\n    email: pepper.potts@stark.example\n    salutation: Ms. Potts\n---')));
    const { notes } = await api();
    await eventually(() => assert.ok(notes.index.interview(interview)));
    const [created] = await vscode.commands.executeCommand<vscode.Uri[]>('interviewFollowUp.draftThankYouNotes', workspaceUri(interview));
    assert.ok(created, 'a letter was drafted');
    const document = await vscode.workspace.openTextDocument(created);
    assert.match(document.getText(), /^Dear Ms\. Potts,$/m);
    const subject = /^Subject: (.*)$/m.exec(document.getText())?.[1];
    assert.ok(subject, 'the drafted e-mail has a subject line');
    // The candidate fills in what only they can write.
    const edit = new vscode.WorkspaceEdit();
    const filled = document.getText().replace(/\{\{[^}]*\}\}/g, (p) => (p.includes('name') ? 'Sam Candidate' : 'We talked about the storage migration.'));
    edit.replace(created, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), filled);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await document.save();

    const count = opened.length;
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.sendLetter', created, { action: 'mail', wentOut: true }), true);
    assert.equal(opened.length, count + 1);
    const url = new URL(opened[count]);
    assert.equal(decodeURIComponent(url.pathname), 'pepper.potts@stark.example');
    const params = new URLSearchParams(url.search);
    assert.equal(params.get('subject'), subject);
    assert.match(params.get('body') ?? '', /^Dear Ms\. Potts,\r\n\r\n/);
    assert.ok(!(params.get('body') ?? '').includes('---'), 'no front-matter in the body');
    await eventually(async () => assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(created)), /\nsent: 2026-11-25\n/));
  });

  it('a letter to an interviewer without an address says so, with a quick fix that writes it into the note', async () => {
    const uri = workspaceUri(LUCIUS);
    await vscode.window.showTextDocument(uri);
    const missing = await eventually(() => {
      const found = ours(uri).find((d) => codeOf(d) === 'recipient-address-missing');
      assert.ok(found, `recipient-address-missing among ${ours(uri).map(codeOf).join(', ')}`);
      return found;
    }, 20_000);
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Information);
    // Sending it by mail is refused (nothing opened) while the address is missing.
    const count = opened.length;
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.sendLetter', uri, { action: 'mail', wentOut: false }), false);
    assert.equal(opened.length, count);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === "Add Lucius Fox's e-mail address");
    assert.ok(fix?.command, 'the quick fix runs a command');
    // The other choice opens the interview note at that interviewer's entry.
    const open = actions.find((a) => a.title === 'Open the interview note at Lucius Fox');
    assert.ok(open?.command, 'a quick fix opens the note');
    assert.equal(await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? [])), true);
    const shown = vscode.window.activeTextEditor;
    assert.ok(shown?.document.uri.path.endsWith('interviews/2026-11-23-wayne.md'), shown?.document.uri.path);
    assert.match(shown!.document.lineAt(shown!.selection.active.line).text, /name: Lucius Fox/);
    const before = await readText('interviews/2026-11-23-wayne.md');
    // The command asks for the address; a script gives it as the next argument.
    const written = await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []), 'lucius.fox@wayne.example');
    assert.equal(written, true);
    assert.equal(await readText('interviews/2026-11-23-wayne.md'), before.replace('    title: Chief Technology Officer\n', '    title: Chief Technology Officer\n    email: lucius.fox@wayne.example\n'));
    await eventually(() => assert.ok(!ours(uri).some((d) => codeOf(d) === 'recipient-address-missing')), 20_000);

    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.sendLetter', uri, { action: 'mail', wentOut: false }), true);
    assert.equal(decodeURIComponent(new URL(opened[opened.length - 1]).pathname), 'lucius.fox@wayne.example');
  });
});
