/** A status-bar item with the number of overdue follow-ups; clicking it opens the view. */
import * as vscode from 'vscode';
import { overdueCount } from '../core/presentation';
import type { DueTreeProvider } from './dueTree';
import type { NotesWorkspace } from './notesWorkspace';

export function registerStatusBar(notes: NotesWorkspace, tree: DueTreeProvider): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('interviewFollowUp.overdue', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Interview Follow-Up';
  item.command = 'interviewFollowUp.due.focus';
  const update = () => {
    const actions = tree.visibleActions();
    if (notes.index.interviews().length === 0) {
      item.hide();
      return;
    }
    const overdue = overdueCount(actions);
    const today = actions.filter((a) => a.state === 'today').length;
    item.text = overdue > 0 ? `$(bell-dot) ${overdue} overdue` : today > 0 ? `$(bell) ${today} due today` : '$(check) Follow-ups on track';
    item.tooltip = `Interview Follow-Up: ${overdue} overdue, ${today} due today. Click to see them.`;
    item.backgroundColor = overdue > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const subscription = notes.onDidChange(update);
  update();
  return vscode.Disposable.from(item, subscription);
}
