/**
 * "New Interview Note": a few quick inputs, then a note from the template (a user template file
 * wins), written where the person's interview notes already live.
 */
import * as vscode from 'vscode';
import { samePerson } from '../../core/shared/person';
import { dayOfDate, formatDay } from '../../core/shared/days';
import { formatMinutes } from '../../core/shared/localDate';
import { newNoteFolder } from '../../core/edits/placement';
import { DEFAULT_INTERVIEW_TEMPLATE, interviewFileName, renderInterviewNote, uniqueName, type NewInterview } from '../../core/letters/templates';
import { CONTACT_MEDIA, type ContactMedium, type Day } from '../../core/shared/types';
import { createNewFile, exists } from '../documentEdits';
import { messageText } from '../../core/present/markdownText';
import { SMALL_FILE_LIMIT } from '../../core/shared/settingPaths';
import { readSettings } from '../notesWorkspace';
import { containedUri, tellRefusedSetting } from '../settingPaths';
import { readFileSafely } from '../workspaceFileSystem';
import { askDate, dateArgument } from '../pickers';
import type { CommandContext } from './context';

const STEPS = 8;

/** The fields as a command argument (scripts, tests): `date` and `decisionExpected` are typed dates. */
export interface NewInterviewArgument {
  readonly company: string;
  readonly date: string;
  readonly role?: string;
  readonly stage?: string;
  readonly contactVia?: ContactMedium;
  readonly interviewers?: readonly { readonly name: string; readonly title: string }[];
  readonly decisionExpected?: string;
  /** Names, as a list or comma-separated. */
  readonly references?: readonly string[] | string;
}

function nowText(): string {
  const now = new Date();
  return `${formatDay(dayOfDate(now))} ${formatMinutes(now.getHours() * 60 + now.getMinutes())}`;
}

/** "Dana Lee, Sam Ortiz" -> ["Dana Lee", "Sam Ortiz"]. */
function splitNames(value: readonly string[] | string | undefined): string[] {
  const list = typeof value === 'string' ? value.split(',') : [...(value ?? [])];
  return list.map((n) => n.trim()).filter(Boolean);
}

async function askFields(today: Day): Promise<NewInterview | undefined> {
  let company = '';
  const title = (step: number) => `New Interview Note${company ? ` for ${company}` : ''} (${step}/${STEPS})`;
  const ask = (step: number, prompt: string, options: Partial<vscode.InputBoxOptions> = {}) =>
    vscode.window.showInputBox({ title: title(step), prompt, ignoreFocusOut: true, ...options });

  const typed = await ask(1, 'Company', { placeHolder: 'Acme Corp', validateInput: (v) => (v.trim() ? undefined : 'The company is needed to schedule follow-ups') });
  if (typed === undefined) return undefined;
  company = typed.trim();
  const role = await ask(2, 'Role (optional)', { placeHolder: 'Senior Engineer' });
  if (role === undefined) return undefined;
  const stage = await ask(3, 'Stage (optional)', { placeHolder: 'phone screen, onsite, final…' });
  if (stage === undefined) return undefined;
  const date = await askDate({ title: title(4), prompt: 'When was the interview?', today, direction: 'past', allowTime: true, value: nowText() });
  if (!date) return undefined;
  const interviewers: { name: string; title: string }[] = [];
  for (;;) {
    const entry = await ask(5, `Interviewer ${interviewers.length + 1} as "Name, Title" — leave empty when done`, {
      placeHolder: 'Jane Smith, Engineering Manager',
      validateInput: (v) => {
        const name = v.split(',')[0].trim();
        return name && interviewers.some((p) => samePerson(p.name, name)) ? `${name} is already listed: each interviewer once.` : undefined;
      },
    });
    if (entry === undefined) return undefined;
    if (!entry.trim()) break;
    const comma = entry.indexOf(',');
    interviewers.push(comma === -1 ? { name: entry.trim(), title: '' } : { name: entry.slice(0, comma).trim(), title: entry.slice(comma + 1).trim() });
  }
  const references = await ask(6, 'References to alert, comma-separated (optional)', { placeHolder: 'Dana Lee, Sam Ortiz' });
  if (references === undefined) return undefined;
  const decision = await askDate({
    title: title(7),
    prompt: 'When did they say they would decide? (leave empty if they did not say: you will be reminded to ask)',
    today,
    direction: 'future',
    optional: true,
  });
  if (decision === undefined) return undefined;
  const medium = await vscode.window.showQuickPick(
    [
      { label: 'email', description: 'Thank-you letters go out by e-mail' },
      { label: 'mail', description: 'Postal mail: letters get an address block' },
      { label: 'fax', description: 'Letters get a fax cover line' },
      { label: 'phone', description: 'They prefer calls; letters default to e-mail' },
    ],
    { title: title(8), placeHolder: 'How does this employer prefer to be contacted?', ignoreFocusOut: true },
  );
  if (!medium) return undefined;
  return {
    company,
    role: role.trim(),
    stage: stage.trim(),
    date: date.text,
    contactVia: medium.label as ContactMedium,
    interviewers,
    references: splitNames(references),
    decisionExpected: decision?.text,
  };
}

function isArgument(arg: unknown): arg is NewInterviewArgument {
  const a = arg as Partial<NewInterviewArgument> | undefined;
  return typeof a?.company === 'string' && typeof a.date === 'string';
}

/** The fields from an argument; a date that cannot be read is an error, never a guess. */
function readArgument(arg: NewInterviewArgument, today: Day): NewInterview | string {
  const date = dateArgument(arg.date, { today, direction: 'past', allowTime: true });
  if (!date?.ok) return `the interview's date: ${date?.message}`;
  const decision = arg.decisionExpected?.trim() ? dateArgument(arg.decisionExpected, { today, direction: 'future' }) : undefined;
  if (decision && !decision.ok) return `the decision date: ${decision.message}`;
  const contactVia = arg.contactVia ?? 'email';
  if (!(CONTACT_MEDIA as readonly string[]).includes(contactVia)) return `contactVia must be one of ${CONTACT_MEDIA.join(', ')}`;
  return {
    company: arg.company.trim(),
    role: arg.role?.trim() ?? '',
    stage: arg.stage?.trim() ?? '',
    date: date.value.text,
    contactVia,
    interviewers: arg.interviewers ?? [],
    references: splitNames(arg.references),
    decisionExpected: decision?.ok ? decision.value.text : undefined,
  };
}

/** Interview notes of one workspace folder, as paths relative to it. */
function interviewPathsIn({ notes }: CommandContext, folder: vscode.WorkspaceFolder): string[] {
  const prefix = folder.uri.path.replace(/\/$/, '') + '/';
  return notes.index.interviews()
    .map((i) => notes.uriOf(i.file))
    .filter((uri): uri is vscode.Uri => uri !== undefined && uri.scheme === folder.uri.scheme && uri.path.startsWith(prefix))
    .map((uri) => uri.path.slice(prefix.length));
}

/** The user's template when the setting names a regular text file inside the workspace folder; else the built-in one, and why. */
async function readTemplate(folder: vscode.WorkspaceFolder, setting: string): Promise<string> {
  const target = await containedUri(folder.uri, 'interviewTemplateFile', setting);
  if (!target.ok) {
    tellRefusedSetting(target.message, 'the built-in template is used');
    return DEFAULT_INTERVIEW_TEMPLATE;
  }
  if (!(await exists(target.uri))) return DEFAULT_INTERVIEW_TEMPLATE;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFileSafely(target.uri, SMALL_FILE_LIMIT, 'the template'));
  } catch (e) {
    const why = e instanceof TypeError ? 'it is not UTF-8 text' : e instanceof Error ? e.message : String(e);
    tellRefusedSetting(`The note template ${vscode.workspace.asRelativePath(target.uri)} cannot be read (${why})`, 'the built-in template is used');
    return DEFAULT_INTERVIEW_TEMPLATE;
  }
}

/** Accepts the fields as an argument (for scripts and tests) or asks for them. Returns the new note's URI. */
export async function newInterviewNote(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.length === 1
    ? vscode.workspace.workspaceFolders[0]
    : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should the note go?' });
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length) void vscode.window.showErrorMessage('Open the folder that holds your notes first.');
    return undefined;
  }
  await ctx.notes.whenLoaded();
  const today = ctx.notes.today();
  let fields: NewInterview | undefined;
  if (isArgument(arg)) {
    const read = readArgument(arg, today);
    if (typeof read === 'string') {
      void vscode.window.showErrorMessage(messageText(`New Interview Note: ${read}`));
      return undefined;
    }
    fields = read;
  } else {
    fields = await askFields(today);
  }
  if (!fields) return undefined;

  const { settings } = readSettings(folder.uri);
  const placement = newNoteFolder({ newNotesFolder: settings.newNotesFolder, notesFolder: settings.notesFolder, interviewPaths: interviewPathsIn(ctx, folder) });
  // The folder, set or inferred, must lie inside the workspace folder once links are followed: a note is never created outside it.
  const placed = await containedUri(folder.uri, settings.newNotesFolder.trim() ? 'newNotesFolder' : 'notesFolder', placement.folder);
  if (!placed.ok) {
    void vscode.window.showErrorMessage(messageText(`New Interview Note: ${placed.message}; no note was created.`));
    return undefined;
  }
  const dir = placed.uri;
  const template = await readTemplate(folder, settings.interviewTemplateFile);

  const taken = new Set((await vscode.workspace.fs.readDirectory(dir).then(undefined, () => [] as [string, vscode.FileType][])).map(([n]) => n.toLowerCase()));
  const name = uniqueName(interviewFileName(fields), (candidate) => taken.has(candidate.toLowerCase()));
  const uri = vscode.Uri.joinPath(dir, name);
  if (!(await createNewFile(uri, renderInterviewNote(template, fields)))) {
    void vscode.window.showErrorMessage(messageText(`Could not create ${vscode.workspace.asRelativePath(uri)}: a file of that name may have appeared meanwhile.`));
    return undefined;
  }
  vscode.window.setStatusBarMessage(`$(new-file) Created ${messageText(vscode.workspace.asRelativePath(uri))} (${placement.reason})`, 6000);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return uri;
}
