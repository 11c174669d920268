/** "Draft Thank-You Notes": one letter per interviewer who has none yet, linked to the interview, laid out for the medium. */
import * as vscode from 'vscode';
import { relativeFrom, dirname } from '../../core/paths';
import { samePerson } from '../../core/schedule';
import { letterFileName, letterMedium, renderLetter, uniqueName } from '../../core/templates';
import { createNewFile } from '../documentEdits';
import { isActionNode } from '../dueTree';
import { resolveInterview } from '../pickers';
import type { CommandContext } from './context';

export const LETTERS_FOLDER = 'thank-you';

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
    void vscode.window.showInformationMessage(reason);
    return [];
  }

  const folderUri = vscode.Uri.joinPath(target.uri, '..', LETTERS_FOLDER);
  const taken = new Set((await vscode.workspace.fs.readDirectory(folderUri).then(undefined, () => [] as [string, vscode.FileType][])).map(([n]) => n.toLowerCase()));
  const via = letterMedium(model.contactVia?.value);
  const created: vscode.Uri[] = [];
  const interviewName = target.uri.path.slice(target.uri.path.lastIndexOf('/') + 1);
  for (const { person, variant } of recipients) {
    const name = uniqueName(letterFileName(interviewName, person.name!.value), (c) => taken.has(c.toLowerCase()));
    taken.add(name.toLowerCase());
    const uri = vscode.Uri.joinPath(folderUri, name);
    const letterKey = `${dirname(target.key) ? `${dirname(target.key)}/` : ''}${LETTERS_FOLDER}/${name}`;
    const text = renderLetter({
      interviewLink: relativeFrom(letterKey, target.key),
      interview: model,
      recipient: { name: person.name!.value, title: person.title?.value },
      variant,
      via,
      today: notes.today(),
    });
    if (await createNewFile(uri, text)) created.push(uri);
  }
  if (created.length === 0) {
    void vscode.window.showErrorMessage('No letter was created: the files could not be written.');
    return [];
  }
  await vscode.window.showTextDocument(created[0]);
  void vscode.window.showInformationMessage(
    `Drafted ${created.length} thank-you letter${created.length === 1 ? '' : 's'} (${via}). Fill in each {{…}} place, vary the wording, then run "Mark Letter Sent".`,
  );
  return created;
}
