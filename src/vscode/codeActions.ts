/** Quick fixes for the core's diagnostics: edits, "Log follow-up", spelling suggestions, "Add to word list" and "Add … e-mail address". */
import * as vscode from 'vscode';
import { spellingFixes } from '../core/checks/fixes';
import type { Fix, NoteDiagnostic } from '../core/checks/types';
import { DIAGNOSTIC_SOURCE, toRange, type NoteDiagnostics } from './diagnostics';

export class NoteCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: NoteDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const results = this.diagnostics.resultsFor(document.uri);
    for (const shown of context.diagnostics) {
      if (shown.source !== DIAGNOSTIC_SOURCE) continue;
      const code = typeof shown.code === 'object' ? String(shown.code.value) : String(shown.code);
      const found = results.find((d) => d.code === code && toRange(d.range).isEqual(shown.range));
      if (!found) continue;
      for (const fix of this.fixesOf(found)) actions.push(this.toAction(fix, shown, document));
    }
    return actions;
  }

  private fixesOf(d: NoteDiagnostic): readonly Fix[] {
    const speller = this.diagnostics.spellChecker();
    return speller ? spellingFixes(d, speller, this.diagnostics.knownWords()) : d.fixes;
  }

  private toAction(fix: Fix, diagnostic: vscode.Diagnostic, document: vscode.TextDocument): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    if (fix.kind === 'edit') {
      action.edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) action.edit.replace(document.uri, toRange(e.range), e.newText);
      action.isPreferred = fix.preferred ?? false;
      // A fix that records something says so afterwards, with Undo and Open Note, as every write does.
      if (fix.records) action.command = { command: 'interviewFollowUp.reportFix', title: fix.title, arguments: [document.uri, fix.records, document.getText()] };
    } else if (fix.command === 'addRecipientAddress' || fix.command === 'openRecipient') {
      action.command = { command: `interviewFollowUp.${fix.command}`, title: fix.title, arguments: [document.uri, fix.argument] };
    } else if (fix.command === 'addWord') {
      action.command = { command: 'interviewFollowUp.addWord', title: fix.title, arguments: [fix.argument] };
    } else {
      action.command = { command: 'interviewFollowUp.logFollowUp', title: fix.title, arguments: [document.uri] };
    }
    return action;
  }
}
