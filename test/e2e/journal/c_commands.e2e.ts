import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DueAction } from '../../../src/core/shared/types';
import { api, eventually, readText, workspaceUri, writeBytes } from '../host';

const node = (action: DueAction) => ({ type: 'action', action });

async function actionFor(kind: string, file: string, person?: string): Promise<DueAction> {
  const { notes } = await api();
  return eventually(() => {
    const found = notes.schedule().find((a) => a.kind === kind && a.file === file && (person === undefined || a.person === person));
    assert.ok(found, `${kind} ${person ?? ''} in ${file}`);
    return found;
  });
}

/** Runs a command and checks the file afterwards equals the file before with exactly one replacement. */
async function changesExactly(file: string, run: () => Thenable<unknown>, from: string, to: string): Promise<void> {
  const before = await readText(file);
  assert.ok(before.includes(from), `${file} contains ${JSON.stringify(from)}`);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(file));
  assert.ok(!open?.isDirty, `${file} is not dirty before the command`);
  assert.equal(await run(), true, 'the command reports success');
  assert.equal(await readText(file), before.replace(from, to));
}

describe('commands write only what they mean to', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Mark Letter Sent fills the letter\'s empty `sent`', async () => {
    const file = 'letters/2026-11-19-acme-raj-patel.md';
    // The letter still has placeholders: `force` skips the question (see g_letters for the question).
    await changesExactly(file, () => vscode.commands.executeCommand('interviewFollowUp.markLetterSent', workspaceUri(file), { force: true }), '\nsent:\n', '\nsent: 2026-11-25\n');
    const { notes } = await api();
    await eventually(() => assert.ok(!notes.schedule().some((a) => a.kind === 'thank-you' && a.person === 'Raj Patel')));
  });

  it('Log Follow-Up appends to `follow_ups` in the list\'s own indentation', async () => {
    const file = 'interviews/2026-11-10-globex.md';
    await changesExactly(
      file,
      () => vscode.commands.executeCommand('interviewFollowUp.logFollowUp', workspaceUri(file), { date: '2026-11-25', via: 'phone', note: 'Spoke with María: decision next week', next: '2026-12-02' }),
      '    next: 2026-11-30\n---',
      '    next: 2026-11-30\n  - date: 2026-11-25\n    via: phone\n    note: "Spoke with María: decision next week"\n    next: 2026-12-02\n---',
    );
    const action = await actionFor('follow-up-again', file);
    assert.equal(action.state, 'upcoming');
  });

  it('Record Outcome sets `status` and `status_date`', async () => {
    const file = 'interviews/2026-11-24-hooli.md';
    await changesExactly(
      file,
      () => vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(file), 'rejected', '2026-11-25'),
      '    title: Senior SRE\n---',
      '    title: Senior SRE\nstatus: rejected\nstatus_date: 2026-11-25\n---',
    );
    await actionFor('network', file);
  });

  it('Mark Done on a thank-you records `thank_you_sent` for that interviewer only', async () => {
    const file = 'interviews/2026-11-19-acme.md';
    const chidi = await actionFor('thank-you', file, 'Chidi Okonkwo');
    await changesExactly(
      file,
      () => vscode.commands.executeCommand('interviewFollowUp.markDone', node(chidi)),
      '    title: Director of Platform\n',
      '    title: Director of Platform\n    thank_you_sent: 2026-11-25\n',
    );
  });

  it('Mark Done on another action writes `done.<kind>`', async () => {
    const file = 'interviews/2026-11-02-initech.md';
    const network = await actionFor('network', file);
    await changesExactly(file, () => vscode.commands.executeCommand('interviewFollowUp.markDone', node(network)), '    thank_you_sent: 2026-11-03\n---', '    thank_you_sent: 2026-11-03\ndone:\n  network: 2026-11-25\n---');
  });

  it('Snooze writes `snooze.<kind>` and hides the action until then', async () => {
    const file = 'interviews/2026-11-19-acme.md';
    const call = await actionFor('follow-up-call', file);
    await changesExactly(file, () => vscode.commands.executeCommand('interviewFollowUp.snooze', node(call), '2026-11-30'), '    thank_you_sent: 2026-11-25\n---', '    thank_you_sent: 2026-11-25\nsnooze:\n  follow-up-call: 2026-11-30\n---');
    const { notes } = await api();
    await eventually(() => assert.ok(!notes.schedule().some((a) => a.kind === 'follow-up-call' && a.file === file)));
  });

  it('Draft Thank-You Notes writes one letter per interviewer without one, laid out for the medium, where the letters are', async () => {
    const { notes } = await api();
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('interviewFollowUp.draftThankYouNotes', workspaceUri('interviews/2026-11-24-hooli.md'));
    // The journal keeps its letters in letters/: new ones go there too.
    assert.deepEqual(created.map((u) => vscode.workspace.asRelativePath(u)), ['letters/2026-11-24-hooli-gavin-belson.md', 'letters/2026-11-24-hooli-monica-hall.md']);
    const gavin = await readText('letters/2026-11-24-hooli-gavin-belson.md');
    const monica = await readText('letters/2026-11-24-hooli-monica-hall.md');
    assert.match(gavin, /^---\ntype: thank-you\ninterview: \.\.\/interviews\/2026-11-24-hooli\.md\nto: Gavin Belson\nvia: mail\nsent:\n---\n/);
    // Signed and addressed from the sender settings of the journal.
    assert.match(gavin, /\n---\n12 Elm Street\nSpringfield, IL 62701\n\+1 555 0100\nsam\.candidate@example\.com\n\nNovember 25, 2026\n/);
    assert.match(gavin, /\nSam Candidate\n$/);
    assert.match(monica, /\nMonica Hall\nSenior SRE\nHooli\n/);
    const opening = (text: string) => text.split('\n').find((l) => l.startsWith('Dear'))!;
    assert.notEqual(gavin.split(opening(gavin))[1].slice(0, 80), monica.split(opening(monica))[1].slice(0, 80), 'openings differ between recipients');
    await eventually(() => assert.equal(notes.index.lettersFor('interviews/2026-11-24-hooli.md').length, 2));
    const again = await vscode.commands.executeCommand<vscode.Uri[]>('interviewFollowUp.draftThankYouNotes', workspaceUri('interviews/2026-11-24-hooli.md'));
    assert.deepEqual(again, [], 'no second letter for the same people');
  });

  it('New Interview Note writes beside the other interview notes and never overwrites: a second note of the same name gets a new one', async () => {
    const fields = { company: 'Vandelay Industries', role: 'Importer', date: '2026-11-25 10:00', contactVia: 'email', interviewers: [{ name: 'Art Vandelay', title: 'CEO' }] };
    const first = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newInterviewNote', fields);
    const firstText = await readText('interviews/2026-11-25-vandelay-industries.md');
    const second = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newInterviewNote', fields);
    assert.match(first.path, /\/interviews\/2026-11-25-vandelay-industries\.md$/);
    assert.match(second.path, /\/interviews\/2026-11-25-vandelay-industries-2\.md$/);
    assert.equal(await readText('interviews/2026-11-25-vandelay-industries.md'), firstText);
    assert.match(firstText, /^---\ntype: interview\ncompany: Vandelay Industries\nrole: Importer\nstage:\ndate: 2026-11-25 10:00\ndecision_expected:\ncontact_via: email\n/);
  });

  it('keeps CRLF, a BOM, comments, quoting and key order byte for byte', async () => {
    const file = 'interviews/crlf-bom.md';
    const original = '\ufeff---\r\n# a comment on top\r\ntype: interview\r\ncompany: "Soylent"   # quoted on purpose\r\ndate: 2026-11-19\r\nreferences: [ Dana ,  Sam ]\r\nzip: 01234\r\ninterviewers:\r\n  - {name: Sol, title: CTO}\r\n---\r\nBody\r\n';
    await writeBytes(file, new TextEncoder().encode(original));
    const { notes } = await api();
    await eventually(() => assert.ok(notes.index.interview(file)));
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(file), 'offer', '2026-11-25'), true);
    const bytes = await vscode.workspace.fs.readFile(workspaceUri(file));
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
    const expected = original.replace('  - {name: Sol, title: CTO}\r\n---', '  - {name: Sol, title: CTO}\r\nstatus: offer\r\nstatus_date: 2026-11-25\r\n---');
    assert.equal(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), expected);
  });

  it('an edit racing the user\'s typing lands in the right place', async () => {
    const file = 'interviews/race.md';
    const original = '---\ntype: interview\ncompany: Race Co\ndate: 2026-11-19\ninterviewers:\n  - name: Jo Park\n    title: CTO\n---\nBody\n';
    await writeBytes(file, new TextEncoder().encode(original));
    const { notes } = await api();
    await eventually(() => assert.ok(notes.index.interview(file)));
    const editor = await vscode.window.showTextDocument(workspaceUri(file));
    for (let round = 0; round < 3; round++) {
      const before = editor.document.getText();
      const command = vscode.commands.executeCommand('interviewFollowUp.snooze', { type: 'action', action: { kind: 'follow-up-call', file, company: 'Race Co', person: null, title: '', due: null, opens: null, state: 'undated', advice: '' } }, `2026-12-0${round + 1}`);
      const typing = editor.edit((e) => e.insert(new vscode.Position(1, 0), `# typed ${round}\n`));
      assert.equal(await command, true);
      assert.ok(await typing);
      const text = editor.document.getText();
      const expectedSnooze = round === 0 ? 'snooze:\n  follow-up-call: 2026-12-01\n' : `  follow-up-call: 2026-12-0${round + 1}\n`;
      assert.ok(text.startsWith(`---\n# typed ${round}\n`), text);
      if (round === 0) assert.equal(text, before.replace('---\n', `---\n# typed 0\n`).replace('    title: CTO\n---', `    title: CTO\n${expectedSnooze}---`));
      else assert.ok(text.includes(`snooze:\n${expectedSnooze}---`), text);
    }
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  it('refuses to edit a note that is not valid UTF-8, and leaves its bytes alone', async () => {
    const file = 'interviews/latin1.md';
    const bytes = new Uint8Array([...new TextEncoder().encode('---\ntype: interview\ncompany: Caf'), 0xe9, ...new TextEncoder().encode('\ndate: 2026-11-19\n---\n')]);
    await writeBytes(file, bytes);
    const result = await vscode.commands.executeCommand('interviewFollowUp.recordOutcome', workspaceUri(file), 'offer', '2026-11-25');
    assert.notEqual(result, true);
    assert.deepEqual([...(await vscode.workspace.fs.readFile(workspaceUri(file)))], [...bytes]);
  });
});
