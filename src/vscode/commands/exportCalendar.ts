/** "Export Calendar (.ics)": the open dated follow-ups as all-day events with an alarm, saved where the user says. */
import * as vscode from 'vscode';
import { messageText } from '../../core/present/markdownText';
import { toICalendar } from '../../core/schedule/calendar';
import { exists } from '../documentEdits';
import type { CommandContext } from './context';

export async function exportCalendar({ notes }: CommandContext, target?: unknown): Promise<vscode.Uri | undefined> {
  await notes.whenLoaded();
  const actions = notes.schedule();
  const today = notes.today();
  const dated = actions.filter((a) => a.due !== null).length;
  const overdue = actions.filter((a) => a.due !== null && a.due < today).length;
  let uri: vscode.Uri | undefined;
  if (target instanceof vscode.Uri) {
    // No dialog to confirm a replacement: an existing file is left alone.
    if (await exists(target)) {
      void vscode.window.showErrorMessage(messageText(`${vscode.workspace.asRelativePath(target)} already exists; choose another file.`));
      return undefined;
    }
    uri = target;
  } else {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    uri = await vscode.window.showSaveDialog({
      title: 'Export follow-ups as a calendar',
      saveLabel: 'Export',
      filters: { 'iCalendar': ['ics'] },
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'interview-follow-ups.ics') : undefined,
    });
  }
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toICalendar(actions, { today, alarmTime: notes.settings.calendarAlarmTime })));
  const overdueNote = overdue > 0 ? ` (${overdue} overdue, put on today)` : '';
  void vscode.window.showInformationMessage(
    `Exported ${dated} follow-up${dated === 1 ? '' : 's'}${overdueNote} to ${messageText(vscode.workspace.asRelativePath(uri))}, each with a reminder at ${notes.settings.calendarAlarmTime}. Import it again after changes: events keep their identity and are updated.`,
  );
  return uri;
}
