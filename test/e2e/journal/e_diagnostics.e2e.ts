import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, eventually, readText, workspaceUri, writeBytes } from '../host';

/** A letter to Raj Patel about the Acme interview, sent the day after it, with this body. */
function sentLetter(body: string[]): string {
  return [
    '---',
    'type: thank-you',
    'interview: ../interviews/2026-11-19-acme.md',
    'to: Raj Patel',
    'via: email',
    'sent: 2026-11-20',
    '---',
    ...body,
  ].join('\n');
}

const LETTER = sentLetter([
  'Dear Mr. Patl,',
  '',
  'Thank you for the convresation on Thursday about the Senior Engineer role at Acme Corp.',
  'Zorblax sounds like a great team for me.',
  '',
  'Best regards,',
  'Sam',
  '',
]);

function ours(uri: vscode.Uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Follow-Up');
}
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

describe('diagnostics and quick fixes in an open letter', () => {
  const file = 'letters/check-me.md';
  const uri = () => workspaceUri(file);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the problems of a letter as it opens, with links to the docs', async () => {
    await api();
    await writeBytes(file, new TextEncoder().encode(LETTER));
    await vscode.window.showTextDocument(uri());
    const found = await eventually(() => {
      const ds = ours(uri());
      assert.ok(ds.some((d) => codeOf(d) === 'spelling'), 'spelling (after the dictionary loads)');
      return ds;
    }, 20_000);
    assert.deepEqual(found.map(codeOf).sort(), ['spelling', 'spelling', 'wrong-recipient']);
    const target = (found[0].code as { target: vscode.Uri }).target;
    assert.match(target.path, /README\.md$/);
  });

  it('the spelling fix changes exactly the word', async () => {
    const spelling = ours(uri()).find((d) => codeOf(d) === 'spelling' && d.message.includes('convresation'))!;
    const fixes = await quickFixes(uri(), spelling);
    const preferred = fixes.find((a) => a.isPreferred)!;
    assert.equal(preferred.title, 'Change to "conversation"');
    assert.ok(fixes.some((a) => a.title === 'Add "convresation" to the word list'));
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(), LETTER.replace('convresation', 'conversation'));
  });

  it('the wrong-recipient fix puts the right name in the greeting', async () => {
    const wrong = await eventually(() => ours(uri()).find((d) => codeOf(d) === 'wrong-recipient')!);
    const [fix] = await quickFixes(uri(), wrong);
    assert.equal(fix.title, 'Change to Patel');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(vscode.window.activeTextEditor!.document.getText(), LETTER.replace('convresation', 'conversation').replace('Mr. Patl', 'Mr. Patel'));
    await eventually(() => assert.ok(!ours(uri()).some((d) => codeOf(d) === 'wrong-recipient')));
  });

  it('"Add to word list" writes the word list and the diagnostic disappears', async () => {
    const zorblax = await eventually(() => ours(uri()).find((d) => codeOf(d) === 'spelling' && d.message.includes('Zorblax'))!);
    const add = (await quickFixes(uri(), zorblax)).find((a) => a.title === 'Add "Zorblax" to the word list')!;
    await vscode.commands.executeCommand(add.command!.command, ...(add.command!.arguments ?? []));
    assert.match(await readText('.vscode/interview-words.txt'), /\nZorblax\n$/);
    await eventually(() => assert.deepEqual(ours(uri()).map(codeOf), []));
  });

  it('completes front-matter values: the interview\'s interviewers for `to`', async () => {
    const editor = vscode.window.activeTextEditor!;
    const line = 3;
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, editor.document.lineAt(line).text.length), 'to: '));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, 4));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['Jane Smith', 'Raj Patel', 'Chidi Okonkwo']) assert.ok(labels.includes(name), name);
  });
});

describe('checks read in context: repeated words and confused words', () => {
  const file = 'letters/context.md';
  const uri = () => workspaceUri(file);
  const TEXT = sentLetter([
    'Dear Mr. Patel,',
    '',
    'Thank you for the conversation about the',
    'the Senior Engineer role. I look forward to hearing form you.',
    '',
    'Best regards,',
    'Sam',
    '',
  ]);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('reports a word repeated across a line break at the repeat, and removes it with its quick fix', async () => {
    await api();
    await writeBytes(file, new TextEncoder().encode(TEXT));
    await vscode.window.showTextDocument(uri());
    const repeated = await eventually(() => ours(uri()).find((d) => codeOf(d) === 'repeated-word')!, 20_000);
    assert.equal(repeated.range.start.line, 10);
    assert.equal(repeated.range.start.character, 0);
    const [fix] = await quickFixes(uri(), repeated);
    assert.equal(fix.title, 'Remove the repeated "the"');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(vscode.window.activeTextEditor!.document.getText(), TEXT.replace('about the\nthe Senior', 'about the Senior'));
  });

  it('reports "form" after "hearing" as a confused word, fixed to "from"', async () => {
    // After the previous fix, wait for the re-check of the new text.
    const confused = await eventually(() => {
      const ds = ours(uri());
      assert.deepEqual(ds.map(codeOf), ['confused-word']);
      return ds[0];
    });
    assert.equal(vscode.window.activeTextEditor!.document.getText(confused.range), 'form');
    const [fix] = await quickFixes(uri(), confused);
    assert.equal(fix.title, 'Change to "from"');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await eventually(() => assert.deepEqual(ours(uri()).map(codeOf), []));
  });
});
