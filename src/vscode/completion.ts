/** Completion of front-matter values in notes and letters. */
import * as vscode from 'vscode';
import { frontMatterCompletions } from '../core/present/completion';
import type { NotesWorkspace } from './notesWorkspace';

export function registerCompletion(notes: NotesWorkspace): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, {
    provideCompletionItems(document, position) {
      const file = notes.keyOf(document.uri);
      if (file === undefined) return [];
      return frontMatterCompletions(document.getText(), position, notes.index, file).map((entry, i) => {
        const item = new vscode.CompletionItem(entry.label, vscode.CompletionItemKind.Value);
        item.detail = entry.detail;
        item.insertText = entry.insertText;
        item.range = new vscode.Range(position.line, entry.replaceFrom, position.line, position.character);
        item.sortText = String(i).padStart(4, '0');
        return item;
      });
    },
  }, ':', ' ', '/', '.');
}
