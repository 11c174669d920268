/** "Export Calendar (.ics)": the open dated follow-ups as all-day events, saved where the user says. */
import * as vscode from 'vscode';
import { toICalendar } from '../../core/calendar';
import { exists } from '../documentEdits';
import type { CommandContext } from './context';

export async function exportCalendar({ notes }: CommandContext, target?: unknown): Promise<vscode.Uri | undefined> {
  await notes.whenLoaded();
  const actions = notes.schedule();
  const dated = actions.filter((a) => a.due !== null).length;
  let uri: vscode.Uri | undefined;
  if (target instanceof vscode.Uri) {
    // No dialog to confirm a replacement: an existing file is left alone.
    if (await exists(target)) {
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} already exists; choose another file.`);
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
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toICalendar(actions, { today: notes.today() })));
  void vscode.window.showInformationMessage(`Exported ${dated} follow-up${dated === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}. Import it again after changes: events keep their identity and are updated.`);
  return uri;
}
