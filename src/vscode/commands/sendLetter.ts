/**
 * "Send Letter": hands a thank-you letter to the user's mail program (a `mailto:` link; a body
 * too long for a link goes to the clipboard), saves it as an `.eml` draft, or, for letters that go
 * by mail or fax, copies its text and shows a print-ready page. Afterwards it asks whether the
 * letter went out, and Mark Letter Sent follows. A letter with error-level problems asks first.
 *
 * "Add Recipient's E-mail Address": writes `email` under the letter's interviewer in the interview
 * note, through the one verified edit path (the quick fix of `recipient-address-missing`).
 *
 * Scripts and tests pass the choices as arguments: `executeCommand('interviewFollowUp.sendLetter',
 * uri, { action: 'mail' | 'eml' | 'copy' | 'print' | 'html', emlFile?: Uri, wentOut?: boolean, force?: boolean })`.
 */
import * as vscode from 'vscode';
import { sendQuestion } from '../../core/checks/sendReadiness';
import { draftedLetterFor } from '../../core/letters/draftedLetters';
import { clipboardNotice, emailRefusal, emlDraft, mailtoLink, outgoingLetter, printView, wentOutQuestion, type OutgoingLetter } from '../../core/letters/sending';
import { samePerson } from '../../core/shared/person';
import { isEmailAddress, parseNote, type InterviewNote, type LetterNote } from '../../core/notes/note';
import { suggestedAddresses } from '../../core/present/completion';
import { editNote, exists } from '../documentEdits';
import { isActionNode } from '../dueTree';
import { readSettings } from '../notesWorkspace';
import type { CommandContext } from './context';
import { markLetterSent } from './markLetterSent';

export type SendAction = 'mail' | 'eml' | 'copy' | 'print' | 'html';

export interface SendLetterOptions {
  /** What to do, without asking. */
  readonly action?: SendAction;
  /** Where the `.eml` draft (or, for 'html', the printable page) goes (a new file), without the save dialog. */
  readonly emlFile?: vscode.Uri;
  /** The answer to "Did it go out?", without asking. */
  readonly wentOut?: boolean;
  /** Send without asking about the letter's error-level problems. */
  readonly force?: boolean;
}

/** Hands a URL to the operating system (the mail program for `mailto:`); replaced by the e2e tests. */
export type ExternalOpener = (url: string) => Thenable<boolean>;

/**
 * VS Code's `Uri` re-encodes a parsed query (a "+" or "&" in the subject would change meaning,
 * microsoft/vscode#85930): the link is handed over as the string it is, which openExternal accepts.
 */
let openExternal: ExternalOpener = (url) => vscode.env.openExternal(url as unknown as vscode.Uri);

/** For the extension's tests only (see extension.ts): capture what would be opened. */
export function setExternalOpener(opener: ExternalOpener | undefined): void {
  openExternal = opener ?? ((url) => vscode.env.openExternal(url as unknown as vscode.Uri));
}

const SHOW_PROBLEMS = 'Show Problems';
const SEND_ANYWAY = 'Send Anyway';
const WENT_OUT = 'It Went Out';
const NOT_YET = 'Not Yet';

function isOptions(value: unknown): value is SendLetterOptions {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !isActionNode(value);
}

interface LetterInContext {
  readonly uri: vscode.Uri;
  readonly key: string;
  readonly text: string;
  readonly model: LetterNote;
  readonly interviewKey?: string;
  readonly interview?: InterviewNote;
}

/** The letter a command is about: a drafted thank-you in the tree, a letter's URI, the active editor, else one picked. */
async function chooseLetter({ notes }: CommandContext, arg: unknown, pickTitle: string): Promise<vscode.Uri | undefined> {
  if (isActionNode(arg)) {
    const letter = draftedLetterFor(notes.index, arg.action);
    if (!letter) {
      void vscode.window.showInformationMessage(`There is no drafted letter to ${arg.action.person ?? 'this interviewer'} yet: draft it first (Draft Thank-You Notes).`);
      return undefined;
    }
    return notes.uriOf(letter.file);
  }
  // A letter named by the caller is taken as given: readLetter judges it by its own text (one drafted
  // a moment ago may not be in the index yet). Only the active editor has to be a letter already.
  if (arg instanceof vscode.Uri) return arg;
  const uri = vscode.window.activeTextEditor?.document.uri;
  const key = uri ? notes.keyOf(uri) : undefined;
  if (uri && key && notes.index.get(key)?.model?.type === 'thank-you') return uri;
  const unsent = notes.index.letters().filter((l) => !l.model.sent);
  if (unsent.length === 0) {
    void vscode.window.showInformationMessage('There is no unsent thank-you letter: draft one first (Draft Thank-You Notes).');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    unsent.map((l) => ({ label: l.model.to?.value ?? l.file, description: l.interviewFile ? notes.index.interview(l.interviewFile)?.model.company?.value : undefined, detail: l.file, key: l.file })),
    { placeHolder: pickTitle },
  );
  return picked ? notes.uriOf(picked.key) : undefined;
}

/** The letter as it stands in the editor (unsaved text included), with its interview. */
async function readLetter({ notes }: CommandContext, uri: vscode.Uri): Promise<LetterInContext | undefined> {
  const key = notes.keyOf(uri);
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.getText();
  const model = parseNote(text).model;
  if (!key || model?.type !== 'thank-you') {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} is not a thank-you letter (its front-matter needs "type: thank-you").`);
    return undefined;
  }
  const interviewKey = model.interview ? notes.index.resolveInterviewLink(key, model.interview.value) : undefined;
  const interview = interviewKey ? notes.index.interview(interviewKey)?.model : undefined;
  return { uri, key, text, model, interviewKey: interview ? interviewKey : undefined, interview };
}

export async function sendLetter(ctx: CommandContext, arg?: unknown, rawOptions?: unknown): Promise<boolean> {
  await ctx.notes.whenLoaded();
  const options: SendLetterOptions = isOptions(rawOptions) ? rawOptions : isOptions(arg) ? arg : {};
  const uri = await chooseLetter(ctx, isOptions(arg) ? undefined : arg, 'Which letter do you want to send?');
  if (!uri) return false;
  const letter = await readLetter(ctx, uri);
  if (!letter) return false;

  // Sent with its problems known: Mark Letter Sent does not ask about them again.
  let problemsAccepted = options.force === true;
  if (!options.force) {
    const question = sendQuestion(await ctx.diagnostics.findingsFor(uri), 'send');
    if (question) {
      // "Show Problems" comes first, so Enter does not send a letter with errors.
      const answer = await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, SHOW_PROBLEMS, SEND_ANYWAY);
      if (answer === SHOW_PROBLEMS) {
        await vscode.window.showTextDocument(uri, { preview: false });
        await vscode.commands.executeCommand('workbench.actions.view.problems');
      }
      if (answer !== SEND_ANYWAY) return false;
      problemsAccepted = true;
    }
  }

  let outgoing = outgoingLetter(letter.text, letter.model, letter.interview);
  const action = options.action ?? (await chooseAction(outgoing));
  if (!action) return false;

  if (action === 'mail' || action === 'eml') {
    let refusal = emailRefusal(outgoing, letter.interviewKey);
    if (refusal && outgoing.via === 'email' && letter.interviewKey && outgoing.to.name && !outgoing.to.email && options.action === undefined) {
      // The one thing missing is the address: ask for it, write it into the note, and go on.
      if (!(await addRecipientAddress(ctx, uri))) return false;
      // The note as just written (the index catches up with the saved file a moment later).
      outgoing = outgoingLetter(letter.text, letter.model, await interviewFromDisk(ctx, letter.interviewKey));
      refusal = emailRefusal(outgoing, letter.interviewKey);
    }
    if (refusal) {
      void vscode.window.showErrorMessage(refusal);
      return false;
    }
  }

  let handed: boolean;
  switch (action) {
    case 'mail':
      handed = await openInMailProgram(outgoing);
      break;
    case 'eml':
      handed = await saveEml(letter, outgoing, options.emlFile);
      break;
    case 'copy':
      await vscode.env.clipboard.writeText(outgoing.body);
      void vscode.window.showInformationMessage(`The letter to ${outgoing.to.name || 'the interviewer'} is on the clipboard, as plain text.`);
      handed = true;
      break;
    case 'print':
      showPrintView(outgoing);
      handed = true;
      break;
    case 'html':
      handed = await savePrintablePage(letter, outgoing, options.emlFile);
      break;
  }
  if (!handed) return false;

  const wentOut = options.wentOut ?? (await vscode.window.showInformationMessage(wentOutQuestion(outgoing), WENT_OUT, NOT_YET)) === WENT_OUT;
  // Mark Letter Sent with its guard, unless the letter's problems were accepted before it was handed over.
  return wentOut ? markLetterSent(ctx, uri, problemsAccepted ? { force: true } : undefined) : true;
}

/** The interview note's model as the index has it after a write (the index follows the saved file). */
async function interviewFromDisk({ notes }: CommandContext, key: string): Promise<InterviewNote | undefined> {
  const uri = notes.uriOf(key);
  if (!uri) return undefined;
  const model = parseNote((await vscode.workspace.openTextDocument(uri)).getText()).model;
  return model?.type === 'interview' ? model : undefined;
}

async function chooseAction(letter: OutgoingLetter): Promise<SendAction | undefined> {
  const who = letter.to.name || 'the interviewer';
  const items: (vscode.QuickPickItem & { action: SendAction })[] = letter.via === 'email'
    ? [
        { label: '$(mail) Open in Mail Program', description: letter.to.email ? `to ${letter.to.email}` : `no address for ${who} yet`, detail: 'A new message with the address, the subject and the letter as plain text.', action: 'mail' },
        { label: '$(save) Save as .eml Draft…', detail: 'An unsent message file that Outlook, Thunderbird and Apple Mail open.', action: 'eml' },
        { label: '$(copy) Copy Letter Text', detail: 'The letter as plain text, without the front-matter and the Markdown.', action: 'copy' },
      ]
    : [
        { label: '$(copy) Copy Letter Text', detail: `The letter as plain text, to paste into your word processor (it goes by ${letter.via}).`, action: 'copy' },
        { label: '$(preview) Print-Ready View', detail: 'The letter on a page, as it prints.', action: 'print' },
        { label: '$(file-code) Save Printable Page (.html)…', detail: 'The same page as a file, to open in your browser and print.', action: 'html' },
      ];
  const picked = await vscode.window.showQuickPick(items, { title: `Send the letter to ${who} (by ${letter.via})`, placeHolder: 'How do you want to send it?' });
  return picked?.action;
}

async function openInMailProgram(letter: OutgoingLetter): Promise<boolean> {
  const link = mailtoLink(letter);
  if (!link.bodyInLink) {
    await vscode.env.clipboard.writeText(letter.body);
    void vscode.window.showInformationMessage(clipboardNotice(letter));
  }
  const opened = await openExternal(link.url);
  if (!opened) void vscode.window.showErrorMessage('No mail program opened the message. Save the letter as an .eml draft, or copy its text, instead.');
  return opened;
}

/** A new file beside the letter (or where the user says), never over an existing one. */
async function newFileFor(letter: LetterInContext, given: vscode.Uri | undefined, extension: string, filter: string, title: string): Promise<vscode.Uri | undefined> {
  const beside = vscode.Uri.joinPath(letter.uri, '..', `${letter.uri.path.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '')}.${extension}`);
  const target = given ?? (await vscode.window.showSaveDialog({ defaultUri: beside, filters: { [filter]: [extension] }, saveLabel: 'Save', title }));
  if (!target) return undefined;
  if (await exists(target)) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} exists already: nothing was saved (no file is ever overwritten). Choose another name.`);
    return undefined;
  }
  return target;
}

async function savePrintablePage(letter: LetterInContext, outgoing: OutgoingLetter, given: vscode.Uri | undefined): Promise<boolean> {
  const target = await newFileFor(letter, given, 'html', 'Web page', `Save the letter to ${outgoing.to.name} as a page to print`);
  if (!target) return false;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(printView(outgoing, scriptNonce())));
  const OPEN = 'Open in Browser';
  void vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(target)}: open it in your browser and print it.`, ...(given ? [] : [OPEN])).then((answer) => {
    if (answer === OPEN) void openExternal(target.toString());
  });
  return true;
}

async function saveEml(letter: LetterInContext, outgoing: OutgoingLetter, given: vscode.Uri | undefined): Promise<boolean> {
  const target = await newFileFor(letter, given, 'eml', 'E-mail draft', `Save the letter to ${outgoing.to.name} as an e-mail draft`);
  if (!target) return false;
  const folder = vscode.workspace.getWorkspaceFolder(letter.uri);
  const { settings } = readSettings(folder?.uri ?? vscode.Uri.joinPath(letter.uri, '..'));
  const from = settings.senderEmail.trim() ? { name: settings.senderName.trim(), email: settings.senderEmail.trim() } : undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(emlDraft(outgoing, { from, date: new Date() })));
  const OPEN = 'Open in Mail Program';
  const shown = vscode.workspace.asRelativePath(target);
  if (given) {
    void vscode.window.showInformationMessage(`Saved the draft to ${shown}.`);
  } else {
    void vscode.window.showInformationMessage(`Saved the draft to ${shown}: open it in your mail program to send it.`, OPEN).then((answer) => {
      if (answer === OPEN) void openExternal(target.toString());
    });
  }
  return true;
}

function showPrintView(letter: OutgoingLetter): void {
  const panel = vscode.window.createWebviewPanel('interviewFollowUp.printView', `Print: letter to ${letter.to.name || 'interviewer'}`, vscode.ViewColumn.Beside, {
    enableScripts: false,
    enableForms: false,
    localResourceRoots: [],
  });
  panel.webview.html = printView(letter, scriptNonce());
}

/** The interviewer a letter is addressed to (or `person`), in its interview note; undefined after telling why not. */
async function recipientInNote(ctx: CommandContext, uri: vscode.Uri, person: unknown) {
  const letter = await readLetter(ctx, uri);
  if (!letter) return undefined;
  if (!letter.interview || !letter.interviewKey) {
    void vscode.window.showErrorMessage('The letter\'s "interview" does not lead to an interview note, so there is no note to add the address to.');
    return undefined;
  }
  const name = typeof person === 'string' && person.trim() ? person.trim() : letter.model.to?.value;
  const recipient = name ? letter.interview.interviewers.find((p) => p.name && samePerson(p.name.value, name)) : undefined;
  if (!name || !recipient?.name) {
    void vscode.window.showErrorMessage(`${name ?? 'The letter\'s recipient'} is not among the interviewers of ${letter.interviewKey}.`);
    return undefined;
  }
  const fullName = recipient.name.value;
  const interviewUri = ctx.notes.uriOf(letter.interviewKey);
  if (!interviewUri) return undefined;
  return { letter, interview: letter.interview, interviewKey: letter.interviewKey, recipient, fullName, interviewUri };
}

/** Opens the letter's interview note at the recipient's entry (the `recipient-address-missing` quick fix's second choice). */
export async function openRecipient(ctx: CommandContext, arg?: unknown, person?: unknown): Promise<boolean> {
  await ctx.notes.whenLoaded();
  const uri = await chooseLetter(ctx, arg, 'Whose entry do you want to open? (pick their letter)');
  if (!uri) return false;
  const found = await recipientInNote(ctx, uri, person);
  if (!found) return false;
  const line = found.recipient.range.start.line;
  await vscode.window.showTextDocument(found.interviewUri, { preview: false, selection: new vscode.Range(line, 0, line, 0) });
  return true;
}

/**
 * Asks for the e-mail address of a letter's interviewer (or of `person` in the letter's interview)
 * and writes it under them in the interview note. `address` skips the question (scripts).
 */
export async function addRecipientAddress(ctx: CommandContext, arg?: unknown, person?: unknown, address?: unknown): Promise<boolean> {
  await ctx.notes.whenLoaded();
  const uri = await chooseLetter(ctx, arg, 'Whose address do you want to add? (pick their letter)');
  if (!uri) return false;
  const found = await recipientInNote(ctx, uri, person);
  if (!found) return false;
  const { interview, interviewKey, recipient, fullName, interviewUri } = found;
  let value = typeof address === 'string' ? address.trim() : undefined;
  if (value === undefined) {
    const suggestion = suggestedAddresses(fullName, interview, recipient)[0]?.label;
    value = (await vscode.window.showInputBox({
      title: `E-mail address of ${fullName}`,
      prompt: `Written under ${fullName} in ${interviewKey}, for Send Letter.`,
      placeHolder: 'jane.smith@example.org',
      value: recipient.email?.value ?? suggestion,
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' || isEmailAddress(text.trim()) ? undefined : 'Write one address, like jane.smith@example.org'),
    }))?.trim();
    if (!value) return false;
  }
  // editNote says what it recorded, with Undo and Open Note, as every write does.
  return editNote(interviewUri, { verb: 'email', person: fullName, address: value });
}

/** A fresh nonce for the print view's style (Web Crypto: the same in the Node and the browser host). */
function scriptNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
