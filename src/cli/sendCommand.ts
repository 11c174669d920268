/**
 * `send`: what Send Letter hands the mail program, from the command line: the letter as plain
 * text (the default), its `mailto:` link, or an `.eml` draft written to a new file. It changes no
 * note (`sent` records that the letter went out).
 */
import { statSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { EDIT_LIMIT } from '../core/edits/noteCommands';
import { emailRefusal, emlDraft, mailtoLink, outgoingLetter } from '../core/letters/sending';
import { decodeNoteBytes } from '../core/notes/decode';
import { parseNote } from '../core/notes/note';
import { describeError, FileRefusal, readRegularFile } from '../node/safeFiles';
import { UsageError } from './args';
import { settingsRootOf } from './checkCommand';
import { loadFolder } from './loadFolder';
import { printable } from './printable';


export type SendMode = { readonly as: 'text' } | { readonly as: 'mailto' } | { readonly as: 'eml'; readonly file: string };

export interface SendOutcome {
  readonly code: 0 | 1;
  readonly out: string;
  readonly error?: string;
}

export async function runSend(path: string, mode: SendMode, now: Date, warn: (message: string) => void = () => {}, cwd = process.cwd()): Promise<SendOutcome> {
  const shown = printable(path);
  const refuse = (reason: string): SendOutcome => ({ code: 1, out: '', error: `${shown}: ${printable(reason)}\n` });
  const absolute = resolve(cwd, path);
  try {
    if (!statSync(absolute).isFile()) throw new UsageError(`not a file: ${path}`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`no such file: ${path}`);
  }
  let text: string;
  try {
    const decoded = decodeNoteBytes(readRegularFile(absolute, EDIT_LIMIT, 'the letter'));
    if (!decoded.ok) return refuse(decoded.message);
    text = decoded.text;
  } catch (e) {
    return refuse(`it cannot be read (${e instanceof FileRefusal ? e.message : describeError(e)})`);
  }
  const model = parseNote(text).model;
  if (model?.type !== 'thank-you') return refuse('not a thank-you letter (its front-matter needs "type: thank-you").');

  // The letter's interview, found as `check` finds it: through the notes of the folder that governs the letter.
  const root = settingsRootOf(absolute, false, cwd, warn);
  const loaded = await loadFolder(root);
  const key = relative(root, absolute).split(sep).join('/');
  const interviewFile = model.interview ? loaded.index.resolveInterviewLink(key, model.interview.value) : undefined;
  const interview = interviewFile ? loaded.index.interview(interviewFile)?.model : undefined;
  const letter = outgoingLetter(text, model, interview);

  if (mode.as === 'text') return { code: 0, out: `${letter.body}\n` };
  const refusal = emailRefusal(letter, interview ? interviewFile : undefined);
  if (refusal) return refuse(refusal);
  if (mode.as === 'mailto') {
    const link = mailtoLink(letter);
    return {
      code: 0,
      out: `${link.url}\n`,
      error: link.bodyInLink ? undefined : `${shown}: the letter is too long for a mail link: the link carries the address and subject only; take the text from "interview-followup send ${shown} --text", or use --eml.\n`,
    };
  }
  if (!/\.eml$/i.test(mode.file)) throw new UsageError(`--eml needs a file name ending in .eml (got ${mode.file})`);
  const { senderName, senderEmail } = loaded.settings;
  const eml = emlDraft(letter, { from: senderEmail.trim() ? { name: senderName.trim(), email: senderEmail.trim() } : undefined, date: now });
  try {
    // A new file only: an existing one (a note, another draft) is never replaced.
    writeFileSync(resolve(cwd, mode.file), eml, { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return refuse(code === 'EEXIST' ? `${mode.file} exists already: choose a new file name for the draft.` : `the draft could not be written (${describeError(e)}).`);
  }
  return { code: 0, out: '', error: `${shown}: wrote the draft to ${printable(mode.file)}: open it in your mail program to send it.\n` };
}
