/** A status-bar item: quiet (hidden) unless something is due; the warning background only while something is overdue. Clicking it opens the view. */
import * as vscode from 'vscode';
import { statusSummary } from '../core/present/statusSummary';
import type { DueTreeProvider } from './dueTree';
import type { NotesWorkspace } from './notesWorkspace';

export function registerStatusBar(notes: NotesWorkspace, tree: DueTreeProvider): vscode.Disposable & { readonly item: vscode.StatusBarItem } {
  const item = vscode.window.createStatusBarItem('interviewFollowUp.overdue', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Interview Follow-Up';
  item.command = 'interviewFollowUp.due.focus';
  const update = () => {
    const summary = statusSummary(tree.visibleActions(), notes.index.interviews().length > 0);
    if (!summary.visible) {
      item.hide();
      return;
    }
    item.text = summary.text;
    item.tooltip = summary.tooltip;
    item.backgroundColor = summary.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const subscription = notes.onDidChange(update);
  update();
  return Object.assign(vscode.Disposable.from(item, subscription), { item });
}
