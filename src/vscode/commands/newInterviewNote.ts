/** "New Interview Note": a few quick inputs, then a note from the template (a user template file wins). */
import * as vscode from 'vscode';
import { dayOfDate, formatDay, parseNoteDate } from '../../core/days';
import { joinRelative } from '../../core/paths';
import { readSettings } from '../notesWorkspace';
import { CONTACT_MEDIA, type ContactMedium } from '../../core/types';
import { DEFAULT_INTERVIEW_TEMPLATE, interviewFileName, renderInterviewNote, uniqueName, type NewInterview } from '../../core/templates';
import { createNewFile, exists } from '../documentEdits';

const STEPS = 6;

function nowText(): string {
  const now = new Date();
  return `${formatDay(dayOfDate(now))} ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

async function ask(step: number, prompt: string, options: Partial<vscode.InputBoxOptions> = {}): Promise<string | undefined> {
  return vscode.window.showInputBox({ title: `New Interview Note (${step}/${STEPS})`, prompt, ignoreFocusOut: true, ...options });
}

async function askFields(): Promise<NewInterview | undefined> {
  const company = await ask(1, 'Company', { placeHolder: 'Acme Corp', validateInput: (v) => (v.trim() ? undefined : 'The company is needed to schedule follow-ups') });
  if (company === undefined) return undefined;
  const role = await ask(2, 'Role (optional)', { placeHolder: 'Senior Engineer' });
  if (role === undefined) return undefined;
  const stage = await ask(3, 'Stage (optional)', { placeHolder: 'phone screen, onsite, final…' });
  if (stage === undefined) return undefined;
  const date = await ask(4, 'When was the interview? YYYY-MM-DD, optionally with HH:mm', {
    value: nowText(),
    validateInput: (v) => {
      const parsed = parseNoteDate(v);
      return parsed.ok ? undefined : parsed.reason;
    },
  });
  if (date === undefined) return undefined;
  const interviewers: { name: string; title: string }[] = [];
  for (;;) {
    const entry = await ask(5, `Interviewer ${interviewers.length + 1} as "Name, Title" — leave empty when done`, { placeHolder: 'Jane Smith, Engineering Manager' });
    if (entry === undefined) return undefined;
    if (!entry.trim()) break;
    const comma = entry.indexOf(',');
    interviewers.push(comma === -1 ? { name: entry.trim(), title: '' } : { name: entry.slice(0, comma).trim(), title: entry.slice(comma + 1).trim() });
  }
  const medium = await vscode.window.showQuickPick(
    [
      { label: 'email', description: 'Thank-you letters go out by e-mail' },
      { label: 'mail', description: 'Postal mail: letters get an address block' },
      { label: 'fax', description: 'Letters get a fax cover line' },
      { label: 'phone', description: 'They prefer calls; letters default to e-mail' },
    ],
    { title: `New Interview Note (6/${STEPS})`, placeHolder: 'How does this employer prefer to be contacted?', ignoreFocusOut: true },
  );
  if (!medium) return undefined;
  return { company: company.trim(), role: role.trim(), stage: stage.trim(), date: date.trim(), contactVia: medium.label as ContactMedium, interviewers };
}

function isNewInterview(arg: unknown): arg is Pick<NewInterview, 'company' | 'date'> & Partial<NewInterview> {
  const a = arg as Partial<NewInterview> | undefined;
  return typeof a?.company === 'string' && typeof a.date === 'string' && parseNoteDate(a.date).ok;
}

/** Accepts the fields as an argument (for scripts and tests) or asks for them. Returns the new note's URI. */
export async function newInterviewNote(arg?: unknown): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.length === 1
    ? vscode.workspace.workspaceFolders[0]
    : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should the note go?' });
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length) void vscode.window.showErrorMessage('Open the folder that holds your notes first.');
    return undefined;
  }
  const fields = isNewInterview(arg)
    ? { role: '', stage: '', contactVia: 'email' as ContactMedium, interviewers: [], ...arg }
    : await askFields();
  if (!fields) return undefined;
  if (!(CONTACT_MEDIA as readonly string[]).includes(fields.contactVia)) return undefined;

  const { settings } = readSettings(folder.uri);
  const notesDir = joinRelative('', settings.notesFolder.trim()) ?? '';
  const dir = notesDir ? vscode.Uri.joinPath(folder.uri, notesDir) : folder.uri;
  let template = DEFAULT_INTERVIEW_TEMPLATE;
  const templateUri = vscode.Uri.joinPath(folder.uri, settings.interviewTemplateFile);
  if (await exists(templateUri)) template = new TextDecoder().decode(await vscode.workspace.fs.readFile(templateUri));

  const taken = new Set((await vscode.workspace.fs.readDirectory(dir).then(undefined, () => [] as [string, vscode.FileType][])).map(([n]) => n.toLowerCase()));
  const name = uniqueName(interviewFileName(fields), (candidate) => taken.has(candidate.toLowerCase()));
  const uri = vscode.Uri.joinPath(dir, name);
  if (!(await createNewFile(uri, renderInterviewNote(template, fields)))) {
    void vscode.window.showErrorMessage(`Could not create ${vscode.workspace.asRelativePath(uri)}: a file of that name may have appeared meanwhile.`);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri);
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return uri;
}
