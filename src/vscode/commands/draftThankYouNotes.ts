/**
 * "Draft Thank-You Notes": one letter per interviewer who has none yet, linked to the interview,
 * laid out for the medium, signed from the sender settings, written where the user's letters
 * already live, and opened (not as a preview) with the first placeholder selected.
 */
import * as vscode from 'vscode';
import { lettersFolderFor } from '../../core/edits/lettersFolder';
import { relativeFrom } from '../../core/shared/paths';
import { findPlaceholders } from '../../core/letters/letterPlaceholders';
import { samePerson } from '../../core/shared/person';
import { letterFileName, letterMedium, renderLetter, uniqueName } from '../../core/letters/templates';
import { messageText } from '../../core/present/markdownText';
import { createNewFile } from '../documentEdits';
import { isActionNode } from '../dueTree';
import { readSettings } from '../notesWorkspace';
import { resolveInterview } from '../pickers';
import { containedUri } from '../settingPaths';
import type { CommandContext } from './context';
import { NEXT_PLACEHOLDER_KEY } from './nextPlaceholder';

/** The path of `uri` inside `folder`, `/`-separated. */
function relativeTo(folder: vscode.Uri, uri: vscode.Uri): string {
  return uri.path.slice(folder.path.replace(/\/$/, '').length + 1);
}

/** Opens a letter as a kept (not preview) editor with its first placeholder selected. */
async function openWithFirstPlaceholder(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const [first] = findPlaceholders(document.getText());
  const selection = first ? new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)) : undefined;
  const editor = await vscode.window.showTextDocument(document, { preview: false, selection });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Returns the URIs of the letters created. */
export async function draftThankYouNotes({ notes }: CommandContext, arg?: unknown): Promise<vscode.Uri[]> {
  const target = await resolveInterview(notes, arg, 'Draft thank-you notes for which interview?');
  if (!target) return [];
  const { model } = target.interview;
  const onlyPerson = isActionNode(arg) && arg.action.kind === 'thank-you' ? arg.action.person : undefined;
  const existing = notes.index.lettersFor(target.key);
  const recipients = model.interviewers
    .map((person, variant) => ({ person, variant }))
    .filter(({ person }) => person.name && !person.thankYouSent)
    .filter(({ person }) => !existing.some((l) => l.model.to && samePerson(l.model.to.value, person.name!.value)))
    .filter(({ person }) => !onlyPerson || samePerson(onlyPerson, person.name!.value));

  if (recipients.length === 0) {
    const reason = model.interviewers.some((p) => p.name)
      ? 'Every interviewer already has a thank-you letter or is marked as thanked.'
      : 'The note lists no interviewer by name yet: add each one under "interviewers" first.';
    void vscode.window.showInformationMessage(messageText(reason));
    return [];
  }

  const workspaceFolder = vscode.workspace.getWorkspaceFolder(target.uri);
  const root = workspaceFolder?.uri ?? vscode.Uri.joinPath(target.uri, '..');
  const { settings } = readSettings(root);
  const letterPaths = notes.index.letters()
    .map((l) => notes.uriOf(l.file))
    .filter((uri): uri is vscode.Uri => uri !== undefined && vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === workspaceFolder?.uri.toString())
    .map((uri) => relativeTo(root, uri));
  const interviewPath = relativeTo(root, target.uri);
  const { folder, problem } = lettersFolderFor(interviewPath, letterPaths, settings.lettersFolder);
  if (problem) void vscode.window.showWarningMessage(messageText(problem));
  // Set or inferred (`thank-you/` may be a link), letters are written inside the workspace folder only, links followed.
  const placed = await containedUri(root, 'lettersFolder', folder);
  if (!placed.ok) {
    void vscode.window.showErrorMessage(messageText(`Draft Thank-You Notes: ${placed.message}; no letter was created.`));
    return [];
  }
  const folderUri = placed.uri;
  const taken = new Set((await vscode.workspace.fs.readDirectory(folderUri).then(undefined, () => [] as [string, vscode.FileType][])).map(([n]) => n.toLowerCase()));
  const via = letterMedium(model.contactVia?.value);
  const created: vscode.Uri[] = [];
  for (const { person, variant } of recipients) {
    const name = uniqueName(letterFileName(interviewPath, person.name!.value), (c) => taken.has(c.toLowerCase()));
    taken.add(name.toLowerCase());
    const uri = vscode.Uri.joinPath(folderUri, name);
    const text = renderLetter({
      interviewLink: relativeFrom(folder ? `${folder}/${name}` : name, interviewPath),
      interview: model,
      recipient: { name: person.name!.value, title: person.title?.value, salutation: person.salutation?.value },
      variant,
      via,
      today: notes.today(),
      settings,
    });
    if (await createNewFile(uri, text)) created.push(uri);
  }
  if (created.length === 0) {
    void vscode.window.showErrorMessage('No letter was created: the files could not be written.');
    return [];
  }
  // Each letter in its own tab, in order; the first one in front.
  for (const uri of created) await openWithFirstPlaceholder(uri);
  if (created.length > 1) await vscode.window.showTextDocument(created[0], { preview: false });
  const where = folder ? `${folder}/` : 'the workspace folder';
  void vscode.window.showInformationMessage(
    `Drafted ${created.length} thank-you letter${created.length === 1 ? '' : 's'} in ${messageText(where)}: write the selected placeholder, then Next Placeholder (${NEXT_PLACEHOLDER_KEY}).`,
  );
  return created;
}
